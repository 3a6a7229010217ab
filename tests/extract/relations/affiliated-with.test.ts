import { markedRelations } from './marked-context';
import { relationsOf } from './relations-of';

const cases: Array<[string, string, string[]]> = [
  ['a name with a list of descriptions in apposition', '“It looks bad,” Ingrid Solberg, a professor at Tide University and an expert in law, told the Harbour Times.', ['Ingrid Solberg -affiliated-with-> Tide University [professor]']],
  ['PLACE’s title with a portfolio NAME', 'Kenya’s Minister of Trade and Industry Elena Vasquez spoke.', ['Elena Vasquez -affiliated-with-> Kenya [Minister of Trade and Industry]']],
  ['title NAME of the lowercase-qualified body', 'Senator Elena Vasquez of the opposition Harbour Party spoke.', ['Elena Vasquez -affiliated-with-> Harbour Party [Senator]']],
  ['PLACE Mayor NAME', 'Lyon Mayor Elena Vasquez opened the fair.', ['Elena Vasquez -affiliated-with-> Lyon [Mayor]']],
  ['PLACE’s Mayor NAME and Mayor of PLACE NAME', 'Porto’s Mayor Marco Bellini opened the fair. Mayor of Tampere Ingrid Solberg came too.', [
    'Ingrid Solberg -affiliated-with-> Tampere [Mayor]',
    'Marco Bellini -affiliated-with-> Porto [Mayor]',
  ]],
  ['role appositions', 'Ingrid Solberg, head of the Tide Institute, spoke. Priya Raman, a senior research fellow at the Harbour Academy, agreed.', [
    'Ingrid Solberg -affiliated-with-> Tide Institute [head]',
    'Priya Raman -affiliated-with-> Harbour Academy [senior research fellow]',
  ]],
  ['nationality adjective before a title', 'French Foreign Minister Elena Vasquez spoke. France is large.', ['Elena Vasquez -affiliated-with-> France [Foreign Minister]']],
  ['a list shares its nationality adjective', 'The summit was attended by French prime minister Elena Vasquez and energy minister Tomas Lindqvist, and Swiss president Marco Bellini. France and Switzerland signed.', [
    'Elena Vasquez -affiliated-with-> France [prime minister]',
    'Marco Bellini -affiliated-with-> Switzerland [president]',
    'Tomas Lindqvist -affiliated-with-> France [energy minister]',
  ]],
  ['a nationality of two words before a title', 'South Korean President Elena Vasquez spoke. South Korea is large.', ['Elena Vasquez -affiliated-with-> South Korea [President]']],
  ['a title that opens the name after a nationality', 'Norwegian King Haakonsen spoke. Norway is large.', ['King Haakonsen -affiliated-with-> Norway [King]']],
  ['a plain national title is held for the country the article need not mark', 'Kenyan President Elena Vasquez met Prime Minister Tomas Lindqvist. Kenya and Uganda signed a deal. Kenya gains most, and Uganda pays.', [
    'Elena Vasquez -affiliated-with-> Kenya [President]',
    'Tomas Lindqvist -affiliated-with-> Uganda [Prime Minister]',
  ]],
  ['a plain national title is held for the country whose seat of government the article names unmarked', 'Secretary of State Tomas Lindqvist flew to Kenya and Uganda. The Kremlin, Kenya and Uganda talked. President Elena Vasquez said Russia would wait, and the Kremlin said it again.', [
    'Elena Vasquez -affiliated-with-> Russia [President]',
    'Tomas Lindqvist -affiliated-with-> Russia [Secretary of State]',
  ]],
  ['no seat tells the own country when the article marks that country\'s officials', 'Secretary of State Tomas Lindqvist flew to Kenya and Uganda. The Kremlin, Kenya and Uganda talked. Russian President Elena Vasquez said Russia would wait, and the Kremlin said it again.', [
    'Elena Vasquez -affiliated-with-> Russia [President]',
  ]],
  ['a plain title of a person a nationality marked elsewhere', 'Kenyan President Elena Vasquez flew in. Uganda and Uganda again. Uganda hosted President Elena Vasquez. Kenya is large.', ['Elena Vasquez -affiliated-with-> Kenya [President]']],
  ['a body word opening a title holds the role', 'Then House Speaker Elena Vasquez and Army Lt. Col. Tomas Lindqvist spoke.', [
    'Elena Vasquez -affiliated-with-> House [Speaker]',
    'Tomas Lindqvist -affiliated-with-> Army [Lt. Col]',
  ]],
  ['a party initial and a state after a legislator\'s name', 'The Republican Party and the Democratic Party met. Sen. Elena Vasquez (R-Texas) spoke with Rep. Tomas Lindqvist (D-Ohio).', [
    'Elena Vasquez -affiliated-with-> Republican Party',
    'Elena Vasquez -affiliated-with-> Texas',
    'Tomas Lindqvist -affiliated-with-> Democratic Party',
    'Tomas Lindqvist -affiliated-with-> Ohio',
  ]],
  ['a body after a list of bare names is all of theirs', 'Elena Vasquez and Tomas Lindqvist of the Harbour Institute spoke.', [
    'Elena Vasquez -affiliated-with-> Harbour Institute',
    'Tomas Lindqvist -affiliated-with-> Harbour Institute',
  ]],
  ['no role, no edge', 'Marco Bellini walked through Porto.', []],
];

describe('affiliated-with', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(relationsOf(text, 'affiliated-with')).toEqual(expected);
  });

  // The entity passes do not yet keep "NAME of PLACE" as a person, so this one is marked by hand.
  it('title NAME of PLACE', () => {
    expect(markedRelations('President [Marco Bellini|person] of [Portugal|country] arrived.')).toEqual(['Marco Bellini -affiliated-with-> Portugal [President]']);
  });
});
