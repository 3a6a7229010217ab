// What `kg build` and `kg extract` print: the rule behind every entity and edge under
// --verbose, and a summary at the end.
import { dirname } from 'node:path';
import type { Extraction } from '../extract/types';
import type { BuildSummary } from '../pipeline';

/** `label → kind (rule)` for every entity, `source -relation-> target (rule)` for every edge. */
export function verboseLines(extraction: Extraction): string[] {
  const labels = new Map(extraction.entities.map((e) => [e.id, e.label]));
  const lines = [`# ${extraction.article}`];
  for (const entity of extraction.entities) lines.push(`${entity.label} → ${entity.kind} (${entity.rule})`);
  for (const r of extraction.relations) {
    const status = r.status === 'planned' ? ' [planned]' : '';
    const role = r.role === undefined ? '' : ` [role: ${r.role}]`;
    lines.push(`${labels.get(r.source) ?? r.source} -${r.relation}-> ${labels.get(r.target) ?? r.target}${role}${status} (${r.rule})`);
  }
  return lines;
}

export function summaryLines(summary: BuildSummary): string[] {
  const counts = (record: Record<string, number>): string =>
    Object.entries(record)
      .filter(([, n]) => n > 0)
      .map(([name, n]) => `${name} ${n}`)
      .join(', ') || 'none';
  const lines = [
    `${summary.articles} article${summary.articles === 1 ? '' : 's'}, ${summary.words} words, ${summary.seconds.toFixed(2)} s`,
    `entities: ${counts(summary.entities)}`,
    `relations: ${counts(summary.relations)}`,
  ];
  if (summary.coMentions > 0) lines.push(`co-mentions: ${summary.coMentions} pairs named in one sentence`);
  if (summary.stages !== undefined) lines.push(`stages: ${summary.stages.map(([stage, seconds]) => `${stage} ${seconds.toFixed(2)} s`).join(', ')}`);
  if (summary.peakMemory !== undefined) lines.push(`peak memory: ${Math.round(summary.peakMemory / 2 ** 20)} MB`);
  if (summary.cpuSeconds !== undefined) {
    const byStage = summary.stages === undefined ? '' : ` (${summary.stages.map(([stage, , cpu]) => `${stage} ${cpu.toFixed(2)} s`).join(', ')})`;
    lines.push(`processor time: ${summary.cpuSeconds.toFixed(1)} s${byStage}`);
  }
  if (summary.store !== undefined) {
    const { path, extracted, reused, removed } = summary.store;
    lines.push(`store ${path}: ${extracted} extracted, ${reused} unchanged, ${removed} removed`);
  }
  if (summary.skipped !== undefined) lines.push(`skipped ${summary.skipped} bad record${summary.skipped === 1 ? '' : 's'}, listed in ${summary.skippedFile ?? 'skipped.txt'}`);
  lines.push(summary.files.length <= 2 ? `wrote ${summary.files.join(', ')}` : `wrote ${summary.files.length} files in ${dirname(summary.files[0] as string)}`);
  return lines;
}
