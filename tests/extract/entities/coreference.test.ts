import { extractEntities } from '../../../src/extract/entities';

interface Seen {
  kind: string;
  aliases: string[];
  mentions: number;
}

const entities = (body: string): Map<string, Seen> =>
  new Map(extractEntities(`Headline Words Here\n\n${body}`).entities.map((e) => [e.label, { kind: e.kind, aliases: [...e.aliases].sort(), mentions: e.mentions }]));

describe('coreference: one entity per real thing', () => {
  test.each([
    ['surname', 'Ada Quill arrived on Monday. Quill said the talks went well.', 'Ada Quill', ['Quill'], 2],
    ['possessive surname', "Ada Quill arrived. Quill's visit was short.", 'Ada Quill', ['Quill'], 2],
    ['family name written first', 'Wang Tiexin spoke first. Wang said little.', 'Wang Tiexin', ['Wang'], 2],
    ['title glued to a later mention', 'Ada Quill arrived. President Quill then left.', 'Ada Quill', ['Quill'], 2],
    ['acronym in brackets', 'The Greater Tide Area (GTA) grew. The GTA is large.', 'Greater Tide Area', ['GTA'], 3],
    ['acronym in brackets from another language', 'The Central Bank of Quill States (BCEQ) met. The BCEQ agreed.', 'Central Bank of Quill States', ['BCEQ'], 3],
    ['acronym in brackets without the place before the body', 'The Quillton Trade Office (TO) met. TO agreed.', 'Quillton Trade Office', ['TO'], 3],
    ['acronym spelt by the name', 'The Abcland Cargo Trade Association met. ACTA said no.', 'Abcland Cargo Trade Association', ['ACTA'], 2],
    ['acronym with a particle', 'Crown Prince Mohammed bin Quill spoke. MBQ left.', 'Mohammed bin Quill', ['MBQ'], 2],
    ['outlet short name', 'The Quillton Daily News reported it. Quillton Daily added more.', 'Quillton Daily News', [], 1],
    ['a lone first name', 'Margaret Tolliver arrived on Monday. Margaret said little.', 'Margaret Tolliver', ['Margaret'], 2],
    ['a middle name used alone', 'President Ada Bo Quill da Ferrant spoke. Later Quill agreed.', 'Ada Bo Quill da Ferrant', ['Quill'], 2],
    ['a body named by its first word', 'Kyodo News reported the visit. Kyodo said talks went well.', 'Kyodo News', ['Kyodo'], 2],
    ['a hyphenated surname', 'Ada Quill-Ferrant arrived. Quill-Ferrant said little.', 'Ada Quill-Ferrant', ['Quill-Ferrant'], 2],
    ['a surname before a generation suffix', 'Margaret Tolliver Jr. arrived. Tolliver said little.', 'Margaret Tolliver Jr.', ['Tolliver'], 2],
    ['region with its head word', 'Rain hit Quill Province. Quill Province is wet.', 'Quill Province', [], 2],
    ['an outlet by the head word ending its name', 'The Quillton Times reported it. Ada Quill told the Times more.', 'Quillton Times', ['Times'], 2],
    ['a short form the lexicon gives a full name', 'The Federal Reserve met. The Fed held rates.', 'Federal Reserve', ['Fed'], 2],
  ])('%s', (_name, body, label, aliases, mentions) => {
    const found = entities(body).get(label);
    expect(found?.aliases).toEqual(aliases);
    expect(found?.mentions).toBe(mentions);
  });

  test('country variants are one country under its common name', () => {
    const found = entities('The U.S. and the United States of America are one. America agreed, and so did the US.');
    expect([...found.keys()]).toEqual(['United States']);
    expect(found.get('United States')?.aliases).toEqual(['America', 'U.S.', 'US', 'United States of America']);
  });

  test('a surname two people share resolves to neither', () => {
    const found = entities('Ada Quill met Bo Quill on Monday. Quill said they agreed.');
    expect([...found.keys()].sort()).toEqual(['Ada Quill', 'Bo Quill']);
    expect(found.get('Ada Quill')?.aliases).toEqual([]);
    expect(found.get('Bo Quill')?.aliases).toEqual([]);
  });

  test('a bare name with a speech verb is a person when no full name explains it', () => {
    expect(entities('Ferrant said the plan would work.').get('Ferrant')?.kind).toBe('person');
  });

  test('an acronym alone is the parent of the bodies it opens, not one of them', () => {
    const found = entities('Ada Quill told QBC Radio 4 that it was over. Bo Ferrant told the QBC it was not. QXG Group grew, and QXG said so.');
    expect([...found.keys()].sort()).toEqual(['Ada Quill', 'Bo Ferrant', 'QBC', 'QBC Radio 4', 'QXG Group']);
    expect(found.get('QXG Group')?.aliases).toEqual(['QXG']);
  });

  test('headline names only count when the body names them', () => {
    const context = extractEntities('Quill Visits Osaka With Hopes\n\nAda Quill arrived in Osaka on Monday.');
    expect(context.entities.map((e) => e.label).sort()).toEqual(['Ada Quill', 'Osaka']);
    expect(context.mentions.filter((m) => m.sentence === 0).map((m) => m.text)).toEqual(['Quill', 'Osaka']);
  });
});

describe('context decides between a person and a place', () => {
  test.each([
    ['a surname of a person named in full', 'Denzel Washington arrived. Washington said he was tired.', 'Washington', undefined],
    ['a place after a preposition', 'Officials in Washington said the talks went well.', 'Washington', 'city'],
    ['a capital used for its government stays a city', 'Nairobi warned on Monday that prices would rise.', 'Nairobi', 'city'],
    ['a team named after a city', 'Leeds beat Ipswich 2-1 on Saturday.', 'Leeds', 'institution'],
    ['a city in a score line', 'Quillton 3 Ipswich 1', 'Ipswich', 'institution'],
    ['a city with a club suffix', 'Ipswich Town signed a striker.', 'Ipswich Town', 'institution'],
    ['a state word after a name that is also a city', 'Lawmakers in Washington state voted.', 'Washington', 'region'],
    ['a city and a plural noun', 'The Ipswich Eagles signed a striker.', 'Ipswich Eagles', 'institution'],
    ['a first name as a club in a score line', 'Quillmoor 3 Lincoln 1', 'Lincoln', 'institution'],
    ['a city, not a team, in prose', 'She moved to Ipswich in 2001.', 'Ipswich', 'city'],
    ['an unknown name in a score line', 'Quillmoor 3 Ferrantby 1', 'Ferrantby', 'institution'],
    ['an ordinary word a player plays for', 'Bo Quill, who plays for Arsenal, scored twice.', 'Arsenal', 'institution'],
    ['an ordinary word a player signed for', 'Bo Quill signed for Everton in 2019.', 'Everton', 'institution'],
    ['a broken character after a signing cue is no team', 'Bo Quill was signed for Â£4m from Quillmoor.', 'Â', undefined],
  ])('%s', (_name, body, label, kind) => {
    expect(entities(body).get(label)?.kind).toBe(kind);
  });

  test.each([
    ['a first name the apposition calls a city', 'Quillton is twinned with Lincoln, a city in Nebraska.', 'Lincoln', 'city'],
    ['an unknown word the apposition calls a broadcaster', '"We agree," she told Quillvision, the public broadcaster.', 'Quillvision', 'institution'],
    ['a first name with an apposition about a person stays a person', 'Lincoln Quill, a friend of the mayor, spoke.', 'Lincoln Quill', 'person'],
  ])('%s', (_name, body, label, kind) => {
    expect(entities(body).get(label)?.kind).toBe(kind);
  });

  test.each([
    ['a small town found only after a preposition', 'Ada Dunmore spoke first. Aides heard from Dunmore later.', 'Ada Dunmore', ['Dunmore']],
    ['a word a score cue made a team', 'Mayor Bo Pemberton won the vote. Critics rallied against Pemberton.', 'Bo Pemberton', ['Pemberton']],
    ['a first name alone that is a town', 'Hadley Quill spoke. I speak to Hadley every day.', 'Hadley Quill', ['Hadley']],
  ])('a surname of the one person it fits wins over %s', (_name, body, label, aliases) => {
    expect(entities(body).get(label)?.aliases).toEqual(aliases);
  });

  test('a big city after a preposition stays a city beside a person of its name', () => {
    const found = entities('Denzel Washington arrived. Officials in Washington said little.');
    expect(found.get('Washington')?.kind).toBe('city');
    expect(found.get('Denzel Washington')?.aliases).toEqual([]);
  });

  test('"Lin Jr." is the son; a bare "Lin" then is someone else', () => {
    const found = entities('Ada Quill Jr. met reporters. Quill Jr. smiled. President Quill said nothing.');
    expect(found.get('Ada Quill Jr.')?.aliases).toEqual(['Quill Jr.']);
    expect(found.get('Quill')?.kind).toBe('person');
  });

  test('the bare surname of a person named after a city joins the person', () => {
    expect(entities('Denzel Washington arrived. Washington said he was tired.').get('Denzel Washington')?.aliases).toEqual(['Washington']);
  });
});
