import { relationsOf } from './relations-of';

const cases: Array<[string, string, string[]]> = [
  ['twinned with two cities', 'Porto is twinned with Tampere and Lyon.', ['Lyon -sister-city-> Porto', 'Porto -sister-city-> Tampere']],
  ['A and B are sister cities', 'Lyon and Porto are sister cities.', ['Lyon -sister-city-> Porto']],
  ['status for A and B, inside a planned celebration', 'The mayor will celebrate the tenth anniversary of sister city status for Lyon and Porto.', ['Lyon -sister-city-> Porto']],
  ['A’s sister city of B', 'A group of teachers from Lyon’s sister city of Porto, Portugal, arrived on Monday.', ['Lyon -sister-city-> Porto']],
  ['its relationship with B', 'The City of Lyon has worked hard on its sister city relationship with Porto.', ['Lyon -sister-city-> Porto']],
  ['twinned with, and a denial', 'Lyon is twinned with Porto. Tampere is not twinned with Lyon.', ['Lyon -sister-city-> Porto']],
  ['its sister city after the name', 'A delegation from Porto visited Lyon, its sister city, on Monday.', ['Lyon -sister-city-> Porto']],
  ['an agreement with B', 'Tampere signed a sister-city agreement with Porto in 1990.', ['Porto -sister-city-> Tampere']],
  ['a cue inside an institution’s name is no cue', 'The Lyon Sister City Committee met in Porto.', []],
  ['no cue, no edge', 'Lyon and Porto signed a trade deal.', []],
  ['a second agreement of the same subject', 'Lyon renewed its twinning with the Portuguese city of Porto and signed a twin-city agreement with Tampere.', ['Lyon -sister-city-> Porto', 'Lyon -sister-city-> Tampere']],
  ['a hyphenated cue', 'Lyon signed a twin-city agreement with Porto.', ['Lyon -sister-city-> Porto']],
  ['twinned with A and with B', 'Porto is twinned with Tampere and with Lyon in France.', ['Lyon -sister-city-> Porto', 'Porto -sister-city-> Tampere']],
  ['A and B signed an agreement: the subjects paired', 'Lyon and Porto signed a sister-city agreement on Friday.', ['Lyon -sister-city-> Porto']],
  ['a subordinate clause after "since"', 'The mayor noted that 30 years had passed since Lyon and Porto signed their twinning agreement.', ['Lyon -sister-city-> Porto']],
  ['a list joined past an apposition', 'Porto, the second city of Portugal, and Lyon, the French city, agreed on Monday to become sister cities.', ['Lyon -sister-city-> Porto']],
  ['the city of A and B', 'The Portuguese city of Porto and France’s Lyon signed a twinning agreement.', ['Lyon -sister-city-> Porto']],
  ['named members of a group', 'Porto is twinned with 12 foreign cities, including Tampere.', ['Porto -sister-city-> Tampere']],
  ['an adverb the tagger reads in a noun phrase', 'Porto signed a new twin-city agreement with Tampere.', ['Porto -sister-city-> Tampere']],
  ['its: the first city of the sentence', 'Porto has ties with Lyon, France, and counts Tampere among its friendship cities.', ['Porto -sister-city-> Tampere']],
];

describe('sister-city', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(relationsOf(text, 'sister-city')).toEqual(expected);
  });
});
