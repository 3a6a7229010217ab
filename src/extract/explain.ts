// `kg extract --explain`: an account of how one article's relations were found, sentence by
// sentence: the parse (words, phrases, clauses, predicates), what each pronoun or description
// was tied to, and every rule that fired with its outcome, so a wrong or missing edge can be
// traced to the step that made or missed it.
import { describeParse } from './parse/describe';
import { extractEntities } from './entities';
import { analyseRelations } from './relations';

export function explainArticle(text: string, articleId: string): string[] {
  const ctx = extractEntities(text, articleId);
  const analysis = analyseRelations(ctx);
  const labels = new Map(ctx.entities.map((e) => [e.id, e.label]));
  const label = (id: string): string => labels.get(id) ?? id;
  const lines: string[] = [`article ${articleId}: ${ctx.entities.length} entities, ${analysis.relations.length} relations`];
  lines.push('entities:');
  for (const e of ctx.entities) lines.push(`  ${e.label} (${e.kind}, ${e.mentions} mention${e.mentions === 1 ? '' : 's'})${e.aliases.length ? ` aka ${e.aliases.join(', ')}` : ''}`);
  lines.push('roles:');
  for (const r of analysis.chains.roles) {
    const at = r.target ? ` at ${label(r.target)}` : r.nationality ? ` of ${r.nationality}` : '';
    lines.push(`  ${label(r.person)}: ${r.role}${at} (sentence ${r.sentence + 1}, ${r.rule})`);
  }
  const firings = new Map<number, typeof analysis.firings>();
  for (const f of analysis.firings) firings.set(f.sentence, [...(firings.get(f.sentence) ?? []), f]);
  for (const parse of analysis.parses) {
    const fired = firings.get(parse.sentence.index) ?? [];
    if (!parse.words.length && !fired.length) continue;
    lines.push('', `sentence ${parse.sentence.index + 1}: ${parse.sentence.text.replace(/\s+/g, ' ').trim()}`);
    lines.push(...describeParse(parse, labels));
    for (const f of fired) lines.push(`  fired ${f.rule}: ${f.source} -> ${f.target} (${f.outcome})`);
  }
  lines.push('', 'relations:');
  for (const r of analysis.relations) {
    lines.push(`  ${label(r.source)} -${r.relation}-> ${label(r.target)}${r.role ? ` [${r.role}]` : ''}${r.status ? ` (${r.status})` : ''}  {${r.rule}}`);
  }
  return lines;
}
