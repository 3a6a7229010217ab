// Short names several entities carry. A person an article names only by surname ("Brandt") is
// the one person of the corpus with that surname, and a bare name ("ABC") the one body that lists
// it as an alias (merge.ts); when two or more carry it, each article's bare name is tied to the
// one whose articles share its context — the role title it is named with, the entities named
// beside it — clearly more than any other's; failing that it stays a node of its own article,
// since guessing would join strangers.
import type { EntityKind } from '../types';
import type { ArticleDigest, DigestEntity } from './digest';
import { comparableName } from './keys';
import { isBareSurname, ownAliases, type Group, type Member } from './merge-groups';
import { Scores, type CandidateSet } from './merge-scores';

/** The least shared context that ties a surname, and how far it must lead the runner-up. */
const MIN_SCORE = 2;
const LEAD = 2;
/** A shared role title counts as much as this many shared co-mentioned entities. */
const ROLE_SCORE = 2;

/**
 * Who carries each short name, by kind: people with a full name carry each word of it as a
 * surname; any group carries its own aliases.
 */
function holdersOf(groups: readonly Group[]): Map<string, Group[]> {
  const holders = new Map<string, Group[]>();
  const add = (key: string, g: Group): void => {
    const list = holders.get(key);
    if (list === undefined) holders.set(key, [g]);
    else if (list[list.length - 1] !== g) list.push(g);
  };
  for (const g of groups) {
    const words = g.kind === 'person' && g.name.includes(' ') ? g.name.split(' ') : [];
    for (const name of new Set([...words, ...ownAliases(g)])) if (name !== g.name) add(`${g.kind}\u0000${name}`, g);
  }
  return holders;
}

const NO_TITLES: ReadonlySet<string> = new Set();

/** What the surname pass reads of an article: its entities and the role titles they are named with. */
type Titled = Pick<ArticleDigest, 'entities' | 'titles'>;

/**
 * What the articles name, with each group known by its number (its place in the groups), so
 * that walking the contexts of a bare name's candidates reads arrays instead of hashing groups.
 */
class Context {
  private readonly numbers = new Map<Group, number>();
  /** The groups each article names, by number, each once (groups are listed one after another). */
  private readonly byArticle = new Map<string, number[]>();
  /** The role titles each entity of an article is named with. */
  private readonly titles = new Map<DigestEntity, Set<string>>();
  /** For the bare name being scored, each group number's place in its index, else -1. */
  private readonly slots: Int32Array;
  private slotted: number[] = [];

  constructor(groups: readonly Group[], digests: readonly Titled[]) {
    groups.forEach((group, n) => {
      this.numbers.set(group, n);
      for (const { article } of group.members) {
        const list = this.byArticle.get(article);
        if (list === undefined) this.byArticle.set(article, [n]);
        else if (list[list.length - 1] !== n) list.push(n);
      }
    });
    this.slots = new Int32Array(groups.length).fill(-1);
    for (const digest of digests) {
      if (digest.titles.length === 0) continue;
      const byId = new Map(digest.entities.map((e) => [e.id, e]));
      for (const [id, titles] of digest.titles) {
        const entity = byId.get(id);
        if (entity === undefined) continue;
        const set = this.titles.get(entity) ?? new Set<string>();
        for (const title of titles) set.add(comparableName(title));
        this.titles.set(entity, set);
      }
    }
  }

  groupsIn(article: string): readonly number[] {
    return this.byArticle.get(article) ?? [];
  }

  titlesOf(entity: DigestEntity): ReadonlySet<string> {
    return this.titles.get(entity) ?? NO_TITLES;
  }

  /**
   * For one bare name's candidates, by position: the candidates each group named in the bare
   * name's own articles is named beside (in some article of theirs), and the candidates each
   * title is carried by. Groups the bare name is never named with are left out: they score
   * nothing, and most of a candidate's context is such groups. One index at a time: the next
   * one takes over the slots.
   */
  indexOf(candidates: readonly Group[], bare: Group, articles: Iterable<string>): CandidateIndex {
    const { slots } = this;
    for (const n of this.slotted) slots[n] = -1;
    this.slotted = [];
    const self = this.numbers.get(bare) ?? -1;
    const lists: number[][] = [];
    for (const article of articles) {
      for (const n of this.groupsIn(article)) {
        if (n === self || slots[n] !== -1) continue;
        slots[n] = lists.length;
        lists.push([]);
        this.slotted.push(n);
      }
    }
    const titled = new Map<string, number[]>();
    candidates.forEach((candidate, i) => {
      const own = this.numbers.get(candidate);
      for (const { article, entity } of candidate.members) {
        for (const n of this.groupsIn(article)) {
          const list = n === own ? undefined : lists[slots[n] as number];
          // Candidates are indexed in order, so a candidate already listed is the last one.
          if (list !== undefined && list[list.length - 1] !== i) list.push(i);
        }
        for (const t of this.titlesOf(entity)) {
          const list = titled.get(t);
          if (list === undefined) titled.set(t, [i]);
          else if (list[list.length - 1] !== i) list.push(i);
        }
      }
    });
    const scores = new Scores(candidates.length);
    return { candidates, self, slots, beside: lists.map((list) => scores.compact(list)), titled, scores };
  }
}

interface CandidateIndex {
  candidates: readonly Group[];
  /** The bare name's own group number. */
  self: number;
  /** Group number → its place in `beside`, for the groups the bare name's articles name. */
  slots: Int32Array;
  /** The candidates each such group is named beside. */
  beside: CandidateSet[];
  titled: Map<string, number[]>;
  scores: Scores;
}

function piece(group: Group, members: Member[], more: Pick<Group, 'joins' | 'qualifier'>): Group {
  const aliases = new Set(members.flatMap((m) => m.entity.aliases.map(comparableName)));
  return { ...group, members, aliases, ambiguous: true, ...more };
}

/**
 * The candidate the context points to (its position), if it clearly does: each group named here
 * and beside a candidate scores 1, a shared role title ROLE_SCORE; the best must reach MIN_SCORE
 * and lead the runner-up LEAD times over.
 */
function tiedTo(article: string, members: readonly Member[], index: CandidateIndex, context: Context): number | undefined {
  const named = context.groupsIn(article);
  const { scores, slots, beside } = index;
  scores.start(named.length + ROLE_SCORE);
  for (const n of named) if (n !== index.self) scores.add(beside[slots[n] as number] as CandidateSet);
  for (const { entity } of members) for (const t of context.titlesOf(entity)) scores.markTwice(index.titled.get(t) ?? []);
  scores.addTwice();
  const { best, bestAt, runnerUp } = scores.top();
  return best >= MIN_SCORE && best > LEAD * runnerUp ? bestAt : undefined;
}

/** A bare name's decisions: its candidates (`kind\0name`, in order), and the one each tied article joins (the others untied). */
export interface SurnameTies {
  candidates: string[];
  ties: Array<[article: string, candidate: number]>;
}

/** Every bare name's decisions in one merge, by `kind\0name`, and the names whose kind the corpus decided (merge-kinds.ts). */
export interface SurnameDecisions {
  decided: string[];
  names: Map<string, SurnameTies>;
}

/**
 * The decisions of the last merge, for a build that adds or removes a few articles. A bare name's
 * decision reads the articles naming it and its candidates, and which groups those articles name,
 * nothing else: so when no article naming it or a candidate came, changed or went (`touched`), its
 * candidates are the same, in the same order, and the kinds the corpus decided are the same (a
 * kind decided anew joins two groups, which changes what every article names), the last decision
 * stands. The merge fills `next` with this one's.
 */
export interface SurnameMemo {
  previous?: SurnameDecisions;
  /** `kind\0name` of the entities of every article added, changed or removed since. */
  touched: ReadonlySet<string>;
  next?: SurnameDecisions;
}

export const nameKey = (group: Pick<Group, 'kind' | 'name'>): string => `${group.kind}\u0000${group.name}`;

/** Adds to `touched` the keys of the groups an entity of a changed article may be in. */
export function touch(touched: Set<string>, label: string, kind: EntityKind): void {
  const name = comparableName(label);
  // A name typed person in one article and institution in another may be in either's group (merge-kinds.ts).
  if (kind === 'person' || kind === 'institution') {
    touched.add(nameKey({ kind: 'person', name }));
    touched.add(nameKey({ kind: 'institution', name }));
  } else touched.add(nameKey({ kind, name }));
}

/** The last decision of a bare name, when it stands (see SurnameMemo). */
function standing(memo: SurnameMemo | undefined, key: string, candidates: readonly string[]): SurnameTies | undefined {
  const last = memo?.previous?.names.get(key);
  if (last === undefined || memo?.touched.has(key) === true || last.candidates.length !== candidates.length) return undefined;
  for (let i = 0; i < candidates.length; i++) {
    if (last.candidates[i] !== candidates[i] || memo?.touched.has(candidates[i] as string) === true) return undefined;
  }
  return last;
}

/**
 * Splits each bare name that several entities carry into one group per article, each tied to
 * the one its context points to (`joins`) or left ambiguous. With a memo, the decisions of the
 * last merge that still stand are taken as they are.
 */
export function resolveSurnames(groups: Group[], digests: readonly Titled[], memo?: SurnameMemo): Group[] {
  const holders = holdersOf(groups);
  let context: Context | undefined;
  const decided = groups.filter((group) => group.kindVotes !== undefined).map(nameKey).sort();
  const previous = memo?.previous !== undefined && sameList(memo.previous.decided, decided) ? memo : undefined;
  const names = new Map<string, SurnameTies>();
  if (memo !== undefined) memo.next = { decided, names };
  return groups.flatMap((group) => {
    // A bare name: a surname, or any name of one word or an acronym that others carry.
    const bare = isBareSurname(group) || !group.name.includes(' ');
    const candidates = bare ? (holders.get(nameKey(group)) ?? []) : [];
    if (candidates.length < 2) return [group];
    const key = nameKey(group);
    const candidateKeys = candidates.map(nameKey);
    const byArticle = new Map<string, Member[]>();
    for (const m of group.members) {
      const members = byArticle.get(m.article);
      if (members === undefined) byArticle.set(m.article, [m]);
      else members.push(m);
    }
    let joinsIn: (article: string, members: readonly Member[]) => number | undefined;
    const last = standing(previous, key, candidateKeys);
    if (last !== undefined) {
      const ties = new Map(last.ties);
      joinsIn = (article) => ties.get(article);
    } else {
      context ??= new Context(groups, digests);
      const index = context.indexOf(candidates, group, byArticle.keys());
      const known = context;
      joinsIn = (article, members) => tiedTo(article, members, index, known);
    }
    const ties: SurnameTies['ties'] = [];
    const tied: Group[] = [];
    const untied: Member[] = [];
    const untiedArticles: string[] = [];
    for (const [article, members] of byArticle) {
      const at = joinsIn(article, members);
      if (at === undefined) {
        untied.push(...members);
        untiedArticles.push(article);
      } else {
        tied.push(piece(group, members, { joins: candidates[at] as Group }));
        ties.push([article, at]);
      }
    }
    names.set(key, last ?? { candidates: candidateKeys, ties });
    // Untied, a person's bare surname stays a node per article (two of them may be different
    // people); a body's short name means one body wherever the articles use it alone.
    if (untied.length === 0) return tied;
    if (group.kind !== 'person') return [...tied, piece(group, untied, {})];
    return [...tied, ...untiedArticles.map((article) => piece(group, byArticle.get(article) as Member[], untiedArticles.length > 1 ? { qualifier: article } : {}))];
  });
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
