// An article keeps only the sentences naming two entities or more (all the co-mention layer
// reads): a long article's sentences otherwise held its whole text a second time, in memory and
// in the store. The layer built from them must be the one built from every sentence.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../../src/article/sentences';
import { extractObjects } from '../../src/corpus/extracted';
import { extractArticle } from '../../src/extract';
import { sentenceOf, sentencesNamingTwo } from '../../src/extract/mention-sentences';
import type { Sentence } from '../../src/extract/types';
import { buildGraph } from '../../src/graph/build';

const FIXTURES = join(__dirname, '..', 'fixtures', 'articles');

describe('sentencesNamingTwo', () => {
  it('keeps the sentences naming two distinct entities, in order', () => {
    const text = 'Ada Quill met Bo Ferren in Port Vella.\n\nThe weather was fine.\n\nQuill said Quill would stay.\n\nFerren flew to Lagos.';
    const extraction = extractArticle(text, 'a');
    const kept = sentencesNamingTwo(text, extraction.mentions ?? []);
    expect(kept.map((s) => s.text)).toEqual(['Ada Quill met Bo Ferren in Port Vella.', 'Ferren flew to Lagos.']);
    expect(kept.map((s) => s.index)).toEqual([0, 3]);
  });

  it('reads the mentions in any order, and none running across two sentences', () => {
    const text = 'Ada met Bo. Cy saw Di. Ed left.';
    const at = (entity: string, start: number, end: number) => ({ entity, start, end, text: text.slice(start, end), sentence: 0 });
    // 'Bo. Cy' runs across the first two sentences, which leaves the first naming only Ada.
    const kept = sentencesNamingTwo(text, [at('di', 19, 21), at('cy', 12, 14), at('x', 8, 14), at('ada', 0, 3), at('ada', 0, 3)]);
    expect(kept).toEqual([{ index: 1, text: 'Cy saw Di.', start: 12, end: 22 }]);
  });

  it('gives the co-mention layer every sentence gives, on each fixture article', async () => {
    for (const name of readdirSync(FIXTURES).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const { extraction, sentences } = await extractObjects({ id: name, path: name, content: { text, fields: {} } });
      const all = splitSentences(text);
      expect(sentences.length).toBeLessThan(all.length);
      const layer = (kept: Sentence[]) => buildGraph([extraction], { sentences: new Map([[name, kept]]) }).export();
      expect(layer(sentences)).toEqual(layer(all));
    }
  });
});

describe('sentenceOf', () => {
  const sentences = splitSentences('One two. Three four. Five six.');

  it('finds the sentence holding a span by its offsets, among all sentences or some', () => {
    expect(sentenceOf({ start: 9, end: 14 }, sentences)?.text).toBe('Three four.');
    expect(sentenceOf({ start: 21, end: 25 }, [sentences[0] as Sentence, sentences[2] as Sentence])?.text).toBe('Five six.');
    expect(sentenceOf({ start: 9, end: 14 }, [sentences[0] as Sentence, sentences[2] as Sentence])).toBeUndefined();
  });

  it('finds none for a span across two sentences', () => {
    expect(sentenceOf({ start: 4, end: 12 }, sentences)).toBeUndefined();
  });
});
