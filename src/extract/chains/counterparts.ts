// "his Japanese counterpart", "her Japanese and Korean counterparts": the person of that
// nationality the article named before with a role (the one named last when several), other than
// the owner of the description. A counterpart with no nationality names no one here.
import type { NounPhrase, SentenceParse } from '../parse/types';
import { lastWord } from '../parse/words';
import type { Discourse } from './discourse';
import { nationalitiesIn, nationalityIn, type RoleFact } from './roles';

const COUNTERPART = /^counterparts?$/;

export interface CounterpartContext {
  roles: readonly RoleFact[];
  labelOf: (entity: string) => string | undefined;
}

/** A role without the place it is held at ("foreign minister" of "Foreign Minister of Japan"). */
const office = (role: string): string => role.toLowerCase().replace(/ (?:of|at) .*$/, '');

const ownNoun = (np: NounPhrase): boolean => np.form === 'description' && COUNTERPART.test(lastWord(np.lower));

/**
 * Whether a phrase is a counterpart description ("his Japanese counterpart"), or a nationality
 * alone in a list that one ends ("his Japanese and Korean counterparts" chunked as two phrases).
 */
export function isCounterpart(np: NounPhrase, parse: SentenceParse): boolean {
  if (ownNoun(np)) return true;
  const last = np.list?.[np.list.length - 1];
  return np.form === 'description' && last !== undefined && last !== np && ownNoun(last) && nationalityIn(parse.words, np.start, np.end) !== undefined && np.end - np.start <= 2;
}

export function resolveCounterpart(np: NounPhrase, parse: SentenceParse, discourse: Discourse, ctx: CounterpartContext): string[] {
  const owners = new Set((np.possessor ?? np.list?.[0]?.possessor)?.refs ?? []);
  // Each nationality the description names ("Japanese and South Korean").
  const nationalities = nationalitiesIn(parse.words, np.start, ownNoun(np) ? np.end - 1 : np.end);
  // A singular counterpart has one nationality.
  if (!nationalities.length || (!/s$/.test(np.lower) && ownNoun(np) && nationalities.length > 1)) return [];
  const ownOffices = new Set(ctx.roles.filter((r) => r.role && owners.has(r.person)).map((r) => office(r.role)));
  const out: string[] = [];
  for (const nationality of nationalities) {
    const all = ctx.roles.filter((r) => r.role && !owners.has(r.person) && (r.nationality === nationality || (r.target !== undefined && ctx.labelOf(r.target) === nationality)));
    // The owner's own office first: a foreign minister's counterpart is a foreign minister.
    const same = all.filter((r) => ownOffices.has(office(r.role)));
    const holders = same.length ? same : all;
    let latest: string | undefined;
    for (const r of holders) if ((discourse.latest.get(r.person) ?? -1) > (discourse.latest.get(latest ?? '') ?? -1)) latest = r.person;
    if (latest !== undefined && discourse.latest.has(latest) && !out.includes(latest)) out.push(latest);
  }
  // Every nationality must find its person, or the description is not read.
  return out.length === nationalities.length ? out : [];
}
