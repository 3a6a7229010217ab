// Frames that put a speaker where they spoke: "A said on Friday in Abc", "A told reporters in
// Abc", "A said at a news conference in Abc". The place must follow the verb with nothing
// between but a time, the hearer (for verbs that take one) or the occasion, so a place inside
// what was said ("A said the bombing in Abc killed ten") is not where A was; nor is home a visit.
import { expand } from '../../parse/predicates';
import type { NounPhrase, PrepPhrase, Word } from '../../parse/types';
import type { Frame, Site } from '../site';
import { isPlace } from './arguments';
import { away } from './home';

/** Words of a time between a verb and its place ("said late on Friday in Abc"). */
const TIME =
  /^(?:on|last|this|late|early|earlier|later|yesterday|today|tonight|morning|afternoon|evening|night|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** The first word after `from` that is no time word. */
function pastTime(words: readonly Word[], from: number): number {
  let i = from;
  while (TIME.test(words[i]?.lower ?? '')) i++;
  return i;
}

/** The places named right at word `at`: "in Abc", or an occasion "at a news conference in Abc". */
function placesAt(preps: readonly PrepPhrase[], at: number): NounPhrase[] {
  const pp = preps.find((x) => x.np.start === at + 1);
  if (!pp) return [];
  if (pp.prep === 'in') return isPlace(pp.np) ? expand(pp.np).filter(isPlace) : [];
  const where = pp.prep === 'at' && pp.np.form === 'description' ? pp.np.post[0] : undefined;
  return where?.prep === 'in' && isPlace(where.np) ? expand(where.np).filter(isPlace) : [];
}

const presence =
  (hearer: boolean): Frame =>
  (site: Site) => {
    const p = site.predicate;
    if (!p || p.voice === 'passive') return [];
    const words = site.parse.words;
    let at = pastTime(words, p.end);
    const heard = hearer ? p.object.find((o) => o.start === at) : undefined;
    if (heard) at = pastTime(words, heard.end);
    const places = placesAt(p.preps, at);
    return places.length ? [{ sources: p.subject, targets: places }] : [];
  };

export const PRESENCE_FRAMES: Readonly<Record<string, Frame>> = {
  /** "A said on Friday in Abc", "A said at a news conference in Abc". */
  'speaker-in': away(presence(false)),
  /** "A told reporters in Abc", "A told a rally on Sunday in Abc". */
  'hearer-in': away(presence(true)),
};
