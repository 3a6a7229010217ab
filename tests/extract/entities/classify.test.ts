import { extractEntities } from '../../../src/extract/entities';

// Each article starts with a headline line, as news does; names there only count when the body names them.
const entitiesOf = (body: string): string[] =>
  extractEntities(`Headline Words Here\n\n${body}`)
    .entities.map((e) => `${e.kind}:${e.label}`)
    .sort();

describe('entity rules', () => {
  test.each([
    ['role title before a name', 'Vice President Ada Quill met reporters on Monday.', ['person:Ada Quill']],
    ['multi-word title', 'Secretary of State Bo Ferrant flew home.', ['person:Bo Ferrant']],
    ['stacked titles', 'Pro Vice-Chancellor Professor Ada Quill spoke.', ['person:Ada Quill']],
    ['country before a title', 'Kenyan Foreign Minister Ada Quill said Kenya would help.', ['country:Kenya', 'person:Ada Quill']],
    ['city before a title', 'Nairobi Mayor Ada Quill said the city would grow.', ['city:Nairobi', 'person:Ada Quill']],
    ['title of a place', 'The visiting Mayor of Nairobi Ada Quill smiled.', ['city:Nairobi', 'person:Ada Quill']],
    ['a city the data lacks, before its mayor', "Port Vella's Mayor Ada Quill said so.", ['city:Port Vella', 'person:Ada Quill']],
    ['a city the data lacks, after "Mayor of"', 'The Mayor of Port Vella Ada Quill smiled.', ['city:Port Vella', 'person:Ada Quill']],
    ['a city the data lacks, after the mayor\'s name', 'Mayor Ada Quill of Port Vella spoke.', ['city:Port Vella', 'person:Ada Quill']],
    ['a city the data lacks, glued to the title', 'Quillport Mayor Ada Quill spoke.', ['city:Quillport', 'person:Ada Quill']],
    ['a portfolio after a title', 'Minister of Trade and Industry Ada Quill spoke.', ['person:Ada Quill']],
    ['a name after "and" is no portfolio', 'The Minister of Finance and Ada Quill met.', ['person:Ada Quill']],
    ['an unknown word before a programme', "She told the BBC's Quillnight programme so.", ['institution:BBC', 'institution:Quillnight']],
    ['an indefinite article before the type is no name of a body', 'A report in a Quillian daily said so.', []],
    ['a campus: "University of A at B" with B a known city', 'Ada Quill studied at the University of Quillia at Nairobi.', ['institution:University of Quillia at Nairobi', 'person:Ada Quill']],
    ['an adjective before "and" shares the head after it', 'Ada Quill opened the Quillian-Abcian Economic and Trade Expo in Nairobi.', ['city:Nairobi', 'person:Ada Quill']],
    ['a type of body right before a two-word name', 'Ada Quill spoke to the newspaper El Quillero on Monday.', ['institution:El Quillero', 'person:Ada Quill']],
    ['a two-word city opening a longer name names a body, not a person', 'Fans of the San Diego Quillers read the San Diego Quill-Courier.', ['institution:San Diego Quill-Courier', 'institution:San Diego Quillers']],
    ['an airport is a body, not a region', 'Protesters gathered at Quillton Airport on Monday.', ['institution:Quillton Airport']],
    ['a title\'s word opening a base\'s name is no title', 'He flew from Prince Quillmoor Air Base to Nairobi.', ['city:Nairobi', 'institution:Prince Quillmoor Air Base']],
    ['a venue after an ordinary word, even after a first name', 'They met at Margaret City Hall.', ['institution:Margaret City Hall']],
    ['a first name and a venue word as surname stay a person', 'A letter from Margaret Hall arrived.', ['person:Margaret Hall']],
    ['a venue head after ordinary words opens a venue named after a place', 'Nurses at Naval Air Station Quillton were told.', ['institution:Naval Air Station Quillton']],
    ['a word opening the names of features and installations', 'Climbers left Mount Quillmoor. Troops reached Camp Tolliver. Boats sailed on Lake Quillmere.', ['institution:Camp Tolliver', 'region:Lake Quillmere', 'region:Mount Quillmoor']],
    ['an abstract noun ends no person\'s name', 'They praised Margaret Development on Monday.', []],
    ['an abstract noun before a role word ends a body\'s name', 'The Margaret Settlement minister, Ada Quill, spoke.', ['institution:Margaret Settlement', 'person:Ada Quill']],
    ['a short word or an ending surnames share stays a person\'s', 'Margaret Clement and Olivier Patience spoke.', ['person:Margaret Clement', 'person:Olivier Patience']],
    ['a word for a trade before a name of ordinary words names a person', 'Golfer Quill Woods won, and Rapper Young Tolliver sang.', ['person:Quill Woods', 'person:Young Tolliver']],
    ['a possessive after the word for a trade makes it part of a title', 'It won a Girl\'s Best Friend award.', []],
    ['a noun for a country\'s people before a name describes the person', 'Briton Margaret Tolliver beat Frenchman Ada Quill and Veteran Spaniard Bo Quillmoor.', ['person:Ada Quill', 'person:Bo Quillmoor', 'person:Margaret Tolliver']],
    ['after "the", a full name before a word for a matter about the person is the person', 'Police reopened the Margaret Tolliver case.', ['person:Margaret Tolliver']],
    ['after "the", a full name before a word for a thing named after the person is not', 'Critics praised the Margaret Tolliver films.', []],
    ['a body head hyphenated to a word', 'She wrote for the Quill-Post for years.', ['institution:Quill-Post']],
    ['a country, then a full name', 'The envoy to Kenya Margaret Tolliver spoke.', ['country:Kenya', 'person:Margaret Tolliver']],
    ['a city of millions named like a word keeps its place at a sentence start', 'Lima hosted the fair.', ['city:Lima']],
    ['a smaller city named like a word does not', 'Reading matters more than ever.', []],
    ['a field label before a colon ends the name before it', 'Source: Quillton Herald Published: 2026-05-14', ['institution:Quillton Herald']],
    ['a quotation after a colon keeps the word before it in the name', 'Ada Quill told QBC Sport: "We are ready."', ['institution:QBC Sport', 'person:Ada Quill']],
    ["a broadcaster's number is a word of its name", 'Ada Quill told QBC Radio 4 and Channel 5 News so.', ['institution:Channel 5 News', 'institution:QBC Radio 4', 'person:Ada Quill']],
    ['a number after a place ends the name', 'In Kenya 24 people died.', ['country:Kenya']],
    ['one word for a body before a title', 'Then Army Lt. Col. Ada Quill testified.', ['institution:Army', 'person:Ada Quill']],
    ['one word for a body opening a title', 'Then House Speaker Ada Quill spoke.', ['institution:House', 'person:Ada Quill']],
    ['a body before a known name of two words is a name of its own', 'QBC White House correspondent Ada Quill asked.', ['institution:QBC', 'institution:White House', 'person:Ada Quill']],
    ['a word that names nothing alone stays in the name before a known one', 'The Royal Supreme Court sat.', ['institution:Royal Supreme Court']],
    ['a country after "of" and a word that names no one is still named', 'Quillers of Kenya beat Ferrants of Uganda 92-81 on Saturday.', ['country:Kenya', 'country:Uganda']],
    ['a body\'s head before "of" and a country keeps the whole name', 'The Bank of Kenya agreed.', ['institution:Bank of Kenya']],
    ['words of a people or faith name nothing alone', 'A Jewish Zionist group and an Irish-American Zionist spoke; Arab leaders met in Nairobi.', ['city:Nairobi']],
    ['a faith\'s word before a name is no part of it', 'Catholic Ada Quill spoke.', ['person:Ada Quill']],
    ['a faith\'s word that is a given name still opens a name', 'Christian Quillmoor smiled.', ['person:Christian Quillmoor']],
    ['a word for a trade of people and bodies alike does not make a given name a body', 'The film producer Ada Quill and the oil producer Quillpetro grew.', ['institution:Quillpetro', 'person:Ada Quill']],
    ['after "the", a full name before a word for a thing about the person is no group when its last word is a given name', 'Critics praised the Ada Charles biopic.', []],
    ['a word that ends the names of studios and labels', 'Margaret Pictures and Tolliver Records merged with Quill Films.', ['institution:Margaret Pictures', 'institution:Quill Films', 'institution:Tolliver Records']],
    ['a nationality between a team\'s possessive and its player', "Tolliford's Brazilian midfielder Zedinho scored.", ['institution:Tolliford', 'person:Zedinho']],
    ['a one-word firm before a role only a body has, then a name', 'Quillcorp chief executive Ada Varn said so.', ['institution:Quillcorp', 'person:Ada Varn']],
    ['a given name alone before a role only a body has and its holder is the body', 'Tamsin chief executive Ada Varn said so.', ['institution:Tamsin', 'person:Ada Varn']],
    ['a word opening a quotation before a plural verb is a body', 'Zedinho said: "Quillby are a big club."', ['institution:Quillby', 'person:Zedinho']],
    ['an ordinary word opening a quotation before a plural verb is no name', 'She said: "Journalists are wrong."', []],
    ['a single word listed with bodies is one of them', 'He has played for Harwick Rovers, Tamsin and Quillmoor Athletic.', ['institution:Harwick Rovers', 'institution:Quillmoor Athletic', 'institution:Tamsin']],
    ['a possessive last in a list owns what follows', 'He thanked the Quillton Herald and Tamsin\'s mother.', ['institution:Quillton Herald']],
    ['towns listed with a team are teams', 'Fans of Harwick Rovers, Kisumu and Mombasa cheered.', ['institution:Harwick Rovers', 'institution:Kisumu', 'institution:Mombasa']],
    ['towns listed alone stay towns', 'Offices in Kisumu, Mombasa and Arusha opened.', ['city:Arusha', 'city:Kisumu', 'city:Mombasa']],
    ['a town after a team and a comma alone is where it is', 'The Quillton Rovers ground, Mombasa was full.', ['city:Mombasa', 'institution:Quillton Rovers']],
    ['a name before a fixture\'s "v" is a team too', 'Tamsin v Kisumu kicks off at three.', ['institution:Kisumu', 'institution:Tamsin']],
    ['a faith\'s word inside a body\'s name stays', 'The Quillian Brotherhood and the Muslim Brotherhood met.', ['institution:Muslim Brotherhood', 'institution:Quillian Brotherhood']],
    ['a known place, then a party member\'s word, are two names', 'Rep. Ada Quill, an Ohio Republican, spoke.', ['institution:Republican', 'person:Ada Quill', 'region:Ohio']],
    ['a people\'s word before a known body names its branch', 'Ada Quill gave money to the Kenyan Red Cross.', ['institution:Kenyan Red Cross', 'person:Ada Quill']],
    ['an adjective before a known body names its branch', 'He wrote to the International Red Cross in 1993.', ['institution:International Red Cross']],
    ['a role modifier before a known body is no part of it', 'Former Red Cross chief Ada Quill spoke.', ['institution:Red Cross', 'person:Ada Quill']],
    ['a word that ends bodies\' names, after ordinary words', 'She left Harbour Ventures last year and joined Lantern International.', ['institution:Harbour Ventures', 'institution:Lantern International']],
    ['a body\'s name as a modifier after "a"', 'Ada Quill attended a Lantern International conference in Nairobi.', ['city:Nairobi', 'institution:Lantern International', 'person:Ada Quill']],
    ['a word that ends bodies\' names, after a place alone, names an event', 'Ada Quill won the Nairobi International last year.', ['person:Ada Quill']],
    ['a word that ends bodies\' names says nothing first', 'They watched the International Quill Station pass.', []],
    ['a name runs on across "in" when its acronym spells it', 'Ada Quill chairs the Office for Quill Safety and Cooperation in Kenya (OQSCK). The OQSCK met.', ['institution:Office for Quill Safety and Cooperation in Kenya', 'person:Ada Quill']],
    ['the acronym may spell the tail of the run', 'Ada Quill of the Quill Relief Force in Kenya (QRFK) spoke.', ['institution:Quill Relief Force in Kenya', 'person:Ada Quill']],
    ['a title of a body with no name after it names the body', 'She would like to see a Speaker of the House of Quillmen.', ['institution:House of Quillmen']],
    ['a body\'s name after a title does not end in "of"', 'Speaker of the House of Representatives Quillono spoke.', ['institution:House of Representatives', 'person:Quillono']],
    ['a body\'s head before "of" opens the sentence with its name', 'University of Quillia economist Ada Quill spoke.', ['institution:University of Quillia', 'person:Ada Quill']],
    ['"and" inside what a body is "on"', 'Ada Quill leads the National Center on Housing and Poverty.', ['institution:National Center on Housing and Poverty', 'person:Ada Quill']],
    ['ordinary words before a role word and a name employ the person', 'They watched Morning Business host Ada Quill.', ['institution:Morning Business', 'person:Ada Quill']],
    ['a code with digits before a programme is a product', 'Quillia left the X-35 programme.', []],
    ['two particles inside a personal name', 'Ines de la Quill met Jan van der Ferrant.', ['person:Ines de la Quill', 'person:Jan van der Ferrant']],
    ['an auxiliary opening a question is no name', 'Can Margaret Tolliver win?', ['person:Margaret Tolliver']],
    ['honorific', 'He said Mr. Ferrant had left.', ['person:Ferrant']],
    ['first name and surname', 'A letter from Margaret Tolliver arrived.', ['person:Margaret Tolliver']],
    ['East Asian family name first', 'A report by Wang Tiexin appeared.', ['person:Wang Tiexin']],
    ['organisation head word', 'She joined the Abcland Trade Association in May.', ['institution:Abcland Trade Association']],
    ['organisation named with of', 'He studied at the University of Quillshire.', ['institution:University of Quillshire']],
    ['"and" inside a body\'s of-phrase', 'She heads the Institute of Quill and Ferrant Studies.', ['institution:Institute of Quill and Ferrant Studies']],
    ['"and" between two bodies', 'He thanked the University of Quillshire and University of Ferrantby.', ['institution:University of Ferrantby', 'institution:University of Quillshire']],
    ['a name followed by a role word employs someone', 'Quillman Ferrantz analyst Ada Quill said so.', ['institution:Quillman Ferrantz', 'person:Ada Quill']],
    ['a titled person, then where they are from', 'Sen. Ada Quill of Nebraska voted no.', ['person:Ada Quill', 'region:Nebraska']],
    ['a head word after a title word makes a body', 'The Quillish General Assembly met.', ['institution:Quillish General Assembly']],
    ['four name words with a particle', 'President Ada Bo Quill da Ferrant spoke.', ['person:Ada Bo Quill da Ferrant']],
    ['a city named without its qualifier in the data', 'Bankers met in Frankfurt.', ['city:Frankfurt']],
    ['possessive plural inside a name', "She visited the Women's Centre on Friday.", ["institution:Women's Centre"]],
    ['news outlet from the lexicon', 'The minister told Reuters on Friday.', ['institution:Reuters']],
    ['building standing for an institution', 'The White House said nothing.', ['institution:White House']],
    ['cue word before a name', 'The daily Quillpost reported the story.', ['institution:Quillpost']],
    ['region head', 'Rain fell across Quill Province.', ['region:Quill Province']],
    ['compass word and a country', 'Floods hit Southern Kenya.', ['region:Southern Kenya']],
    ['world region', 'Trade with Southeast Asia grew.', ['region:Southeast Asia']],
    ['state from the data', 'She lives in Nebraska now.', ['region:Nebraska']],
    ['dependent territory is a region', 'Ships reached Greenland.', ['region:Greenland']],
    ['big city from the gazetteer', 'Prices rose in Osaka last year.', ['city:Osaka']],
    ['a city whose name starts with The keeps it', 'Judges in The Hague ruled.', ['city:The Hague']],
    ['demonyms are cues, not entities', 'Kenyan and South Korean officials met.', []],
    ['events and laws are not entities', 'The Quill Summit passed the Ferrant Act.', []],
    ['sentence openers are not names', 'Observers said little. Recalling it, others agreed.', []],
    ['a city named like a word opens a sentence as a word', 'Reading the report, she sighed. Nice weather helped.', []],
    ['the same cities after a preposition', 'She studied in Reading and moved to Nice.', ['city:Nice', 'city:Reading']],
    ['acronyms that are words are headings', 'LEAGUE TABLE', []],
    ['a company, then where it is', 'Quillmark Corp of Kenya said so.', ['country:Kenya', 'institution:Quillmark Corp']],
    ['a person, then the body', 'Ada Quill of the Ferrant Bank said so.', ['institution:Ferrant Bank', 'person:Ada Quill']],
    ['a name of unknown shape, then the party', 'Zhor Quillaq of the Ferrant Democratic Party spoke.', ['institution:Ferrant Democratic Party', 'person:Zhor Quillaq']],
    ['an opener before a full name stays out of it', 'Veteran Margaret Tolliver retired.', ['person:Margaret Tolliver']],
    ['hyphenated military rank', 'The unit was led by Major-General Ada Quill.', ['person:Ada Quill']],
    ['an opener before a country stays out of the name', 'Former Kenya captain Bo Ferrant retired.', ['country:Kenya', 'person:Bo Ferrant']],
    ['a place-based company', 'The Osaka-based Quillmark said profits rose.', ['city:Osaka', 'institution:Quillmark']],
    ['hyphenated countries', 'The Kenya-Peru talks ended.', ['country:Kenya', 'country:Peru']],
    ['known region with a lowercase head word', 'Storms crossed the Iberian peninsula.', ['region:Iberian peninsula']],
    ['initials mark a person', 'Later J. Quillson scored 84 runs.', ['person:J. Quillson']],
    ['a title word that is also a first name', 'Yesterday Dean Quillson scored.', ['person:Dean Quillson']],
    ['acronym opening a body name', 'Jets left RAF Quillford at dawn.', ['institution:RAF Quillford']],
    ['the Holy See is a known body', 'The envoy of the Holy See arrived on Monday.', ['institution:Holy See']],
    ['names joined by an ampersand are a firm', 'Shares in Quillby & Ferrant fell.', ['institution:Quillby & Ferrant']],
    ['two full personal names joined by an ampersand are two people', 'Ada Quill & Bo Ferrant sang.', ['person:Ada Quill', 'person:Bo Ferrant']],
    ['a city that is also an ordinary word, then a club word, is a team', 'He signed for Leicester City on Monday.', ['institution:Leicester City']],
    ['the place a member sits for, after a party word and a title', 'Bo Ferrant, the Labour MP for Leeds, resigned.', ['city:Leeds', 'institution:Labour', 'person:Bo Ferrant']],
    ['a compass word after the place names the seat', 'Bo Ferrant, the Conservative MP for Bristol West, resigned.', ['city:Bristol', 'institution:Conservative', 'person:Bo Ferrant']],
    ['a seat the data does not know makes no place of its first word', 'Bo Ferrant, Labour MP for West Quillham, spoke.', ['person:Bo Ferrant']],
    ['an unknown word, then a club word no one has for a surname, is a club', 'Bo Ferrant joined Quillmere Rovers and then Ferrantby FC.', ['institution:Ferrantby FC', 'institution:Quillmere Rovers', 'person:Bo Ferrant']],
    ['a subordinator opening a sentence is no part of a club\'s name', 'Once Quillmere Rovers reply, we will act.', ['institution:Quillmere Rovers']],
    ['a hyphenated name after "in" is no pair of small towns', 'Shares in Coca-Cola fell.', ['institution:Coca-Cola']],
    ['a name after a place and "-based" is a body, even one opening with a given name', 'A deal with Quillport-based Wells Ferrant fell through.', ['institution:Wells Ferrant']],
    ['a compound of ordinary words opening a sentence is no name word', 'Privately-held Ferrant Group bought two brands.', ['institution:Ferrant Group']],
    ['a word dating a role opening the sentence is no part of the body before the role', 'Former Quillport midfielder Bo Ferrant scored.', ['institution:Quillport', 'person:Bo Ferrant']],
    ['a party word before a full name is no part of it: it names the party', 'He faced Republican Margaret Tolliver in May.', ['institution:Republican', 'person:Margaret Tolliver']],
    ['a body\'s adjective opening a sentence alone is the adjective', 'Conservative estimates put the cost at a billion.', []],
    ['the main parties by the names news gives them', 'The Liberal Democrats and the Republicans met Democrats.', ['institution:Democrats', 'institution:Liberal Democrats', 'institution:Republicans']],
    ['a modifier between stacked titles', 'Then Chief Political Correspondent Bo Ferrant spoke.', ['person:Bo Ferrant']],
    ['a pope keeps the title in the name', 'It was Pope Quillian who spoke.', ['person:Pope Quillian']],
    ['a sentence opener that starts a known name stays in it', 'New York Times editors agreed.', ['institution:New York Times']],
    ['a title in the stop list still opens its name', 'Later, CEO of Quill Capital Bo Ferrant testified.', ['institution:Quill Capital', 'person:Bo Ferrant']],
    ['"Title of" a body whose name opens with a town', 'The CEO of Lisburn Capital Bo Ferrant testified.', ['institution:Lisburn Capital', 'person:Bo Ferrant']],
    ['common acronyms name no body', 'Sales of PCs and DVD players rose as the CPI fell.', []],
    ['an index is no entity', "March's Consumer Price Index report and the Quill Composite rose.", []],
    ['the towns after a noun for towns', 'Campaigners and the boroughs of Hillingdale and Wandsford objected.', ['city:Hillingdale', 'city:Wandsford']],
    ['a township is a town', 'A message came from neighbouring Quillsey Township.', ['city:Quillsey Township']],
    ['an isle', 'Ferries reach the Isle of Quill.', ['region:Isle of Quill']],
    ['a state that shares its name with a city of millions, where things happen', 'They met at a tower in New York.', ['city:New York']],
    ['a word before a known name of two words is no part of it', 'Senior White House officials agreed.', ['institution:White House']],
    ['a nationality after a team describes what follows', 'The owner of the Tampa Bay Quillers American football team spoke.', ['institution:Tampa Bay Quillers']],
    ['a name after a kin noun is a person', 'He hired the husband of his daughter, Quilla, as an adviser. His son Ferro’s business grew.', ['person:Ferro', 'person:Quilla']],
    ['a place\'s name alone with a plural verb is a team', 'Nairobi have not won since 1990, while Lima are fourth.', ['institution:Lima', 'institution:Nairobi']],
    ['a place\'s name with a plural verb after a preposition or in a list stays a place', 'Rents in Nairobi are high. Nairobi and Lima are big cities.', ['city:Lima', 'city:Nairobi']],
    ['a cue before a list of places reaches every name in it', 'It followed losses to Nairobi and Lima last week.', ['institution:Lima', 'institution:Nairobi']],
    ['fans of a place are a team\'s', 'Nairobi fans sang all night.', ['institution:Nairobi']],
    ['a place before a team word describes the team and stays a place', 'The Nairobi team reported its findings.', ['city:Nairobi']],
    ['a single player beaten stays a person', 'It was her first victory over Ada Quill.', ['person:Ada Quill']],
    ['a given name and a head word that is also a surname name a person after a role or before "said"', 'Defender Ada Bridge and the striker Tom Street scored. Victoria Street was closed, and police in Margaret Bridge said nothing.', ['person:Ada Bridge', 'person:Tom Street', 'region:Margaret Bridge', 'region:Victoria Street']],
    ['players with a nationality are people', 'Ada Quill ( Kenya ) beat Bo Ferrant ( Peru ) 6-3 6-4', ['country:Kenya', 'country:Peru', 'person:Ada Quill', 'person:Bo Ferrant']],
  ])('%s', (_name, body, expected) => {
    expect(entitiesOf(body)).toEqual(expected);
  });

  test('a known acronym in a title-case headline is a name there; a word in capitals is not', () => {
    const kinds = (text: string): string[] => extractEntities(text).entities.map((e) => `${e.kind}:${e.label}`);
    expect(kinds('Campaign Reopens GOP Wounds\n\nVoters left the hall.')).toEqual(['institution:GOP']);
    expect(kinds('VOTERS LEAVE CAPITOL HILL\n\nVoters left the hall.')).toEqual([]);
  });

  test('a run of capitals far longer than any name is skipped, not split recursively', () => {
    expect(entitiesOf(`${'Ada Quill of '.repeat(20000)}Kenya.`)).toEqual([]);
  });

  test("the last word of the headline is no cue for the name that opens the story", () => {
    const kinds = extractEntities('Quillmoor wins the group\n\nAda Quillmoor believes she can win.').entities.map((e) => `${e.kind}:${e.label}`);
    expect(kinds).toEqual(['person:Ada Quillmoor']);
  });

  test('a dateline city is required even when small', () => {
    expect(entitiesOf('QUILLTON, March 2 - Rain fell.')).toEqual(['city:Quillton']);
  });

  test('a sports headline is no dateline', () => {
    expect(entitiesOf('SOCCER - QUILLTON WIN\n\nThey won.')).toEqual([]);
  });

  test('the rule that decided each entity is recorded', () => {
    const [entity] = extractEntities('Headline\n\nVice President Ada Quill spoke.').entities;
    expect(entity?.rule).toContain('role-title');
  });

  test('a title is kept on the mention with the entity it belongs to', () => {
    const context = extractEntities("Headline\n\nNairobi's Mayor Ada Quill spoke. Kenyan President Bo Ferrant agreed in Kenya.");
    const byLabel = new Map(context.entities.map((e) => [e.label, e.id]));
    const mayor = context.mentions.find((m) => m.text === 'Ada Quill');
    expect(mayor?.title).toBe('Mayor');
    expect(mayor?.roleOf).toBe(byLabel.get('Nairobi'));
    const president = context.mentions.find((m) => m.text === 'Bo Ferrant');
    expect(president?.title).toBe('President');
    expect(president?.roleOf).toBe(byLabel.get('Kenya'));
  });

  test('mention offsets point at the name in the text', () => {
    const context = extractEntities('Headline\n\nOn Monday Secretary Ada Quill visited Osaka.');
    for (const m of context.mentions) expect(context.text.slice(m.start, m.end)).toBe(m.text);
    expect(context.mentions.map((m) => m.text)).toEqual(['Ada Quill', 'Osaka']);
  });
});
