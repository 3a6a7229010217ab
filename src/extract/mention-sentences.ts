// Which sentence holds a mention, and the sentences the co-mention layer can use: only a sentence
// naming two entities or more can pair them, so an article keeps those alone (a third of a long
// article's sentences; the rest only held its whole text a second time, in memory and the store).
import type { Mention, Sentence } from './types';

/**
 * The sentence holding the mention, found by its offsets in sentences sorted by offset and apart
 * (splitSentences' order), whether all of the article's or some of them.
 */
export function sentenceOf(mention: Pick<Mention, 'start' | 'end'>, sentences: readonly Sentence[]): Sentence | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const sentence = sentences[middle] as Sentence;
    if (sentence.end < mention.end) low = middle + 1;
    else if (sentence.start > mention.start) high = middle - 1;
    else return sentence;
  }
  return undefined;
}

/** The sentences naming two distinct entities or more, in order. */
export function sentencesNamingTwo(sentences: readonly Sentence[], mentions: readonly Mention[]): Sentence[] {
  const first = new Map<Sentence, string>();
  const kept = new Set<Sentence>();
  for (const mention of mentions) {
    const sentence = sentenceOf(mention, sentences);
    if (sentence === undefined || kept.has(sentence)) continue;
    const entity = first.get(sentence);
    if (entity === undefined) first.set(sentence, mention.entity);
    else if (entity !== mention.entity) kept.add(sentence);
  }
  return sentences.filter((sentence) => kept.has(sentence));
}
