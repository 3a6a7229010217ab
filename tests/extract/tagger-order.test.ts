// The tagger reads an article the same whatever it read before: its tokenizer learns the words it
// reads, and one it read whole ("Xyzco's" before a full stop) it would go on reading whole.
import { splitSentences } from '../../src/article/sentences';
import { tagSentences } from '../../src/extract/parse/tagger';

function words(text: string): string[] {
  const sentences = splitSentences(text);
  return tagSentences(text, sentences, sentences.map(() => true)).flatMap((sentence) => sentence.map((w) => w.text));
}

it('tags an article the same after one from which the tokenizer learned a word', () => {
  const article = "Harbour news\n\nXyzco's chief met Ada Quill in Oslo.";
  const first = words(article);
  expect(first.slice(2, 4)).toEqual(['Xyzco', "'s"]);
  words("Harbour news\n\nThe boat was Xyzco's.");
  expect(words(article)).toEqual(first);
});
