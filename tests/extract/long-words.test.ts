import { extractEntities } from '../../src/extract';
import { parseArticle } from '../../src/extract/parse';

// A blob pasted into an article (a base64 image, a broken encoding) makes one "word" of thousands
// of characters; the tagger's word features take time quadratic in a word's length.
describe('a word of hundreds of characters', () => {
  it('leaves its sentence untagged and the others parsed', () => {
    const blob = 'Qx'.repeat(5_000);
    const ctx = extractEntities(`Harbour news today\n\nAda Quill met Bo Ferrant ${blob} in Oslo. Ada Quill met Bo Ferrant in Oslo.`);
    const parsed = parseArticle(ctx).map((p) => [p.sentence.text.slice(0, 20), p.words.length > 0]);
    expect(parsed).toEqual([
      ['Harbour news today', false],
      ['Ada Quill met Bo Fer', false],
      ['Ada Quill met Bo Fer', true],
    ]);
  });
});
