import { relationsOf } from './relations-of';

const cases: Array<[string, string, string[]]> = [
  ['X in Y', 'The Harbour Academy in Tampere opened.', ['Harbour Academy -located-in-> Tampere']],
  ['city, country', 'Lyon, France, is old.', ['Lyon -located-in-> France']],
  ['a list in one place', 'The Tide School and the Harbour College in Lyon closed.', ['Harbour College -located-in-> Lyon', 'Tide School -located-in-> Lyon']],
  ['country’s region', 'Teachers came from France’s Burgundy Province.', ['Burgundy Province -located-in-> France']],
  ['a city is not inside another city', 'Flights from Lyon in Porto were delayed.', []],
];

describe('located-in', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(relationsOf(text, 'located-in')).toEqual(expected);
  });
});
