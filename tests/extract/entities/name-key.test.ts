// Name keys: the quick path for names of plain letters and single spaces gives the keys the
// general rules give (case, accents, punctuation, "the " and "'s" ignored) on either side of it.
import { nameKey } from '../../../src/extract/entities/gazetteer';

it.each([
  ['Ada Lin', 'ada lin'],
  ['The Abc Times', 'abc times'],
  ['THE ABC', 'abc'],
  ['Theo Lin', 'theo lin'],
  ['Abc 24', 'abc 24'],
  ['Ada  Lin', 'ada lin'],
  [' Ada Lin ', 'ada lin'],
  ['Abc-Xyz', 'abc xyz'],
  ["Abc's", 'abc'],
  ['Abc\u2019s', 'abc'],
  ['U.S.', 'u s'],
  ['Zo\u00eb Lin', 'zoe lin'],
  ['the', 'the'],
  ['', ''],
])('%j has the key %j', (name, key) => {
  expect(nameKey(name)).toBe(key);
});
