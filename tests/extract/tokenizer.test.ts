// The tagger reads its tokens with its own tokenizer (src/extract/parse/tokenizer.ts): it must give
// wink-nlp's tokens and tags exactly, on text of every awkward shape and on random runs of pieces.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { tagSentences } from '../../src/extract/parse/tagger';

interface Table {
  hash: Record<string, number | undefined>;
  list: string[];
}

// wink's own, as the tagger ran it before: it forgets what it learned as the tagger does, so a
// word read whole once does not make a later text read differently (see tagger.ts).
let table: Table | undefined;
const readCore = model.core as () => { features: { lexeme: Table } };
const cer = (model.metaCER as () => unknown)();
const wink = winkNLP({ ...model, metaCER: () => cer, core: () => {
  const core = readCore();
  table = core.features.lexeme;
  return core;
} }, ['pos']);

function winkTokens(text: string): string[] {
  const lexeme = table as Table;
  const from = lexeme.list.length;
  const tokens = wink.readDoc(text).tokens();
  const values = tokens.out() as string[];
  const tags = tokens.out(wink.its.pos) as string[];
  for (let k = from; k < lexeme.list.length; k++) {
    const word = lexeme.list[k] as string;
    if (lexeme.hash[word] === k && !/^[A-Za-z]+$/.test(word)) delete lexeme.hash[word];
  }
  return values.flatMap((value, k) => (tags[k] === 'SPACE' || !value.trim() ? [] : [`${value}/${tags[k]}`]));
}

function ourTokens(text: string): string[] {
  const [words] = tagSentences(text, [{ index: 0, text, start: 0, end: text.length }], [true]);
  return (words ?? []).map((w) => {
    // Every word is found at its offsets.
    expect(text.slice(w.start, w.end)).toBe(w.text);
    return `${w.text}/${w.pos}`;
  });
}

const CASES: Record<string, string> = {
  hyphens: 'The well-known co-op ran an anti-war, self-made x-ray e-mail drive; a Zorvian-led, three-way deal - and a rock--solid – plan — too. Pre-', 
  apostrophes: "Don't, can't, won't: O'Brannock's rock'n'roll. ’Twas Ada's and the Quills' boat; 'tis so. Jones' car, Jones’ car. cannot, gonna. Y'all'd've.",
  possessives: "The boat was Zorvco's. It was the Brannocks'. That is Ada’s. Blix's? Blix's! Blix's, then Blix's' own",
  urls: 'See https://example.org/a/b?x=1&y=2, www.example.com or (http://example.net/). Mail ada.quill@example.org now. @quillada #boats',
  numbers: 'It fell 1,250,000 to 3.75 and -4.5, or +12%, on 12/05/2024 at 10:30, 7pm, 7 p.m. and 9.30am; the 1990s, ’90s and 2nd, 21st, 103rd.',
  currency: 'It cost $4.5bn, £300, €20m, ¥9, US$5, A$7, C$8, 5 GBP, 6 USD; a GBP-linked bond, USD-based notes and Inr-Aud swaps by XGBPco-style funds. ₹40 and ₩50.',
  quotes: '“Yes,” she said. "No." \'Maybe,\' he said. “Quite”. "(Indeed)" [sic] {braces} «guillemets» ‘single’ ,"odd".',
  ellipses: 'Wait... and… so.. then.... end…',
  abbreviations: 'Mr. Quill met Dr. Lin of Zorv Corp. in the U.S. at 5 a.m. on Jan. 3, e.g. for talks, i.e. trade; A. B. Quill Jr. left',
  letters: 'Zoë met Ünal at the façade; naïve Łódź crews, Straße, ſ and ÿ, Ÿ, µ, K-pop, Kelvin \u212a, ß-shaped',
  emoji: 'Great 😀 news 👍🏽 for ❤️ fans ✈️ and :) or ;-) ok <3 ©2024 ™',
  spaces: 'Two  spaces,\u00a0a non-breaking one,\u2009thin,\tA tab\n\nA new paragraph\r\nand   more\n',
  // A piece wink read is done again from what wink did with it, unless the word table's answers changed ("Zorvqa" learned between).
  repeats: '"I\'m (Zorvqa), 25-year-old $20bn "I\'m then Zorvqa and (Zorvqa), 25-year-old $20bn (Zorvqa), Zorvqa-led "Zorvqa-led',
  odd: 'constructor-like toString-based __proto__ hasOwnProperty-free ab-c a-b-c a- -a a.b.c x.y Mr.Quill 3-year-old 10-12 A-1 one/two and/or',
};

describe('the tagger gives wink-nlp\'s tokens and tags', () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(name, () => expect(ourTokens(text)).toEqual(winkTokens(text)));
  }

  it('on random runs of awkward pieces', () => {
    const pieces = ['a', 'b', 'The', 'x', 'said', 'cannot', 'don', 'Zorv', "'", "'s", '’', '’s', '"', '“', '”', ',', '.', '..', '...', '-', '--', '–', '—', '(', ')', '[', ']', '{', '}', ':', ';', '!', '?', '/', '…', '9', '12', '2004', '2,000', '3.5', '1-2', '10:30', '$', '£', '%', '@', '#', 'USD', 'GBP', 'co', 'anti', 'e', 'Mr', 'U.S', 'é', 'Ünal', 'ß', 'ÿ', '😀', 'http', '://', 'www', 'com', 'th', 'pm', '\u0964', 'ſ', 'constructor', 'gonna', "ain't", "n't", '\u00a0', ' ', '\n', '\t', '&', 'O', 'Neill'];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let text = 0; text < 40; text++) {
      const parts: string[] = [];
      for (let piece = 0; piece < 60; piece++) {
        let token = '';
        for (let k = 1 + random(4); k > 0; k--) token += pieces[random(pieces.length)];
        parts.push(token);
      }
      const joined = `Start ${parts.join(' ')} end`;
      expect(ourTokens(joined)).toEqual(winkTokens(joined));
    }
  });
});
