// A run of punctuation (a line of ten thousand dots or quotes, as a damaged file may hold) costs the
// sentence splitter one step per character: the fuzz test found a 100 KB run of dots that took
// minutes (each dot rescanned the rest of the run).
import { splitSentences } from '../../src/article/sentences';

describe('splitSentences on long runs of punctuation', () => {
  it.each(['.', '!', '"', '.)'])('splits around 200,000 characters of %j as around a short run', (mark) => {
    const run = mark.repeat(200_000 / mark.length);
    const sentences = splitSentences(`Ada Quill met Bo Ferren.${run} They talked. ${run}\nQuill left.`);
    const short = splitSentences(`Ada Quill met Bo Ferren.${mark} They talked. ${mark}\nQuill left.`);
    expect(sentences.map((s) => s.text.replace(run, mark))).toEqual(short.map((s) => s.text));
  });

  it('still ends a sentence after a long word followed by a period', () => {
    expect(splitSentences(`The word was ${'a'.repeat(500)}. Then Quill left.`)).toHaveLength(2);
  });
});
