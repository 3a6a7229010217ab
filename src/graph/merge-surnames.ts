// Short names several entities carry. A person an article names only by surname ("Brandt") is
// the one person of the corpus with that surname, and a bare name ("ABC") the one body that lists
// it as an alias (merge.ts); when two or more carry it, each article's bare name is tied to the
// one whose articles share its context — the role title it is named with, the entities named
// beside it — clearly more than any other's; failing that it stays a node of its own article,
// since guessing would join strangers.
import type { ExtractedEntity, Extraction } from '../extract/types';
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

class Context {
  private readonly byArticle = new Map<string, Group[]>();
  /** The role titles each entity of an article is named with. */
  private readonly titles = new Map<ExtractedEntity, Set<string>>();

  constructor(groups: readonly Group[], extractions: readonly Extraction[]) {
    for (const group of groups) {
      for (const { article } of group.members) {
        const list = this.byArticle.get(article);
        if (list === undefined) this.byArticle.set(article, [group]);
        else if (list[list.length - 1] !== group) list.push(group);
      }
    }
    for (const extraction of extractions) {
      let byId: Map<string, ExtractedEntity> | undefined;
      for (const mention of extraction.mentions ?? []) {
        if (mention.title === undefined) continue;
        byId ??= new Map(extraction.entities.map((e) => [e.id, e]));
        const entity = byId.get(mention.entity);
        if (entity === undefined) continue;
        const set = this.titles.get(entity) ?? new Set<string>();
        set.add(comparableName(mention.title));
        this.titles.set(entity, set);
      }
    }
  }

  /** The other groups named in these members' articles, and the titles the members carry. */
  of(members: readonly Member[], self: Group): { groups: Set<Group>; titles: Set<string> } {
    const groups = new Set<Group>();
    const titles = new Set<string>();
    for (const { article, entity } of members) {
      for (const g of this.byArticle.get(article) ?? []) if (g !== self) groups.add(g);
      for (const t of this.titles.get(entity) ?? []) titles.add(t);
    }
    return { groups, titles };
  }

  /**
   * For one bare name's candidates, by position: the candidates each group is named beside (in
   * some article of theirs) and the candidates each title is carried by.
   */
  indexOf(candidates: readonly Group[]): CandidateIndex {
    const beside = new Map<Group, number[]>();
    const titled = new Map<string, number[]>();
    candidates.forEach((candidate, i) => {
      for (const { article, entity } of candidate.members) {
        for (const g of this.byArticle.get(article) ?? []) if (g !== candidate) pushOnce(beside, g, i);
        for (const t of this.titles.get(entity) ?? []) pushOnce(titled, t, i);
      }
    });
    const scores = new Scores(candidates.length);
    const compact = new Map<Group, CandidateSet>();
    for (const [g, list] of beside) compact.set(g, scores.compact(list));
    return { candidates, beside: compact, titled, scores };
  }
}

interface CandidateIndex {
  candidates: readonly Group[];
  /** Group → the candidates it is named beside. */
  beside: Map<Group, CandidateSet>;
  titled: Map<string, number[]>;
  scores: Scores;
}

/** Candidates are indexed in order, so a candidate already listed is the last one. */
function pushOnce<K>(map: Map<K, number[]>, key: K, i: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

function piece(group: Group, members: Member[], more: Pick<Group, 'joins' | 'qualifier'>): Group {
  const aliases = new Set(members.flatMap((m) => m.entity.aliases.map(comparableName)));
  return { ...group, members, aliases, ambiguous: true, ...more };
}

/**
 * The candidate the context points to, if it clearly does: each group named here and beside a
 * candidate scores 1, a shared role title ROLE_SCORE; the best must reach MIN_SCORE and lead the
 * runner-up LEAD times over.
 */
function tiedTo(members: readonly Member[], self: Group, index: CandidateIndex, context: Context): Group | undefined {
  const here = context.of(members, self);
  const { scores } = index;
  scores.start(here.groups.size + ROLE_SCORE);
  for (const g of here.groups) {
    const beside = index.beside.get(g);
    if (beside !== undefined) scores.add(beside);
  }
  for (const t of here.titles) scores.markTwice(index.titled.get(t) ?? []);
  scores.addTwice();
  const { best, bestAt, runnerUp } = scores.top();
  return best >= MIN_SCORE && best > LEAD * runnerUp ? index.candidates[bestAt] : undefined;
}

/**
 * Splits each bare name that several entities carry into one group per article, each tied to
 * the one its context points to (`joins`) or left ambiguous.
 */
export function resolveSurnames(groups: Group[], extractions: readonly Extraction[]): Group[] {
  const holders = holdersOf(groups);
  let context: Context | undefined;
  return groups.flatMap((group) => {
    // A bare name: a surname, or any name of one word or an acronym that others carry.
    const bare = isBareSurname(group) || !group.name.includes(' ');
    const candidates = bare ? (holders.get(`${group.kind}\u0000${group.name}`) ?? []) : [];
    if (candidates.length < 2) return [group];
    context ??= new Context(groups, extractions);
    const index = context.indexOf(candidates);
    const byArticle = new Map<string, Member[]>();
    for (const m of group.members) {
      const members = byArticle.get(m.article);
      if (members === undefined) byArticle.set(m.article, [m]);
      else members.push(m);
    }
    const tied: Group[] = [];
    const untied: Member[] = [];
    const untiedArticles: string[] = [];
    for (const [article, members] of byArticle) {
      const joins = tiedTo(members, group, index, context as Context);
      if (joins === undefined) {
        untied.push(...members);
        untiedArticles.push(article);
      } else tied.push(piece(group, members, { joins }));
    }
    // Untied, a person's bare surname stays a node per article (two of them may be different
    // people); a body's short name means one body wherever the articles use it alone.
    if (untied.length === 0) return tied;
    if (group.kind !== 'person') return [...tied, piece(group, untied, {})];
    return [...tied, ...untiedArticles.map((article) => piece(group, byArticle.get(article) as Member[], untiedArticles.length > 1 ? { qualifier: article } : {}))];
  });
}
