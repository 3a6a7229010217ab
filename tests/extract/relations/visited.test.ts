import { relationsOf } from './relations-of';

const cases: Array<[string, string, string[]]> = [
  ['a trip "on" which the clause subject left', 'Ingrid Solberg spoke to reporters as she left the palace on a trip to Florida.', ['Ingrid Solberg -visited-> Florida']],
  ['touring a place-named site', 'Marco Bellini got stuck in a lift while touring a Miami housing project on April 12.', ['Marco Bellini -visited-> Miami']],
  ['a group goes where its leader goes', 'Allies led by Ingrid Solberg travelled to Israel in March.', ['Ingrid Solberg -visited-> Israel']],
  ['"has been to" a place', '“I have been to Norway eight times,” Ingrid Solberg said.', ['Ingrid Solberg -visited-> Norway']],
  ['speaking in a place, before the subject', 'Speaking in Oslo, Ingrid Solberg said the deal was done.', ['Ingrid Solberg -visited-> Oslo']],
  ['a place at the end of an opening phrase', 'In remarks at a forum in Oslo, Ingrid Solberg was asked about the deal.', ['Ingrid Solberg -visited-> Oslo']],
  ['a place in an opening phrase about others', 'In a letter to the people of Oslo, the firm said Ingrid Solberg was wrong.', []],
  ['at an event in a place, after a copula', 'Mr Bellini is at a summit in Brussels this week.', ['Bellini -visited-> Brussels']],
  ['departed for a place', 'Ingrid Solberg departed for Helsinki on Sunday and left for Oslo on Monday.', ['Ingrid Solberg -visited-> Helsinki', 'Ingrid Solberg -visited-> Oslo']],
  ['speaking somewhere in a place', 'Ingrid Solberg was questioned while speaking to the press at a hospital in Reading.', ['Ingrid Solberg -visited-> Reading']],
  ['speaking in a language is no trip', 'Ingrid Solberg was speaking in French to the crowd.', []],
  ['left a firm for another is no trip', 'Ingrid Solberg left the bank for a rival in Oslo.', []],
  ['greeted in a city (passive)', 'Ingrid Solberg and Marco Bellini have been greeted in Beijing several times.', ['Ingrid Solberg -visited-> Beijing', 'Marco Bellini -visited-> Beijing']],
  ['attending a conference in a place', 'Ingrid Solberg, attending a security conference in California, played down the impact.', ['Ingrid Solberg -visited-> California']],
  ['the place of an object in apposition', 'Marco Bellini was in India visiting the holiest shrine, the Golden Temple in Amritsar.', ['Marco Bellini -visited-> Amritsar', 'Marco Bellini -visited-> Golden Temple', 'Marco Bellini -visited-> India']],
  ['a visit to a place by someone', 'The call follows a visit to Porto in July by Minister Ingrid Solberg.', ['Ingrid Solberg -visited-> Porto']],
  ['a participle with by names no visitor', 'Ingrid Solberg visited Porto hosted by Marco Bellini.', ['Ingrid Solberg -visited-> Porto']],
  ['visited a list of places', 'Marco Bellini visited Lyon and Porto in France. Ingrid Solberg is visiting Tampere.', [
    'Ingrid Solberg -visited-> Tampere',
    'Marco Bellini -visited-> Lyon',
    'Marco Bellini -visited-> Porto',
  ]],
  ['fronted "before heading to"', 'Before heading to Lyon, Marco Bellini visited Porto.', ['Marco Bellini -visited-> Lyon', 'Marco Bellini -visited-> Porto']],
  ['planned and denied visits', 'Ingrid Solberg is expected to visit Tampere next week. Marco Bellini did not visit Lyon.', ['Ingrid Solberg -visited-> Tampere (planned)']],
  ['possessive visit and "the visit of X to Y"', 'Tomas Lindqvist’s visit to Tampere was short. The visit of Foreign Minister Elena Vasquez to Porto went well.', [
    'Elena Vasquez -visited-> Porto',
    'Tomas Lindqvist -visited-> Tampere',
  ]],
  ['a person in a place', 'Foreign Minister Elena Vasquez is in Porto for talks.', ['Elena Vasquez -visited-> Porto']],
  ['a fronted "it was in" names no traveller', 'Recalling it was in Porto that the treaty was signed, Elena Vasquez said the city mattered.', []],
  ['a place in another clause', 'Karl Weber said the fair was in Lyon.', []],
  ['a visit called off', 'Karl Weber’s visit to Lyon was called off.', []],
  ['a meeting held in a place takes both sides there', 'Elena Vasquez met with Tomas Lindqvist in Porto on Friday.', ['Elena Vasquez -visited-> Porto', 'Tomas Lindqvist -visited-> Porto']],
  ['a host is at home where they meet', 'Portuguese Prime Minister Elena Vasquez met with Tomas Lindqvist in Porto on Friday. Portugal wants a deal.', ['Tomas Lindqvist -visited-> Porto']],
  ['a visiting official is no visit to the place of their title', 'Elena Vasquez met with visiting Mayor of Porto Marco Bellini.', []],
];

describe('visited', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(relationsOf(text, 'visited')).toEqual(expected);
  });
});
