// Frames for cue nouns that pair two named things around them: a copula ("A and B are sister
// cities", "A is B's sister city", "A is a sister city of B"), a possessor with the name the noun
// introduces ("A's sister city B", "A's sister city, B", "B, its sister city"), and a list after
// "for" ("sister-city status for A and B").
import { expand } from '../../parse/predicates';
import type { NounPhrase, SentenceParse } from '../../parse/types';
import type { Frame, Pairing, Party, Site } from '../site';
import { governed, objectOf } from './arguments';

const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'become', 'became', 'becomes', 'remain', 'remains', 'remained']);
/** Verbs by which a noun lists its members ("Abc's sister cities include X, Y and Z"). */
const LISTING = new Set(['include', 'includes', 'included', 'comprise', 'comprises', 'are', 'were']);

function pairsWithin(nps: readonly NounPhrase[]): Pairing[] {
  const out: Pairing[] = [];
  for (let i = 0; i < nps.length; i++) for (let j = i + 1; j < nps.length; j++) out.push({ sources: [nps[i] as NounPhrase], targets: [nps[j] as NounPhrase] });
  return out;
}

/** The phrase a possessive pronoun of a place stands for: the nearest place named before it. */
function placeOwner(parse: SentenceParse, owner: NounPhrase, like: NounPhrase[]): Party[] {
  if (owner.form !== 'pronoun') return expand(owner);
  const taken = new Set(like.flatMap((np) => np.refs));
  if (owner.refs.length && owner.refs.every((r) => !taken.has(r))) return [...owner.refs];
  const kinds = new Set(like.map((np) => np.kind));
  const before = parse.nps.filter((np) => np.form === 'name' && np.end <= owner.start && kinds.has(np.kind) && !like.includes(np));
  const nearest = before[before.length - 1];
  return nearest ? [nearest] : [];
}

export const NOUN_FRAMES: Readonly<Record<string, Frame>> = {
  /** "A and B are sister cities", "A is B's sister city", "A is a sister city of B". */
  copula: (site: Site) => {
    const np = site.np;
    const verb = np ? objectOf(site.parse, np) : undefined;
    if (!np || !verb || !COPULAS.has(verb.cue)) return [];
    const subjects = verb.subject.flatMap(expand);
    const partners = [...(np.possessor ? expand(np.possessor) : []), ...governed(np.post, new Set(['of', 'with', 'to']))];
    return partners.length ? [{ sources: subjects, targets: partners }] : pairsWithin(subjects);
  },
  /** "Abc's sister cities include X, Y and Z": the owner with each member. */
  members: (site: Site) => {
    const np = site.np;
    const verb = np ? site.parse.predicates.find((p) => p.subject.includes(np) && LISTING.has(p.cue)) : undefined;
    if (!np?.possessor || !verb) return [];
    const listed = verb.object.flatMap(expand).filter((x) => x.refs.length);
    return listed.length ? [{ sources: placeOwner(site.parse, np.possessor, listed), targets: listed }] : [];
  },
  /** "Sister cities Abc and Xyz marked 30 years": the names the noun introduces, paired. */
  'name-list': (site: Site) => {
    const np = site.np;
    return np?.form === 'name' && np.list && np.list[0] === np ? pairsWithin(np.list) : [];
  },
  /** "A's sister city B", "A's sister city, B", "B, its sister city", "B, A's sister city". */
  'possessor-name': (site: Site) => {
    const phrase = site.np;
    const parse = site.parse;
    // "Bursa, the sister city of Darmstadt": the apposition with the place after "of".
    const of = phrase?.post[0]?.prep === 'of' && phrase.post[0].np.form === 'name' ? phrase.post[0].np : undefined;
    if (phrase && !phrase.possessor && of && phrase.appositive?.form === 'name') return [{ sources: [phrase.appositive], targets: [of] }];
    if (!phrase?.possessor) return [];
    // A singular noun names one partner even when its apposition stands in a list ("A and B, its sister city").
    const appositive = phrase.appositive?.form === 'name' ? phrase.appositive : undefined;
    const partner = phrase.form === 'name' ? [phrase] : appositive ? (/s$/.test(phrase.lower) ? expand(appositive) : [appositive]) : [];
    if (!partner.length) return [];
    return [{ sources: placeOwner(parse, phrase.possessor, partner), targets: partner }];
  },
  /** "Abc counts Xyz among its sister cities", "Xyz is one of Abc's sister cities". */
  among: (site: Site) => {
    const np = site.np;
    if (!np?.possessor || (np.prep !== 'among' && np.prep !== 'of')) return [];
    const verb = site.parse.predicates.find((p) => p.preps.some((pp) => pp.np === np) || p.object.some((o) => o.post.some((pp) => pp.np === np)));
    if (!verb) return [];
    const partners = (verb.object.some((o) => o.refs.length) ? verb.object : verb.subject).flatMap(expand).filter((x) => x.refs.length);
    return partners.length ? [{ sources: placeOwner(site.parse, np.possessor, partners), targets: partners }] : [];
  },
  /** "A and B signed a sister-city agreement": the subjects of the verb taking the noun, paired, when no partner is named. */
  'subject-pair': (site: Site) => {
    const np = site.np;
    const verb = np ? objectOf(site.parse, np) : undefined;
    if (!np || !verb || verb.voice === 'passive' || COPULAS.has(verb.cue)) return [];
    if (governed([...verb.preps, ...np.post], new Set(['with', 'between', 'among'])).some((x) => x.refs.length)) return [];
    return pairsWithin(verb.subject.flatMap(expand));
  },
  /** "sister-city status for A and B". */
  'for-list': (site: Site) => (site.np ? pairsWithin(governed(site.np.post, new Set(['for']))) : []),
};
