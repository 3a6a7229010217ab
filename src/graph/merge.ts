// Decides which entities of different articles are the same real thing, so `kg build` gives
// one node per person, place or institution across the corpus:
//   1. the same name (compared without case, accents and dots: "U.S." = "US") and kind;
//   2. a name one article uses as the label and another lists as an alias ("Norland" beside
//      "Republic of Norland"), when the kinds agree and exactly one entity has that alias;
//   3. a person known only by a surname joins the one person of the corpus with that surname;
//      when two people share it, each article's bare surname stays its own node: guessing
//      would join strangers.
import type { Extraction, ExtractedEntity } from '../extract/types';
import type { EntityKind, NodeAttributes } from '../types';
import { comparableName, NodeKeys } from './keys';

export interface MergedNode {
  key: string;
  attributes: NodeAttributes;
}

export interface MergedEntities {
  /** In order of first appearance in the extractions. */
  nodes: MergedNode[];
  /** The node key of an article's entity, undefined when the entity id is unknown. */
  keyOf(article: string, entityId: string): string | undefined;
}

interface Member {
  article: string;
  entity: ExtractedEntity;
}

interface Group {
  kind: EntityKind;
  name: string;
  members: Member[];
  /** Normalised aliases of every member. */
  aliases: Set<string>;
  /** A bare surname two people of the corpus share: never merged into either. */
  ambiguous?: boolean;
  /** Told apart in the node key when one ambiguous surname gives a node per article. */
  qualifier?: string;
}

export function mergeEntities(extractions: readonly Extraction[]): MergedEntities {
  const groups = splitAmbiguousSurnames(groupBySameName(extractions));
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const index = indexNames(groups);
  groups.forEach((group, i) => {
    const target = aliasTarget(group, i, index);
    if (target !== undefined) parent[find(i)] = find(target);
  });

  const byRoot = new Map<number, Member[]>();
  groups.forEach((group, i) => {
    const root = find(i);
    const members = byRoot.get(root);
    if (members === undefined) byRoot.set(root, [...group.members]);
    else members.push(...group.members);
  });

  const keys = new NodeKeys();
  const keyByEntity = new Map<string, string>();
  const nodes: MergedNode[] = [];
  // Iterating groups in order keeps first-appearance order, hence stable keys.
  groups.forEach((group, i) => {
    const members = byRoot.get(i);
    if (members === undefined) return;
    const attributes = mergedAttributes(members);
    const key = keys.next(attributes.label, attributes.kind, group.qualifier);
    for (const { article, entity } of members) keyByEntity.set(entityRef(article, entity.id), key);
    nodes.push({ key, attributes });
  });
  return { nodes, keyOf: (article, entityId) => keyByEntity.get(entityRef(article, entityId)) };
}

function entityRef(article: string, entityId: string): string {
  return `${article}\u0000${entityId}`;
}

function groupBySameName(extractions: readonly Extraction[]): Group[] {
  const groups: Group[] = [];
  const byName = new Map<string, Group>();
  for (const extraction of extractions) {
    for (const entity of extraction.entities) {
      const name = comparableName(entity.label);
      const id = `${entity.kind}\u0000${name}`;
      let group = byName.get(id);
      if (group === undefined) {
        group = { kind: entity.kind, name, members: [], aliases: new Set() };
        byName.set(id, group);
        groups.push(group);
      }
      group.members.push({ article: extraction.article, entity });
      for (const alias of entity.aliases) group.aliases.add(comparableName(alias));
    }
  }
  return groups;
}

function isBareSurname(group: Group): boolean {
  return group.kind === 'person' && group.name !== '' && !group.name.includes(' ');
}

/**
 * How many people with a full name carry each word as a surname (a word of the name, or an
 * alias): counted once over all groups, so the check per bare surname is a lookup.
 */
function surnameHolders(groups: readonly Group[]): Map<string, number> {
  const holders = new Map<string, number>();
  for (const g of groups) {
    if (g.kind !== 'person' || !g.name.includes(' ')) continue;
    for (const word of new Set([...g.name.split(' '), ...g.aliases])) holders.set(word, (holders.get(word) ?? 0) + 1);
  }
  return holders;
}

/** A bare surname two people share may mean either in each article: one node per article. */
function splitAmbiguousSurnames(groups: Group[]): Group[] {
  const holders = surnameHolders(groups);
  return groups.flatMap((group) => {
    if (!isBareSurname(group) || (holders.get(group.name) ?? 0) < 2) return [group];
    const byArticle = new Map<string, Member[]>();
    for (const m of group.members) {
      const members = byArticle.get(m.article);
      if (members === undefined) byArticle.set(m.article, [m]);
      else members.push(m);
    }
    if (byArticle.size < 2) return [{ ...group, ambiguous: true }];
    return [...byArticle].map(([article, members]) => {
      const aliases = new Set(members.flatMap((m) => m.entity.aliases.map(comparableName)));
      return { ...group, members, aliases, ambiguous: true, qualifier: article };
    });
  });
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
    else if (!list.includes(i)) list.push(i);
  };
  groups.forEach((group, i) => {
    for (const alias of group.aliases) add(byAlias, `${group.kind}\u0000${alias}`, i);
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

function mergedAttributes(members: readonly Member[]): NodeAttributes {
  const first = members[0] as Member;
  const label = members.map((m) => m.entity.label).reduce((best, l) => (fullness(l) > fullness(best) ? l : best));
  const articles = new Set<string>();
  const aliasArticles = new Map<string, Set<string>>();
  let mentions = 0;
  for (const { article, entity } of members) {
    mentions += entity.mentions;
    articles.add(article);
    for (const alias of [entity.label, ...entity.aliases]) {
      if (alias === label) continue;
      const seen = aliasArticles.get(alias);
      if (seen === undefined) aliasArticles.set(alias, new Set([article]));
      else seen.add(article);
    }
  }
  return {
    label,
    kind: first.entity.kind,
    aliases: [...aliasArticles.keys()],
    mentions,
    articles: [...articles],
    aliasArticles: Object.fromEntries([...aliasArticles].map(([alias, seen]) => [alias, [...seen]])),
  };
}

/** The fullest name wins the label: more words, then more characters. */
function fullness(label: string): number {
  return label.split(/\s+/).length * 1000 + label.length;
}
