import { splitSentences } from '../../src/article/sentences';

const texts = (input: string): string[] => splitSentences(input).map((s) => s.text);

describe('splitSentences', () => {
  test.each([
    ['two plain sentences', 'Ada Quill arrived. She spoke briefly.', ['Ada Quill arrived.', 'She spoke briefly.']],
    ['honorific keeps its period', 'Mr. Bo Ferrant met Dr. Ada Quill. They talked.', ['Mr. Bo Ferrant met Dr. Ada Quill.', 'They talked.']],
    ['dotted acronym inside a sentence', 'The U.S. Army left early. It rained.', ['The U.S. Army left early.', 'It rained.']],
    ['dotted acronym ending a sentence', 'He moved to the U.S. The move was quick.', ['He moved to the U.S.', 'The move was quick.']],
    ['initials', 'J. R. Quill scored twice. Then he left.', ['J. R. Quill scored twice.', 'Then he left.']],
    ['curly quotes close the sentence', '\u201CWe will win.\u201D She left.', ['\u201CWe will win.\u201D', 'She left.']],
    ['straight quotes and a question', 'He asked, "Why now?" Nobody answered.', ['He asked, "Why now?"', 'Nobody answered.']],
    ['lowercase after a period is no boundary', 'It grew 3.5 per cent, i.e. fast.', ['It grew 3.5 per cent, i.e. fast.']],
    ['state abbreviation', 'She lives in Abcton, Calif. with her son.', ['She lives in Abcton, Calif. with her son.']],
    ['line breaks end sentences', 'A Headline Here\n\nFirst line\nSecond line.', ['A Headline Here', 'First line', 'Second line.']],
  ])('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  test('offsets point into the original text', () => {
    const input = '  Title line\n\nMr. Bo Ferrant said so.  \u201CYes.\u201D  Done.\n';
    const sentences = splitSentences(input);
    expect(sentences.length).toBe(4);
    sentences.forEach((s, i) => {
      expect(input.slice(s.start, s.end)).toBe(s.text);
      expect(s.index).toBe(i);
    });
  });

  test('hard-wrapped text joins lines within a paragraph', () => {
    const input = [
      'The committee met on Monday to discuss the budget for the coming year and',
      'agreed that spending on roads would rise. Members said the decision was',
      'overdue and that the town had waited long enough for the new plan to be',
      'approved by the council.',
    ].join('\n');
    expect(texts(input)).toEqual([
      expect.stringMatching(/^The committee .* and\nagreed .* rise\.$/s),
      expect.stringMatching(/^Members said .* council\.$/s),
    ]);
  });

  test('one sentence a line is not mistaken for wrapped text', () => {
    const line = 'The quick brown fox jumps over the lazy dog again and again today.';
    expect(splitSentences([line, line, line, line].join('\n'))).toHaveLength(4);
  });
});
