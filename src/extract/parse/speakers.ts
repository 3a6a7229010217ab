// The speaker of a quotation: the subject of a verb of saying right after it ("…,” Ada said;
// "…,” said Ada) or right before it (Ada said: “…”).
import { isSpeechVerb } from './speech-verbs';
import type { NounPhrase, Predicate, Word } from './types';
import { isQuoteMark } from './words';

/** Most words between a quotation and the verb that attributes it. */
const REACH = 4;

export function quoteSpeakers(words: readonly Word[], predicates: readonly Predicate[]): Map<number, NounPhrase> {
  const out = new Map<number, NounPhrase>();
  const speech = predicates.filter((p) => isSpeechVerb(p.cue) && p.subject.length === 1 && !words[p.start]?.quoted);
  let i = 0;
  while (i < words.length) {
    if (!words[i]?.quoted) {
      i++;
      continue;
    }
    const start = i;
    while (i < words.length && words[i]?.quoted) i++;
    const end = i;
    const after = speech.find((p) => p.start >= end && p.start - end <= REACH);
    const before = [...speech].reverse().find((p) => p.start < start && start - p.start <= REACH && words.slice(p.start + 1, start).every((w) => w.pos === 'PUNCT' || w.pos === 'ADV' || isQuoteMark(w)));
    const p = after ?? before;
    const subject = p?.subject[0];
    if (subject) out.set(start, subject);
  }
  return out;
}
