// Which sentence holds a mention, and the sentences the co-mention layer can use: only a sentence
// naming two entities or more can pair them, so an article keeps those alone (a third of a long
// article's sentences; the rest only held its whole text a second time, in memory and the store).
import { eachSentence } from '../article/sentences';
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

/**
 * The sentences of `text` (splitSentences') naming two distinct entities or more, in order. The
 * sentences are read one at a time and only those kept are made: a long article's others would
 * be garbage as large as its text.
 */
export function sentencesNamingTwo(text: string, mentions: readonly Mention[]): Sentence[] {
  const order = byStart(mentions);
  const kept: Sentence[] = [];
  let next = 0;
  eachSentence(text, (index, start, end) => {
    // Mentions starting before the sentence lie in one before it, or across two.
    while (next < order.length && (mentions[order[next] as number] as Mention).start < start) next++;
    let first: string | undefined;
    let two = false;
    for (; next < order.length; next++) {
      const mention = mentions[order[next] as number] as Mention;
      if (mention.start > end) break;
      // One running on past the sentence's end lies across two.
      if (mention.end > end) continue;
      if (first === undefined) first = mention.entity;
      else if (mention.entity !== first) two = true;
    }
    if (two) kept.push({ index, text: text.slice(start, end), start, end });
  });
  return kept;
}

/** The mentions' positions in order of their start offsets (an extraction's are in that order already). */
function byStart(mentions: readonly Mention[]): Uint32Array {
  const order = new Uint32Array(mentions.length);
  let sorted = true;
  for (let i = 0; i < mentions.length; i++) {
    order[i] = i;
    if (i > 0 && (mentions[i] as Mention).start < (mentions[i - 1] as Mention).start) sorted = false;
  }
  if (!sorted) order.sort((a, b) => (mentions[a] as Mention).start - (mentions[b] as Mention).start);
  return order;
}
