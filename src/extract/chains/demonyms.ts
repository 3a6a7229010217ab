// Nationality adjectives ("Chinese", "Saudi Arabian") mapped to the country entity of the
// article they stand for, from the world-countries data: a role written after a demonym
// ("Chinese Vice President Ada Lin") ties the person to that country.
import countries from 'world-countries';
import { gazetteer } from '../entities/gazetteer';
import { lexiconRows } from '../lexicon';
import type { ArticleContext } from '../types';

const norm = (s: string): string => s.toLowerCase().replace(/[’']/g, "'").replace(/\./g, '').trim();

interface CountryWords {
  names: string[];
  adjectives: string[];
}

let table: CountryWords[] | undefined;
/** Positions in the table of the countries that go by each name, so an article checks only its own countries. */
let byCountryName: Map<string, number[]> | undefined;

/** For every country: the names it goes by and the adjectives that stand for it. */
function countryTable(): CountryWords[] {
  if (table) return table;
  // The names news uses that the data lacks ("Turkey", "Britain"), by country code.
  const variants = new Map<string, string[]>();
  for (const [name, code] of lexiconRows('country-variants')) if (name && code) variants.set(code, [...(variants.get(code) ?? []), name]);
  table = countries.map((c) => {
    const names = [c.name.common, c.name.official, c.cca2, c.cca3, ...c.altSpellings, ...(variants.get(c.cca3) ?? [])].map(norm);
    const demonyms = [c.demonyms?.['eng']?.m, c.demonyms?.['eng']?.f].filter((d): d is string => Boolean(d));
    // Short plain spellings ("Saudi") are used as adjectives too, and so is the first word of a
    // two-word name when it is no ordinary word ("Saudi" of "Saudi Arabia", not "New", "South");
    // codes and native forms are not.
    const first = /^([A-Z][a-z]{4,}) [A-Z][a-z]+$/.exec(c.name.common)?.[1];
    const plain = [...c.altSpellings.filter((s) => /^[A-Z][a-z]{3,}$/.test(s)), ...(first && !gazetteer().englishWords.has(first.toLowerCase()) ? [first] : [])];
    return { names, adjectives: [...demonyms, ...plain].map(norm) };
  });
  return table;
}

function countriesNamed(): Map<string, number[]> {
  if (!byCountryName) {
    const map = new Map<string, number[]>();
    countryTable().forEach((c, i) => {
      for (const n of c.names) map.set(n, [...(map.get(n) ?? []), i]);
    });
    byCountryName = map;
  }
  return byCountryName;
}

/** Lowercased adjective → id of the article's country entity it stands for. */
export function countryAdjectives(ctx: ArticleContext): Map<string, string> {
  const byName = new Map<string, string>();
  for (const e of ctx.entities) {
    if (e.kind !== 'country') continue;
    for (const n of [e.label, ...e.aliases]) byName.set(norm(n), e.id);
  }
  const out = new Map<string, string>();
  if (!byName.size) return out;
  const named = countriesNamed();
  const candidates = [...new Set([...byName.keys()].flatMap((n) => named.get(n) ?? []))].sort((a, b) => a - b);
  for (const i of candidates) {
    const c = countryTable()[i] as CountryWords;
    const id = c.names.map((n) => byName.get(n)).find(Boolean);
    if (!id) continue;
    for (const a of c.adjectives) if (!out.has(a)) out.set(a, id);
  }
  return out;
}
