// Frames for nouns naming a body's seat ("headquarters", "head office"): the body that owns the
// seat and the place it stands in. "Abc has its headquarters in Xyz", "Abc's headquarters in Xyz",
// "Abc's Xyz headquarters", "the Abc headquarters in Xyz", "Abc's headquarters are in Xyz".
import { expand } from '../../parse/predicates';
import type { NounPhrase } from '../../parse/types';
import type { Frame } from '../site';
import { governed, isPlace, ownerOf, prepsAround } from './arguments';

const IN = new Set(['in']);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'remain', 'remains', 'remained']);
const PLACES = new Set(['city', 'country', 'region']);

export const SEAT_FRAMES: Readonly<Record<string, Frame>> = {
  'seat-owner': (site) => {
    const np = site.np;
    if (!np || site.predicate) return [];
    const before = np.qualifiers.filter((q) => q.end <= site.match.start);
    // "the Abc headquarters": a body named right before the noun owns it when nothing else does.
    const owned = ownerOf(site).filter((o) => o.kind === 'institution');
    const owners = owned.length ? owned : before.filter((q) => q.kind === 'institution').map((q) => q.entity);
    const places: Array<NounPhrase | string> = before.filter((q) => PLACES.has(q.kind)).map((q) => q.entity);
    places.push(...governed(prepsAround(site), IN).filter(isPlace));
    // "Abc's headquarters are in Xyz".
    const copula = site.parse.predicates.find((p) => p.subject.includes(np) && COPULAS.has(p.cue));
    if (copula) places.push(...governed(copula.preps, IN).flatMap(expand).filter(isPlace));
    return owners.length && places.length ? [{ sources: owners, targets: places }] : [];
  },
};
