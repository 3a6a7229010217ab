// The groups the cross-article merge starts from: every entity of every article, grouped by kind
// and name as the graph compares names (keys.ts), with what the later passes need to know.
import type { EntityKind } from '../types';
import type { ArticleDigest, DigestEntity } from './digest';
import { comparableName } from './keys';

export interface Member {
  article: string;
  entity: DigestEntity;
  /** The entity's place among every article's entities, counted across the articles in order. */
  slot: number;
}

export interface Group {
  kind: EntityKind;
  name: string;
  members: Member[];
  /** Normalised aliases of every member. */
  aliases: Set<string>;
  /** Normalised aliases this group does not own: another node carries them (acronyms.ts). */
  dropped?: Set<string>;
  /** Articles per kind when the articles disagreed on the kind (kinds.ts). */
  kindVotes?: Partial<Record<EntityKind, number>>;
  /** A bare surname two people of the corpus share: never merged by name alone. */
  ambiguous?: boolean;
  /** The full name the context of its article ties this bare surname to (surnames.ts). */
  joins?: Group;
  /** Told apart in the node key when one ambiguous surname gives a node per article. */
  qualifier?: string;
}

export function groupBySameName(extractions: readonly Pick<ArticleDigest, 'article' | 'entities'>[]): Group[] {
  const groups: Group[] = [];
  // By kind, then name: no key string is made for each entity.
  const byKind = new Map<EntityKind, Map<string, Group>>();
  let slot = 0;
  for (const extraction of extractions) {
    for (const entity of extraction.entities) {
      const name = comparableName(entity.label);
      let byName = byKind.get(entity.kind);
      if (byName === undefined) byKind.set(entity.kind, (byName = new Map()));
      let group = byName.get(name);
      if (group === undefined) {
        group = { kind: entity.kind, name, members: [], aliases: new Set() };
        byName.set(name, group);
        groups.push(group);
      }
      group.members.push({ article: extraction.article, entity, slot: slot++ });
      for (const alias of entity.aliases) group.aliases.add(comparableName(alias));
    }
  }
  return groups;
}

export function isBareSurname(group: Group): boolean {
  return group.kind === 'person' && group.name !== '' && !group.name.includes(' ');
}

/** The aliases other groups may find this one by. */
export function ownAliases(group: Group): string[] {
  return [...group.aliases].filter((alias) => group.dropped?.has(alias) !== true);
}
