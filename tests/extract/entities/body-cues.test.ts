import { extractEntities } from '../../../src/extract/entities';

const entitiesOf = (body: string): string[] =>
  extractEntities(`Headline Words Here\n\n${body}`)
    .entities.map((e) => `${e.kind}:${e.label}`)
    .sort();

describe('words only a body takes make a name a body', () => {
  test.each([
    ['a speaker called "it"', 'Quillcorp said it would cut jobs.', ['institution:Quillcorp']],
    ['an adverb before the verb', 'Quillcorp also says it has tried.', ['institution:Quillcorp']],
    ['shares in the name', 'Shares in Ferrantex fell.', ['institution:Ferrantex']],
    ['its shares', "Ferrantex's shares fell.", ['institution:Ferrantex']],
    ['a role held at the name', 'Ada Quill, chief economist at Ferrantwide, agreed.', ['institution:Ferrantwide', 'person:Ada Quill']],
    ['"which" after a name shaped like a person\'s', 'Nova Quillisk, which sells drugs, grew.', ['institution:Nova Quillisk']],
    ['a plural verb after the subject', 'The Quillers are asking the watchdog.', ['institution:Quillers']],
    ['"a company called"', 'It was a company called Quillzon that paid.', ['institution:Quillzon']],
    ['a type of body before a name with initials', 'The move led to bankers JP Quillan and others.', ['institution:JP Quillan']],
    ['capitals inside one word', 'He read QuillFeed daily.', ['institution:QuillFeed']],
    ['a participle before one name', 'Embattled Quillcorp said it would cut jobs.', ['institution:Quillcorp']],
    ['ordinary words whose possessive holds a role', 'Ada Quill, Silver Meadow’s chief economist, agreed.', ['institution:Silver Meadow', 'person:Ada Quill']],
    ['a role held at "the" name of ordinary words', '“It is real,” said Ada Quill, executive director of the National Housing Law Project.', ['institution:National Housing Law Project', 'person:Ada Quill']],
    ['a role held at a body named like an event', '“It is real,” said Ada Quill, president of the National Housing Conference.', ['institution:National Housing Conference', 'person:Ada Quill']],
    ['what one writes in is a publication', 'Ada Quill wrote in the Modern Argument that the plan failed.', ['institution:Modern Argument', 'person:Ada Quill']],
    ['an op-ed for a name shaped like a person\'s', 'Her op-ed for Quillspar Ferrantic ran on Monday.', ['institution:Quillspar Ferrantic']],
    ['a possessive before the head of a body named for a cause', 'Help came from the Ferrant’s Society.', ['institution:Ferrant’s Society']],
  ])('%s', (_name, body, expected) => {
    expect(entitiesOf(body)).toEqual(expected);
  });

  test.each([
    ['a plural verb after an object', 'Talks with Quilla are going well.', []],
    ['a portfolio takes no "the"', 'Ada Quill, the Minister of Finance, spoke.', ['person:Ada Quill']],
    ['one word whose possessive holds a role may be a place', 'The delegation met the North’s leader.', []],
    ['a person saying "it"', 'Ada Quill said it was fine.', ['person:Ada Quill']],
    ['"which" after an unknown word', 'They sell Quillex, which works.', []],
    ['a contraction of "I"', '“I’ll say it again,” she said.', []],
    ['an acronym in the plural', 'Two MoUs were signed.', []],
    ['a hashtag', 'The #QuillNever campaign grew.', []],
    ['a project named with a compass word', 'The EastQuill pipeline was approved.', []],
  ])('but not %s', (_name, body, expected) => {
    expect(entitiesOf(body)).toEqual(expected);
  });
});

describe('groups and parties', () => {
  const entities = (body: string) => extractEntities(`Headline Words Here\n\n${body}`).entities;

  test('a plural name with "the", written also in the singular, is a group', () => {
    const [dems, ...rest] = entities('The Quill Dems are asking questions. A Quill Dem spokesman said so.');
    expect(rest).toEqual([]);
    expect(dems).toMatchObject({ label: 'Quill Dems', kind: 'institution', aliases: ['Quill Dem'] });
  });

  test('a person used as a figure of speech stays a person', () => {
    const found = entities('Ada Quill spoke. There are many potential Ada Quills.');
    expect(found.find((e) => e.label === 'Ada Quill')?.kind).toBe('person');
  });

  test('a dictionary word that is a body is the short name of the body it heads', () => {
    const found = entities('The Labour Party met. Labour said it would win.');
    expect(found.map((e) => [e.label, e.kind, e.aliases])).toEqual([['Labour Party', 'institution', ['Labour']]]);
  });

  test('a body of the lexicon is not the short name of a longer body', () => {
    const found = entities('The Senate Armed Services Committee met. The Senate voted.');
    expect(found.map((e) => e.label).sort()).toEqual(['Senate', 'Senate Armed Services Committee']);
  });
});

describe('company names from the company dictionary', () => {
  test.each([
    ['a company alone', 'Prices at Heineken rose.', ['institution:Heineken']],
    ['a company named like a word, when it speaks', 'Profits rose, Shell said.', ['institution:Shell']],
    ['a company opening a longer name', 'Goldman Sachs advised the deal.', ['institution:Goldman Sachs']],
  ])('%s', (_name, body, expected) => {
    expect(entitiesOf(body)).toEqual(expected);
  });

  test.each([
    ['an ordinary word that some company uses', 'The Western allies met in the Research Triangle.', []],
    ['a surname of a person the article names', 'Ada Weiss arrived. Weiss said little.', ['person:Ada Weiss']],
  ])('but not %s', (_name, body, expected) => {
    expect(entitiesOf(body)).toEqual(expected);
  });
});

test('a title before an event is no person', () => {
  expect(entitiesOf('They won the General Election in May.')).toEqual([]);
});

describe('"the" before a name shaped like a person\'s', () => {
  test.each([
    ['a plural no dictionary holds names a party or group', 'They voted for the Quill Dems.', ['institution:Quill Dems']],
    ['a plural of the dictionary names no one', 'The Personal Consumption Expenditures rose.', []],
    ['a person\'s name before a noun names a work or thing', 'He watched the Harry Quill films.', []],
    ['a lone first name after "the" is no person', 'She saw the Chelsea player.', []],
  ])('%s', (_name, body, expected) => {
    expect(entitiesOf(body)).toEqual(expected);
  });

  test('a role in a team after a place or name makes it the team', () => {
    expect(entitiesOf('Chelsea defender Bo Ferrant scored.')).toEqual(['institution:Chelsea', 'person:Bo Ferrant']);
  });
});

test('a dictionary word that is a body is not the short name of its product', () => {
  const found = extractEntities('Headline Words Here\n\nShell News launched. Profits rose, Shell said.').entities;
  expect(found.map((e) => e.label).sort()).toEqual(['Shell', 'Shell News']);
});

describe('a company the company list names, whose name is also in the word list, is the company where the article writes it only as a name', () => {
  test.each([
    ['alone before a verb', 'Shares fell after Oracle cut prices. Ada Quill said Oracle had no choice.', ['institution:Oracle', 'person:Ada Quill']],
    ['a possessive, then a conjunction', "Intel's chips are fast. The fight between Intel and its rivals goes on.", ['institution:Intel']],
    ['not as a modifier of a noun', 'Some City analysts were surprised by the results.', []],
    ['not after an article', 'He hinted at a Budget giveaway in March.', []],
    ['not a surname the article gives a given name', 'Ada Oracle said the plan worked. Oracle has left.', ['person:Ada Oracle']],
    ['not where the article also writes it in lower case', 'Oracle has spoken. The oracle of the village was wrong.', []],
  ])('%s', (_name, body, expected) => {
    expect(entitiesOf(body)).toEqual(expected);
  });
});

describe('forms of address and letters after a name', () => {
  test.each([
    ['a form of address opens a new name, even right after a body', 'Sources told the Quillport Herald Mr Pennick had agreed.', ['institution:Quillport Herald', 'person:Pennick']],
    ['letters after a name are no part of it', 'Gregor Pennick QC and Ada Thwaite MEP disagreed.', ['person:Ada Thwaite', 'person:Gregor Pennick']],
  ])('%s', (_name, body, expected) => {
    expect(entitiesOf(body)).toEqual(expected);
  });
});

describe('one word no dictionary holds, before a role, employs someone where the article also uses it alone as a name', () => {
  test.each([
    ['a role after it, and the name alone elsewhere', 'It was a first, said Quillwest chief executive Bo Ferrant. He joined Quillwest in May.', ['institution:Quillwest', 'person:Bo Ferrant']],
    ['not a word used only before roles', 'Quillish officials said so. Quillish ministers agreed.', []],
    ['not a surname the article gives a given name', 'Ada Quillwest won. A Quillwest spokesman said so, and Quillwest agreed.', ['person:Ada Quillwest']],
  ])('%s', (_name, body, expected) => {
    expect(entitiesOf(body)).toEqual(expected);
  });
});
