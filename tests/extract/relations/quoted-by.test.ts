import { relationsOf } from './relations-of';

const cases: Array<[string, string, string[]]> = [
  ['telling an interviewer of a body named only there', 'Ingrid Solberg spoke at length, telling a Quillnet Networks interviewer that she was ready.', ['Ingrid Solberg -quoted-by-> Quillnet Networks']],
  ['a group named after a person speaks for itself, not for the person', 'Ingrid Solberg insiders anonymously told the Daily Lantern that they may demand an apology.', []],
  ['told an outlet, through an apposition', 'Ingrid Solberg, an expert at the Tide Institute, told the Daily Lantern that trade would grow.', ['Ingrid Solberg -quoted-by-> Daily Lantern']],
  ['an apposition’s institution is no outlet, nor the subject of "who"', '"Prices will rise," said Dr. Ingrid Solberg, an economist at the Tide Institute, who added that ports would suffer.', []],
  ['a description reporting after a comma is no apposition', 'Marco Bellini held a call with Ingrid Solberg during the summit, a port official told the Harbour Times.', []],
  ['"according to" after a relative clause speaks for the main clause', 'Marco Bellini will meet Ingrid Solberg, who arrives on Monday, according to a statement from the Harbour Council.', ['Marco Bellini -quoted-by-> Harbour Council']],
  ['a participle before "by" is passive', 'A port official contacted by the Harbour Times, Marco Bellini, denied the reports.', ['Marco Bellini -quoted-by-> Harbour Times']],
  ['a named body relays a person’s words', 'King Erik called Ada Lin on Monday. In a statement, the Nordland Embassy said the king affirmed that ties were strong.', ['King Erik -quoted-by-> Nordland Embassy']],
  ['put it in an op-ed of an outlet', 'As Ada Lin put it in her Harbour Times op-ed this week: "Why wait?"', ['Ada Lin -quoted-by-> Harbour Times']],
  ['a participle after a dash, to an outlet’s interviewer', 'Last week, Bo Tan spoke about the war for the first time – telling a Harbour Times interviewer that he would stay.', ['Bo Tan -quoted-by-> Harbour Times']],
  ['"according to" a spokeswoman: her body relays the main clause', 'State Department spokeswoman Ada Lin spoke on Monday. Bo Tan discussed trade in the meeting, warning that tariffs would rise, according to Lin.', ['Bo Tan -quoted-by-> State Department']],
  ['outlet reported', 'Marco Bellini said the port would reopen, the Harbour News Agency reported.', ['Marco Bellini -quoted-by-> Harbour News Agency']],
  ['outlet reported a meeting, not words', 'Marco Bellini met Ingrid Solberg, the Harbour News Agency reported.', []],
  ['interview with', 'Marco Bellini said in an interview with the Evening Courier newspaper that he would stay.', ['Marco Bellini -quoted-by-> Evening Courier']],
  ['fronted interview', 'In an interview with the Harbour Times, Marco Bellini said he would stay.', ['Marco Bellini -quoted-by-> Harbour Times']],
  ['fronted participle', 'Speaking to Radio Norden on Saturday, Ingrid Solberg added that other ports would follow.', ['Ingrid Solberg -quoted-by-> Radio Norden']],
  ['was quoted by', 'Marco Bellini was quoted by the Harbour Times as saying the port would reopen.', ['Marco Bellini -quoted-by-> Harbour Times']],
  ['outlet quoted a person', 'The Harbour Times quoted Marco Bellini as saying the port would reopen.', ['Marco Bellini -quoted-by-> Harbour Times']],
  ['speaker after a quotation', '"We will stay," Marco Bellini told the Harbour Times.', ['Marco Bellini -quoted-by-> Harbour Times']],
  ['an outlet the lexicon writes with "The"', 'Marco Bellini told The Hindu that he would stay.', ['Marco Bellini -quoted-by-> Hindu']],
  ['pronoun speaker after a quotation of two sentences', 'Maria Okonkwo spoke at length. "We lost. We will be back," she told the Harbour Times.', ['Maria Okonkwo -quoted-by-> Harbour Times']],
  ['an unnamed official after a comma is the speaker, not the name before', 'Marco Bellini met Ingrid Solberg on Monday, a senior official told the Harbour Times.', []],
  ['a participle set off by commas after the speaker', 'Ingrid Solberg, speaking to the Harbour Times, said the port would reopen.', ['Ingrid Solberg -quoted-by-> Harbour Times']],
  ['an outlet service named after the outlet', 'Ingrid Solberg, speaking to NHK Quillworld, said the port would reopen.', ['Ingrid Solberg -quoted-by-> NHK Quillworld']],
  ['an outlet and its programme', "Marco Bellini told the BBC's Quillnight programme that he would stay.", [
    'Marco Bellini -quoted-by-> BBC',
    'Marco Bellini -quoted-by-> Quillnight',
  ]],
  ['an outlet with a hyphenated head', 'Marco Bellini told the Quill-Post that he would stay.', ['Marco Bellini -quoted-by-> Quill-Post']],
  ['an outlet known by its apposition', 'Ingrid Solberg spoke. "We agree," she told Quillvision, the national public broadcaster.', ['Ingrid Solberg -quoted-by-> Quillvision']],
  ['quoted by, set off by commas', 'Ingrid Solberg, quoted by the Harbour Times, said the port would reopen.', ['Ingrid Solberg -quoted-by-> Harbour Times']],
  ['pronoun speaker', 'Marco Bellini spoke at length. He told the Harbour Times that he would stay.', ['Marco Bellini -quoted-by-> Harbour Times']],
  ['pronouns follow the gender of first names', 'Maria Okonkwo met Tomas Lindqvist on Monday. She told the Harbour Times that the talks went well. He told Radio Norden the same.', [
    'Maria Okonkwo -quoted-by-> Harbour Times',
    'Tomas Lindqvist -quoted-by-> Radio Norden',
  ]],
  ['an institution speaking for itself', 'The Harbour Council told Radio Norden that the port would reopen.', ['Harbour Council -quoted-by-> Radio Norden']],
  ['remarks published by an outlet', 'Karl Weber said in remarks published by the Harbour Times that he would stay.', ['Karl Weber -quoted-by-> Harbour Times']],
  ['an unnamed official of a city is no speaker', 'The mayor of Lyon told the Harbour Times that she was happy.', []],
  ['telling a council is not being quoted by it', 'Marco Bellini told the Harbour Council that the port would reopen.', []],
  ['declined to tell', 'Marco Bellini declined to tell the Harbour Times when he would leave.', []],
  ['an institution’s official relays a person', 'A Harbour Council spokesman said Marco Bellini would resign.', ['Marco Bellini -quoted-by-> Harbour Council']],
  ['a named spokesperson relays a person', 'Priya Raman, the Harbour Council’s chief spokeswoman, spoke first. Raman said that Marco Bellini would resign.', ['Marco Bellini -quoted-by-> Harbour Council']],
];

describe('quoted-by', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(relationsOf(text, 'quoted-by')).toEqual(expected);
  });
});
