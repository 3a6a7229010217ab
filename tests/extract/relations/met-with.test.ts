import { relationsOf } from './relations-of';

const cases: Array<[string, string, string[]]> = [
  ['met with', 'Prime Minister Elena Vasquez met with Chancellor Tomas Lindqvist in Oslo on Friday.', ['Elena Vasquez -met-with-> Tomas Lindqvist']],
  ['a meeting the subject of a "that"-less relative clause had', 'Marco Bellini will describe a meeting he had with Ingrid Solberg on the topic.', ['Ingrid Solberg -met-with-> Marco Bellini']],
  ['called her several times: a call, not a name', 'Ingrid Solberg said that Marco Bellini called her several times.', ['Ingrid Solberg -met-with-> Marco Bellini']],
  ['the owner of a list’s first noun owns the meetings too', 'It comes after Elena Vasquez’s address to Congress and meetings with Tomas Lindqvist.', ['Elena Vasquez -met-with-> Tomas Lindqvist']],
  ['a described owner of the first noun owns the meetings too', 'Elena Vasquez is the prime minister. It comes after the prime minister’s address to Congress and meetings with Tomas Lindqvist.', ['Elena Vasquez -met-with-> Tomas Lindqvist']],
  ['a fronted place and a comma make no list with the people after it', 'In Oslo, Elena Vasquez and Tomas Lindqvist held talks on Monday.', ['Elena Vasquez -met-with-> Tomas Lindqvist']],
  ['shook hands, after a name ending in a word that is also a preposition', 'President Park Hae-in shook hands with Tomas Lindqvist on Friday.', ['Park Hae-in -met-with-> Tomas Lindqvist']],
  ['a name after a role at the end of a tail describes the role, not the talks', 'Elena Vasquez held talks with the new league chairman, Tomas Lindqvist, on Monday.', ['Elena Vasquez -met-with-> Tomas Lindqvist']],
  ['held talks with', 'Elena Vasquez held talks with Tomas Lindqvist on Friday.', ['Elena Vasquez -met-with-> Tomas Lindqvist']],
  ['hosted', 'Ingrid Solberg hosted Marco Bellini at her office.', ['Ingrid Solberg -met-with-> Marco Bellini']],
  ['received, in the passive', 'Marco Bellini was received by President Ingrid Solberg at the palace.', ['Ingrid Solberg -met-with-> Marco Bellini']],
  // A small group at one table: every pair met (GOLD: up to five people).
  ['passive with a place before the agents', 'Marco Bellini was received at the town hall by Ingrid Solberg and Councillor Elena Vasquez.', [
    'Elena Vasquez -met-with-> Ingrid Solberg',
    'Elena Vasquez -met-with-> Marco Bellini',
    'Ingrid Solberg -met-with-> Marco Bellini',
  ]],
  ['passive in a relative clause', 'Elena Vasquez, who was welcomed by Marco Bellini at the airport, smiled.', ['Elena Vasquez -met-with-> Marco Bellini']],
  ['hosted a delegation led by', 'Mayor Ingrid Solberg today hosted a delegation from Porto, Portugal, led by Mayor Marco Bellini.', ['Ingrid Solberg -met-with-> Marco Bellini']],
  ['a coordinated partner named in apposition', 'Marco Bellini and his Lumenian counterpart, Foreign Minister Ingrid Solberg, signed five agreements.', ['Ingrid Solberg -met-with-> Marco Bellini']],
  ['talks between three people opening the sentence', 'Talks between Ms Solberg, Mr Bellini and Ms Vasquez covered trade. Ingrid Solberg, Marco Bellini and Elena Vasquez are mayors.', [
    'Elena Vasquez -met-with-> Ingrid Solberg',
    'Elena Vasquez -met-with-> Marco Bellini',
    'Ingrid Solberg -met-with-> Marco Bellini',
  ]],
  ['spoke by telephone with', 'Marco Bellini spoke by telephone with Ingrid Solberg on Tuesday.', ['Ingrid Solberg -met-with-> Marco Bellini']],
  ['two subjects spoke by phone', 'Marco Bellini and Ingrid Solberg spoke by phone on Tuesday.', ['Ingrid Solberg -met-with-> Marco Bellini']],
  ['hosted a dinner for', 'Ingrid Solberg hosted a dinner for Marco Bellini.', ['Ingrid Solberg -met-with-> Marco Bellini']],
  ['joined by, in the passive', 'Ingrid Solberg was joined by Marco Bellini at the dinner.', ['Ingrid Solberg -met-with-> Marco Bellini']],
  ['joining a body is no meeting', 'Ingrid Solberg joined the Harbour Council in 2001.', []],
  ['received something from someone is no meeting', 'Marco Bellini received a letter from Ingrid Solberg.', []],
  ['coordinated subjects and objects: four at one table', 'Elena Vasquez and Marco Bellini are today meeting Tomas Lindqvist and Ingrid Solberg.', [
    'Elena Vasquez -met-with-> Ingrid Solberg',
    'Elena Vasquez -met-with-> Marco Bellini',
    'Elena Vasquez -met-with-> Tomas Lindqvist',
    'Ingrid Solberg -met-with-> Marco Bellini',
    'Ingrid Solberg -met-with-> Tomas Lindqvist',
    'Marco Bellini -met-with-> Tomas Lindqvist',
  ]],
  ['met separately: no table', 'Elena Vasquez met Tomas Lindqvist and Ingrid Solberg separately on Monday.', [
    'Elena Vasquez -met-with-> Ingrid Solberg',
    'Elena Vasquez -met-with-> Tomas Lindqvist',
  ]],
  ['subjects meeting each other', 'Ingrid Solberg and Marco Bellini met on Monday.', ['Ingrid Solberg -met-with-> Marco Bellini']],
  ['fronted clause', 'When meeting Tomas Lindqvist on Tuesday, Mayor Elena Vasquez said the city would invest more.', ['Elena Vasquez -met-with-> Tomas Lindqvist']],
  ['group at one table', 'The meeting was attended by Elena Vasquez, Tomas Lindqvist and Marco Bellini.', [
    'Elena Vasquez -met-with-> Marco Bellini',
    'Elena Vasquez -met-with-> Tomas Lindqvist',
    'Marco Bellini -met-with-> Tomas Lindqvist',
  ]],
  ['possessive owner of the meeting', 'Tomas Lindqvist’s meeting with Ingrid Solberg was short.', ['Ingrid Solberg -met-with-> Tomas Lindqvist']],
  ['participle after a subordinator takes the main subject', 'Tomas Lindqvist met with Elena Vasquez before sitting down with Marco Bellini.', [
    'Elena Vasquez -met-with-> Tomas Lindqvist',
    'Marco Bellini -met-with-> Tomas Lindqvist',
  ]],
  ['a name inside a prepositional phrase is no subject', 'Her remarks about Tomas Lindqvist met a cool reception from Elena Vasquez.', []],
  ['did not meet', 'Elena Vasquez did not meet Tomas Lindqvist.', []],
  ['denied meeting', 'Elena Vasquez denied meeting Tomas Lindqvist.', []],
  ['never met', 'Marco Bellini never met Tomas Lindqvist.', []],
  ['will meet', 'Marco Bellini will meet Elena Vasquez in May.', ['Elena Vasquez -met-with-> Marco Bellini (planned)']],
  ['is expected to meet', 'Marco Bellini is expected to meet Elena Vasquez next week.', ['Elena Vasquez -met-with-> Marco Bellini (planned)']],
  ['hopes to meet', 'Marco Bellini hopes to meet Elena Vasquez soon.', ['Elena Vasquez -met-with-> Marco Bellini (planned)']],
  ['signed together', 'Prime Minister Elena Vasquez and President Tomas Lindqvist signed a port agreement on Friday.', ['Elena Vasquez -met-with-> Tomas Lindqvist']],
  ['discussed with', 'Tomas Lindqvist said he had discussed security with Elena Vasquez.', ['Elena Vasquez -met-with-> Tomas Lindqvist']],
  ['signing what another proposed is no meeting', 'Ingrid Solberg signed a law proposed by Marco Bellini.', []],
  ['received a thing from a person is no meeting', 'Ingrid Solberg received a letter from Marco Bellini.', []],
  ['received a person', 'Priya Raman received Tomas Lindqvist at the palace.', ['Priya Raman -met-with-> Tomas Lindqvist']],
  ['a planned visit to a person', 'Elena Vasquez is expected to visit Tomas Lindqvist next month.', ['Elena Vasquez -met-with-> Tomas Lindqvist (planned)']],
  ['talks between A and B', 'The talks between Prime Minister Elena Vasquez and Tomas Lindqvist lasted an hour.', ['Elena Vasquez -met-with-> Tomas Lindqvist']],
  ['a meeting chaired by someone is no meeting with them', 'Ingrid Solberg said the meeting chaired by Marco Bellini went well.', []],
  ['a meeting called off later in the clause', 'A meeting between Ingrid Solberg and Marco Bellini was cancelled.', []],
  ['an earlier cancellation in another clause does not deny the meeting', 'Karl Weber met Priya Raman after the earlier meeting was cancelled.', ['Karl Weber -met-with-> Priya Raman']],
  ['spoken with, through a role description', 'President Tomas Lindqvist was busy. His spokeswoman said the president had also spoken with Pope Francis.', ['Pope Francis -met-with-> Tomas Lindqvist']],
  ['a person told directly', 'Ingrid Solberg told Marco Bellini that the plan was ready.', ['Ingrid Solberg -met-with-> Marco Bellini']],
];

describe('met-with', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(relationsOf(text, 'met-with')).toEqual(expected);
  });

  it('resolves "mayors from A and B" to the people the article names as those mayors', () => {
    const text =
      'Lyon Mayor Elena Vasquez and Porto Mayor Marco Bellini spoke about trade. ' +
      'Mayors from Lyon and Porto praised the port during their meetings with Tomas Lindqvist.';
    expect(relationsOf(text, 'met-with')).toEqual(['Elena Vasquez -met-with-> Tomas Lindqvist', 'Marco Bellini -met-with-> Tomas Lindqvist']);
  });

  it('resolves a definite role description to the one person holding that role', () => {
    const text = 'Crown Prince Karim Haddad spoke first. Later Tomas Lindqvist met with the crown prince in the palace.';
    expect(relationsOf(text, 'met-with')).toEqual(['Karim Haddad -met-with-> Tomas Lindqvist']);
  });

  it('keeps one edge per pair however often it is stated', () => {
    const text = 'Ingrid Solberg hosted Marco Bellini on Monday. Marco Bellini met Ingrid Solberg again on Friday.';
    expect(relationsOf(text, 'met-with')).toEqual(['Ingrid Solberg -met-with-> Marco Bellini']);
  });
});
