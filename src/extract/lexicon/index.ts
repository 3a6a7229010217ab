// Loads the plain-text lexicons beside this file: one entry per line, `#` lines are the header
// saying what belongs in the list and where it comes from; tab-separated columns where a list
// carries more than a name. Each list is read once and cached.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every list and what it means, so a reader finds them in one place: entity lists, then relation cues. */
export const LEXICONS = {
  'role-titles': 'role titles that stand before a name or describe a role',
  honorifics: 'forms of address (Mr, Mrs, Sir) that mark a person',
  'org-heads': 'words that make a capitalised name an organisation',
  peoples: 'adjectives of peoples and faiths no country gives (Jewish, Arab), which name nothing alone',
  'org-suffixes': 'words that make a capitalised name an organisation when they end it (Abc International)',
  'news-outlets': 'major news organisations',
  regions: 'continents, world regions and named areas',
  'region-heads': 'words that end region names (Province, Peninsula)',
  'institution-names': 'buildings and single words that stand for institutions',
  'stop-words': 'capitalised words that are never names',
  'name-particles': 'lowercase words inside names (of, de, van)',
  'person-cue-verbs': 'verbs after a bare name that mark a person',
  'east-asian-surnames': 'family names written first',
  'country-variants': 'country names the country data lacks',
  'demonym-nouns': 'nouns for a country\'s people the country data lacks (Briton, Spaniard), with the country',
  'event-heads': 'words that end names of events, laws and agreements (not entities)',
  'institution-cues': 'lowercase nouns before a name that make it an organisation',
  'venue-heads': 'words that end names of buildings and venues',
  'place-prefixes': 'words that open names of natural features and installations (Mount, Fort), with their kind',
  'abstract-suffixes': 'endings of abstract nouns (-ment, -tion) that end names of bodies, never of people',
  'matter-nouns': 'nouns after a full name that name a matter about the person (the Ada Lin case)',
  'team-suffixes': 'words that end names of clubs named after their town',
  'team-cues': 'result and fixture words around a sports team named after a place',
  'meeting-verbs': 'verbs and nouns saying two people met, with the frames that find the participants',
  'speech-verbs': 'verbs reporting that someone said something',
  'report-cues': 'verbs by which an outlet relays what someone said, with their frames',
  'speech-media': 'things words are said in (interview, statement, column), through which an outlet is named',
  'relay-words': 'people and documents through which an institution speaks',
  'press-roles': 'roles of journalists, whose words their outlet carries (correspondent, political editor)',
  'sister-city-cues': 'phrases stating a twinning of cities',
  'visit-cues': 'words saying a person travelled to the place that follows',
  'group-nouns': 'nouns for a group that travels together (delegation, mission), whose leader goes where it goes',
  'seat-cues': 'words saying where a body lies (based in, headquartered in)',
  'planned-cues': 'words making a relation planned or hoped for',
  'negation-cues': 'words denying a relation',
  'called-off-cues': 'words after a cue saying the event did not happen',
  'affiliation-roles': 'role nouns written after a name (an expert at X)',
  'role-modifiers': 'lowercase words that widen a role phrase (senior, energy, former)',
  'outlet-heads': 'words in or around a name that make an institution a news outlet',
  'publication-cues': 'words before "in" or "for" that make the name after them a publication',
  'state-abbreviations': 'US states as news agencies abbreviate them after a city (Calif., N.J.)',
  'title-qualifier-bodies': 'single words that name a body right before a role title (House Speaker)',
  'numbered-heads': 'name words a number may follow inside the name (Radio 4, Channel 5)',
  'separately-cues': 'words saying the people of a meeting met one by one, not at one table',
  'title-bodies': 'titles that name the body a role is held in (senator: the Senate)',
  'party-words': 'names and adjectives of political parties that qualify a role (the Republican governor)',
  'light-verbs': 'verbs whose object is an event their subject takes part in (held talks, paid a visit)',
  'avowal-verbs': 'verbs telling of or keeping quiet about an event their subject took part in (disclosed the meetings)',
  'gendered-words': 'forms of address and role nouns that say a person is a man or a woman',
  'post-nominals': 'letters after a person’s name (QC, MEP, Jr) that belong to the phrase naming the person',
  'function-words': 'lowercase words of grammar after which a capitalised word stands alone as a name',
  'seat-countries': 'seats of government and national bodies of one country (White House, Kremlin)',
  'body-nouns': 'nouns by which news refers back to a body it has named (the firm, the club, the ministry)',
  'person-nouns': 'nouns describing a person by trait or occupation (the singer, the billionaire)',
  'body-units': 'nouns for a part of a body that the body named before them owns (the Abc board, the Abc panel)',
} as const;

export type LexiconName = keyof typeof LEXICONS;

const rowsCache = new Map<LexiconName, string[][]>();

/** The lines of a list split into tab-separated columns, header and blank lines skipped. */
export function lexiconRows(name: LexiconName): string[][] {
  let rows = rowsCache.get(name);
  if (!rows) {
    rows = readFileSync(join(__dirname, `${name}.txt`), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split('\t'));
    rowsCache.set(name, rows);
  }
  return rows;
}

/** The first column of a list as a set. */
export function lexiconSet(name: LexiconName): Set<string> {
  return new Set(lexiconRows(name).map((row) => row[0] ?? ''));
}
