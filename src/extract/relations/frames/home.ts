// Whether a person is at home in a place. News says "A met B in Abc" of a visitor and a host, and
// only the visitor travelled: a person whose role is held at the place, or whose role or
// nationality ties them to the country the place lies in, is its host.
import countries from 'world-countries';
import { countryCode, gazetteer, nameKey } from '../../entities/gazetteer';
import type { Doc, Frame, Pairing, Party } from '../site';

let alpha3: Map<string, string> | undefined;

/** The country a place lies in (a country is its own), from the country and city data. */
function countryOf(place: string, doc: Doc): string | undefined {
  const label = doc.ctx.entities.find((e) => e.id === place)?.label;
  const kind = doc.kindOf.get(place);
  if (!label) return undefined;
  if (kind === 'country') return countryCode(label);
  if (kind !== 'city') return undefined;
  alpha3 ??= new Map(countries.map((c) => [c.cca2, c.cca3]));
  const city = gazetteer().cities.get(nameKey(label));
  return city ? alpha3.get(city.country) : undefined;
}

export function atHome(person: string, place: string, doc: Doc): boolean {
  const roles = doc.rolesByPerson.get(person) ?? [];
  if (roles.some((r) => r.target === place)) return true;
  const code = countryOf(place, doc);
  if (!code) return false;
  const label = (id: string): string => doc.ctx.entities.find((e) => e.id === id)?.label ?? '';
  return roles.some((r) => (r.target && doc.kindOf.get(r.target) === 'country' && countryCode(label(r.target)) === code) || (r.nationality && countryCode(r.nationality) === code));
}

const ids = (parties: readonly Party[]): string[] => parties.flatMap((p) => (typeof p === 'string' ? [p] : p.refs));

/** A frame whose travellers are kept only where they are not at home ("A met B in Abc" of Abc's own mayor). */
export const away =
  (frame: Frame): Frame =>
  (site, doc) =>
    frame(site, doc).flatMap((pairing) => {
      const out: Pairing[] = [];
      for (const s of ids(pairing.sources)) for (const t of ids(pairing.targets)) if (!atHome(s, t, doc)) out.push({ ...pairing, sources: [s], targets: [t] });
      return out;
    });
