// A readable account of one sentence's parse, for `kg extract --explain`: the noun phrases with
// what they refer to, the clauses, and the predicates with their arguments.
import type { NounPhrase, SentenceParse } from './types';

/** The words of a phrase, with the entities it refers to when they are not its own name. */
export function phraseText(parse: SentenceParse, np: NounPhrase, labels: ReadonlyMap<string, string>): string {
  const text = parse.words.slice(np.start, np.end).map((w) => w.text).join(' ');
  if (np.form === 'name' || !np.refs.length) return text;
  return `${text}=${np.refs.map((r) => labels.get(r) ?? r).join('+')}`;
}

export function describeParse(parse: SentenceParse, labels: ReadonlyMap<string, string>): string[] {
  const lines: string[] = [];
  const t = (np: NounPhrase): string => phraseText(parse, np, labels);
  lines.push(`  words: ${parse.words.map((w) => `${w.text}/${w.pos}${w.quoted ? '"' : ''}`).join(' ')}`);
  const nps = parse.nps.map((np) => {
    const marks = [np.form[0]];
    if (np.possessor) marks.push(`of:${t(np.possessor)}`);
    if (np.appositive) marks.push(`appos:${t(np.appositive)}`);
    if (np.list && np.list[0] === np) marks.push(`list:${np.list.map(t).join('|')}`);
    if (np.post.length) marks.push(`post:${np.post.map((pp) => `${pp.prep} ${t(pp.np)}`).join(',')}`);
    return `[${t(np)} ${marks.join(' ')}]`;
  });
  lines.push(`  phrases: ${nps.join(' ')}`);
  const clauses = parse.clauses.map((c) => {
    const words = parse.words.filter((_, i) => parse.clauseOf[i] === c).map((w) => w.text).join(' ');
    const parent = c.parent ? ` ^${c.parent.id}` : '';
    return `#${c.id} ${c.kind}${c.opener ? `(${c.opener})` : ''}${parent}: ${words}`;
  });
  lines.push(`  clauses: ${clauses.join(' / ')}`);
  for (const p of parse.predicates) {
    const args = [
      `subj=${p.subject.map(t).join('+') || '-'}`,
      `obj=${p.object.map(t).join('+') || '-'}`,
      ...p.preps.map((pp) => `${pp.prep}=${t(pp.np)}`),
    ];
    const flags = [p.voice === 'passive' ? 'passive' : '', p.modality === 'fact' ? '' : p.modality].filter(Boolean).join(',');
    lines.push(`  predicate ${p.cue}${flags ? ` (${flags})` : ''} #${p.clause.id}: ${args.join(' ')}`);
  }
  for (const [start, np] of parse.speakers) lines.push(`  quote at word ${start} spoken by ${t(np)}`);
  return lines;
}
