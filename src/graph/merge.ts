// Decides which entities of different articles are the same real thing, so `kg build` gives
// one node per person, place or institution across the corpus. Each pass reads the groups the
// one before left, and all of them run in time linear in the number of entities:
//   1. the same name (compared without case, accents and dots: "U.S." = "US") and kind;
//   2. a name typed person in some articles and institution in others takes the kind most
//      articles give it (merge-kinds.ts);
//   3. a short name several bodies claim stays with its parent, not its parts (merge-acronyms.ts);
//   4. a bare surname or short name several entities carry is tied, article by article, to the
//      one its context points to, or kept apart (merge-surnames.ts);
//   5. a name one article uses as the label and another lists as an alias ("Norland" beside
//      "Republic of Norland") joins it when the kinds agree and exactly one entity has that
//      alias, and a bare surname joins the one person of the corpus with that surname.
import type { Extraction } from '../extract/types';
import type { NodeAttributes } from '../types';
import { digestOf, entityIndex, type ArticleDigest } from './digest';
import { comparableName, NodeKeys } from './keys';
import { settleShortNames } from './merge-acronyms';
import { groupBySameName, isBareSurname, ownAliases, type Group, type Member } from './merge-groups';
import { decideKinds } from './merge-kinds';
import { resolveSurnames, type SurnameMemo } from './merge-surnames';

export interface MergedNode {
  key: string;
  attributes: NodeAttributes;
}

export interface MergedEntities {
  /** In order of first appearance in the extractions. */
  nodes: MergedNode[];
  /** The node key of an article's entity, undefined when the entity id is unknown. */
  keyOf(article: string, entityId: string): string | undefined;
  /** The node key of the `entity`th entity of the `article`th input. */
  keyAt(article: number, entity: number): string | undefined;
}

export function mergeEntities(extractions: readonly Extraction[]): MergedEntities {
  return mergeDigests(extractions.map((e) => digestOf(e)));
}

/** What the merge reads of each article. */
export type MergeInput = Pick<ArticleDigest, 'article' | 'entities' | 'titles'>;

/** With `surnames`, the bare names' decisions of the last merge that still stand are kept (merge-surnames.ts). */
export function mergeDigests(digests: readonly MergeInput[], surnames?: SurnameMemo): MergedEntities {
  const kinds = decideKinds(groupBySameName(digests));
  settleShortNames(kinds);
  const groups = resolveSurnames(kinds, digests, surnames);
  const position = new Map(groups.map((group, i) => [group, i]));
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const index = indexNames(groups);
  groups.forEach((group, i) => {
    const target = group.joins === undefined ? aliasTarget(group, i, index) : position.get(group.joins);
    if (target !== undefined) parent[find(i)] = find(target);
  });

  // Each root's groups, in order; most nodes are one group, whose members need no copy.
  const joined = new Map<number, Group[]>();
  groups.forEach((group, i) => {
    const root = find(i);
    const list = joined.get(root);
    if (list === undefined) joined.set(root, [group]);
    else list.push(group);
  });

  const keys = new NodeKeys();
  // Each entity's node by its slot (merge-groups.ts): no string is made or hashed to find it.
  const keyBySlot: string[] = [];
  const nodes: MergedNode[] = [];
  // Iterating groups in order keeps first-appearance order, hence stable keys.
  groups.forEach((group, i) => {
    const parts = joined.get(i);
    if (parts === undefined) return;
    const members = parts.length === 1 ? group.members : parts.flatMap((part) => part.members);
    const attributes = mergedAttributes(group, members, droppedBy(parts));
    const key = keys.next(attributes.label, attributes.kind, group.qualifier);
    for (const { slot } of members) keyBySlot[slot] = key;
    nodes.push({ key, attributes });
  });
  const firstSlot: number[] = [];
  let slots = 0;
  for (const digest of digests) {
    firstSlot.push(slots);
    slots += digest.entities.length;
  }
  const keyAt = (article: number, entity: number): string | undefined =>
    entity < 0 || entity >= ((digests[article] as MergeInput | undefined)?.entities.length ?? 0) ? undefined : keyBySlot[(firstSlot[article] as number) + entity];
  let byArticle: Map<string, number> | undefined;
  const keyOf = (article: string, entityId: string): string | undefined => {
    byArticle ??= new Map(digests.map((digest, n) => [digest.article, n]));
    const n = byArticle.get(article);
    return n === undefined ? undefined : keyAt(n, entityIndex(digests[n] as MergeInput)(entityId));
  };
  return { nodes, keyOf, keyAt };
}

const NONE: ReadonlySet<string> = new Set();

/** The aliases that belong to other nodes, from every group of one node. */
function droppedBy(parts: readonly Group[]): ReadonlySet<string> {
  let dropped: Set<string> | undefined;
  for (const part of parts) for (const alias of part.dropped ?? []) (dropped ??= new Set()).add(alias);
  return dropped ?? NONE;
}

interface NameIndex {
  /** kind + normalised alias → groups listing it. */
  byAlias: Map<string, number[]>;
  /** Last word of a full person name → groups. */
  bySurname: Map<string, number[]>;
}

function indexNames(groups: readonly Group[]): NameIndex {
  const byAlias = new Map<string, number[]>();
  const bySurname = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [i]);
    // Groups are indexed in order, so a group already listed is the last one.
    else if (list[list.length - 1] !== i) list.push(i);
  };
  groups.forEach((group, i) => {
    for (const alias of ownAliases(group)) add(byAlias, `${group.kind}\u0000${alias}`, i);
    if (group.kind === 'person' && group.name.includes(' ')) add(bySurname, group.name.split(' ').pop() as string, i);
  });
  return { byAlias, bySurname };
}

/** The one other group this group's name is an alias (or the surname) of, if exactly one. */
function aliasTarget(group: Group, self: number, index: NameIndex): number | undefined {
  if (group.ambiguous === true) return undefined;
  const candidates = new Set(index.byAlias.get(`${group.kind}\u0000${group.name}`) ?? []);
  if (isBareSurname(group)) for (const i of index.bySurname.get(group.name) ?? []) candidates.add(i);
  candidates.delete(self);
  return candidates.size === 1 ? [...candidates][0] : undefined;
}

/** The node of a group and everything joined to it; `dropped` aliases belong to other nodes. */
function mergedAttributes(group: Group, members: readonly Member[], dropped: ReadonlySet<string>): NodeAttributes {
  const label = fullestLabel(members);
  const articles = new Set<string>();
  const aliasArticles = new Map<string, Set<string>>();
  const addAlias = (alias: string, article: string): void => {
    if (alias === label || (dropped.size > 0 && dropped.has(comparableName(alias)))) return;
    const seen = aliasArticles.get(alias);
    if (seen === undefined) aliasArticles.set(alias, new Set([article]));
    else seen.add(article);
  };
  let mentions = 0;
  for (const { article, entity } of members) {
    mentions += entity.mentions;
    articles.add(article);
    addAlias(entity.label, article);
    for (const alias of entity.aliases) addAlias(alias, article);
  }
  const attributes: NodeAttributes = {
    label,
    kind: group.kind,
    aliases: [...aliasArticles.keys()],
    mentions,
    articles: [...articles],
    aliasArticles: Object.fromEntries([...aliasArticles].map(([alias, seen]) => [alias, [...seen]])),
  };
  if (group.kindVotes !== undefined) attributes.kindVotes = group.kindVotes;
  return attributes;
}

/** The fullest name wins the label: more words, then more characters; the first of equals. */
function fullestLabel(members: readonly Member[]): string {
  let best = (members[0] as Member).entity.label;
  let bestFullness = fullness(best);
  let last = best;
  for (const { entity } of members) {
    // Labels repeat member after member: one measured is one measured again.
    if (entity.label === last || entity.label === best) continue;
    last = entity.label;
    const f = fullness(last);
    if (f > bestFullness) {
      best = last;
      bestFullness = f;
    }
  }
  return best;
}

function fullness(label: string): number {
  return label.split(/\s+/).length * 1000 + label.length;
}
