import { relationsOf } from './relations-of';

const cases: Array<[string, string, string[]]> = [
  ['X in Y', 'The Harbour Academy in Tampere opened.', ['Harbour Academy -located-in-> Tampere']],
  ['city, country', 'Lyon, France, is old.', ['Lyon -located-in-> France']],
  ['a list in one place', 'The Tide School and the Harbour College in Lyon closed.', ['Harbour College -located-in-> Lyon', 'Tide School -located-in-> Lyon']],
  ['country’s region', 'Teachers came from France’s Burgundy Province.', ['Burgundy Province -located-in-> France']],
  ['a state as news agencies abbreviate it', 'Marco Bellini lives in Fresno, Calif., and Ingrid Solberg in Trenton, N.J., now.', ['Fresno -located-in-> California', 'Trenton -located-in-> New Jersey']],
  ['a dateline with an abbreviated state', 'EVANSVILLE, Ind. — Ingrid Solberg spoke to the crowd.', ['Evansville -located-in-> Indiana']],
  ['an abbreviation that follows no city is no state', 'Miss. Ingrid Solberg spoke to Marco Bellini.', []],
  ['the nationality of a noun for places', 'A bus links the Kenyan city of Mombasa with Kampala. Kenya agreed.', ['Mombasa -located-in-> Kenya']],
  ['parts of a city', 'Groups include the London boroughs of Camden and Islington.', ['Camden -located-in-> London', 'Islington -located-in-> London']],
  ['where an outlet was told something is not where it is', 'A Saudi official told the Harbour Times in Riyadh that it was so.', []],
  ['city, country, then a preposition', 'They met in Seoul, South Korea on Monday.', ['Seoul -located-in-> South Korea']],
  ['region, country', 'Plants in Bavaria, Germany, closed.', ['Bavaria -located-in-> Germany']],
  ['an unknown word before a comma and a country is a town there', 'A pipe runs to Quillona, Greece.', ['Quillona -located-in-> Greece']],
  ['a list after a comma is no container', 'Flights to Texas, Mexico and Canada rose.', []],
  ['a city is not inside another city', 'Flights from Lyon in Porto were delayed.', []],
];

describe('located-in', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(relationsOf(text, 'located-in')).toEqual(expected);
  });
});
