// Coreference: one entity per real thing. Mentions are grouped by identity (a country's code)
// or by name key (name-groups.ts); acronyms are tied to the names they abbreviate (acronyms.ts)
// and short names to the full names they shorten (short-names.ts). The kind of a group is the one
// its most certain mention gives, and the label is the fullest name used.
import type { EntityKind } from '../types';
import { linkAcronyms } from './acronyms';
import type { Piece } from './entities/piece';
import { nameKey } from './entities/gazetteer';
import { groupFound, root, type Found, type Group } from './name-groups';
import { linkShortNames } from './short-names';
import type { ExtractedEntity, Mention } from './types';

export type { Found };

export interface Resolved {
  entities: ExtractedEntity[];
  mentions: Mention[];
  /** The entity each name key (label or alias) resolves to, for linking later mentions. */
  byName: Map<string, ExtractedEntity>;
}

/** `acronyms` maps an acronym's name key to the name key of the name it followed in brackets. */
export function resolve(found: Found[], acronyms: Map<string, string>): Resolved {
  const groups = groupFound(found);
  linkAcronyms(groups, acronyms);
  linkShortNames(groups);
  return buildEntities(groups);
}

function buildEntities(groups: Map<string, Group>): Resolved {
  const entities: ExtractedEntity[] = [];
  const mentions: Mention[] = [];
  const byName = new Map<string, ExtractedEntity>();
  const ids = new Set<string>();
  const entityOf = new Map<Group, ExtractedEntity>();
  for (const g of groups.values()) {
    if (g.into || g.kind === 'unknown') continue;
    const kind: EntityKind = g.kind;
    const label = g.label ?? fullest(g.found);
    const labelKey = nameKey(label);
    const byKey = new Map<string, string>();
    for (const f of g.found) {
      const key = nameKey(f.text);
      if (key !== labelKey && !byKey.has(key)) byKey.set(key, f.text);
    }
    const entity: ExtractedEntity = { id: uniqueId(labelKey, ids), label, kind, aliases: [...byKey.values()], mentions: g.found.length, rule: g.rule };
    entities.push(entity);
    entityOf.set(g, entity);
    for (const key of [labelKey, ...byKey.keys()]) if (!byName.has(key)) byName.set(key, entity);
  }
  const groupOfPiece = new Map<Piece, Group>();
  for (const g of groups.values()) for (const f of g.found) groupOfPiece.set(f.piece, root(g));
  for (const g of groups.values()) {
    const entity = entityOf.get(g);
    if (!entity) continue;
    for (const f of g.found) {
      const mention: Mention = { entity: entity.id, start: f.start, end: f.end, text: f.text, sentence: f.sentence };
      if (f.piece.title) mention.title = f.piece.title;
      const owner = roleOwner(f.piece, groupOfPiece, entityOf, byName);
      if (owner) mention.roleOf = owner.id;
      mentions.push(mention);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions, byName };
}

function roleOwner(
  piece: Piece,
  groupOfPiece: Map<Piece, Group>,
  entityOf: Map<Group, ExtractedEntity>,
  byName: Map<string, ExtractedEntity>,
): ExtractedEntity | undefined {
  const owner = piece.roleOf;
  if (!owner) return undefined;
  if ('tokens' in owner) {
    const g = groupOfPiece.get(owner);
    return g ? entityOf.get(g) : undefined;
  }
  return byName.get(nameKey(owner.label));
}

/** The name with the most words; the first such in the text. */
function fullest(found: Found[]): string {
  let best = found[0] as Found;
  for (const f of found) if (f.piece.tokens.length > best.piece.tokens.length) best = f;
  return best.text;
}

function uniqueId(labelKey: string, ids: Set<string>): string {
  const base = labelKey.replace(/ /g, '-') || 'entity';
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  return id;
}

