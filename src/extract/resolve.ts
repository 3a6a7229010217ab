// Coreference: one entity per real thing. Mentions are grouped by identity (a country's code)
// or by name key; then single words are tied to the full names they shorten: a surname (or an
// East Asian family name) to the one person who bears it, never to two; an acronym to the name
// it abbreviates, in brackets or by initials; a first word to the one organisation it starts;
// "Abc Province" and "Abc" to one region. The kind of a group is the one its most certain
// mention gives, and the label is the fullest name used.
import type { EntityKind } from '../types';
import type { Piece } from './entities/piece';
import { lexiconSet } from './lexicon';
import { gazetteer, nameKey } from './entities/gazetteer';
import type { ExtractedEntity, Mention } from './types';

/** A classified piece at its place in the text. */
export interface Found {
  piece: Piece;
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** The name stands where places stand ("in Abc"). */
  locative: boolean;
}

interface Group {
  key: string;
  found: Found[];
  kind: Piece['kind'];
  strength: number;
  rule: string;
  label?: string;
  /** Set when the group was folded into another one. */
  into?: Group;
}

export interface Resolved {
  entities: ExtractedEntity[];
  mentions: Mention[];
  /** The entity each name key (label or alias) resolves to, for linking later mentions. */
  byName: Map<string, ExtractedEntity>;
}

let particles: Set<string> | undefined;
let eastAsian: Set<string> | undefined;

function isEastAsianSurname(word: string): boolean {
  eastAsian ??= lexiconSet('east-asian-surnames');
  return eastAsian.has(word);
}

/** `acronyms` maps an acronym's name key to the name key of the name it followed in brackets. */
export function resolve(found: Found[], acronyms: Map<string, string>): Resolved {
  const groups = groupFound(found);
  linkAcronyms(groups, acronyms);
  linkShortNames(groups);
  return buildEntities(groups);
}

// Loops, not spreads: a long article gives one name tens of thousands of mentions.
function tokenCount(g: Group): number {
  let most = 0;
  for (const f of g.found) most = Math.max(most, f.piece.tokens.length);
  return most;
}
const root = (g: Group): Group => (g.into ? root(g.into) : g);

function groupFound(found: Found[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const f of found) {
    const key = f.piece.identity ?? nameKey(f.text);
    if (!key) continue;
    let g = groups.get(key);
    if (!g) {
      g = { key, found: [], kind: f.piece.kind, strength: -1, rule: f.piece.rule };
      groups.set(key, g);
    }
    g.found.push(f);
    if (f.piece.strength > g.strength) {
      g.kind = f.piece.kind;
      g.strength = f.piece.strength;
      g.rule = f.piece.rule;
    }
    if (f.piece.label) g.label = f.piece.label;
  }
  return groups;
}

function merge(from: Group, to: Group, rule: string): void {
  const target = root(to);
  if (target === from) return;
  from.into = target;
  for (const f of from.found) target.found.push(f);
  target.rule = `${target.rule}+${rule}`;
}

/** Acronyms in brackets after a name, then acronyms matching a name's initials. */
function linkAcronyms(groups: Map<string, Group>, acronyms: Map<string, string>): void {
  for (const [acronym, name] of acronyms) {
    const a = groups.get(acronym);
    const n = groups.get(name);
    if (a && n && a !== n && !a.into) merge(a, n, 'acronym-in-brackets');
  }
  particles ??= lexiconSet('name-particles');
  // Indexed by first letter, so each acronym is tried only against names that could fit it.
  const byLetter = new Map<string, Group[]>();
  for (const g of groups.values()) {
    if (g.into || (g.kind !== 'institution' && g.kind !== 'region' && g.kind !== 'person') || tokenCount(g) < 2) continue;
    const letter = nameKey(g.found[0]?.text ?? '').charAt(0);
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), g]);
  }
  for (const g of groups.values()) {
    if (g.into || tokenCount(g) !== 1 || (g.strength > 1 && g.kind !== 'institution') || !/^[A-Z.&]{2,8}$/.test(g.found[0]?.text ?? '')) continue;
    const acronym = g.key.replace(/ /g, '');
    const targets = (byLetter.get(acronym.charAt(0)) ?? []).filter((t) => abbreviates(acronym, nameWords(t)));
    if (targets.length === 1 && targets[0]) merge(g, targets[0], 'acronym-letters');
  }
}

function nameWords(g: Group): { word: string; optional: boolean }[] {
  const full = g.found.reduce((a, b) => (b.piece.tokens.length > a.piece.tokens.length ? b : a));
  return nameKey(full.text)
    .split(' ')
    .map((word) => ({ word, optional: particles?.has(word) ?? false }));
}

/**
 * Whether the acronym is spelt by the name's words in order, each word giving its first letter
 * and maybe one or two later ones, particles optional ("OPEC": Organization of the Petroleum
 * Exporting Countries; "AOC": Ada Okafor Cruz).
 */
function abbreviates(acronym: string, words: { word: string; optional: boolean }[], a = 0, w = 0): boolean {
  if (w === words.length) return a === acronym.length;
  const { word, optional } = words[w] as { word: string; optional: boolean };
  if (optional && abbreviates(acronym, words, a, w + 1)) return true;
  if (word[0] !== acronym[a]) return false;
  if (abbreviates(acronym, words, a + 1, w + 1)) return true;
  // Up to two more letters from inside the word.
  for (let i = 1; i < word.length && a + 1 < acronym.length; i++) {
    if (word[i] !== acronym[a + 1]) continue;
    if (abbreviates(acronym, words, a + 2, w + 1)) return true;
    for (let j = i + 1; j < word.length && a + 2 < acronym.length; j++) {
      if (word[j] === acronym[a + 2] && abbreviates(acronym, words, a + 3, w + 1)) return true;
    }
  }
  return false;
}

/** Surnames to people, first words to organisations, bare region names to "Abc Province". */
function linkShortNames(groups: Map<string, Group>): void {
  const bySurname = new Map<string, Group[]>();
  const byGivenName = new Map<string, Group[]>();
  const byMiddleName = new Map<string, Group[]>();
  const byFirstWord = new Map<string, Group[]>();
  const add = (map: Map<string, Group[]>, key: string, g: Group): void => {
    map.set(key, [...(map.get(key) ?? []), g]);
  };
  for (const g of groups.values()) {
    if (g.into || tokenCount(g) < 2) continue;
    const full = g.found.reduce((a, b) => (b.piece.tokens.length > a.piece.tokens.length ? b : a));
    const parts = full.piece.tokens.map((t) => nameKey(t.text));
    // "Ada Lin Jr.", "Bo Chen III": the surname is before the generation.
    if (parts.length > 2 && /^(?:[ivx]{1,4}|jr|sr)$/.test(parts[parts.length - 1] ?? '')) parts.pop();
    if (g.kind === 'person') {
      add(bySurname, parts[parts.length - 1] ?? '', g);
      if (parts.length <= 3 && isEastAsianSurname(full.piece.tokens[0]?.text ?? '')) add(bySurname, parts[0] ?? '', g);
      else add(byGivenName, parts[0] ?? '', g);
      for (const part of parts.slice(1, -1)) if (part.length > 2) add(byMiddleName, part, g);
    } else if (g.kind === 'institution' || g.kind === 'region') {
      add(byFirstWord, parts[0] ?? '', g);
    }
  }
  for (const g of groups.values()) {
    // One token, not one key word: a hyphenated surname ("Abc-Xyz") is one token with a two-word key.
    if (g.into || tokenCount(g) !== 1) continue;
    // A first name alone ("Ada") is the one person of that first name, when no surname fits.
    const bare = g.kind === 'person' || g.kind === 'unknown';
    const people = bySurname.get(g.key) ?? (bare ? (byGivenName.get(g.key) ?? byMiddleName.get(g.key)) : undefined);
    if (people && mayBePerson(g)) {
      // A surname two people share resolves to neither.
      if (people.length === 1 && people[0]) merge(g, people[0], 'surname');
      else g.kind = 'unknown';
      continue;
    }
    // Only a word that is no ordinary English word ("Abcorp" for "Abcorp Holdings").
    const bodies = byFirstWord.get(g.key);
    const bodyOrUnknown = g.kind === 'unknown' || g.kind === 'institution';
    if (bodies?.length === 1 && bodies[0] && bodyOrUnknown && !gazetteer().englishWords.has(g.key) && !PEOPLE_ADJECTIVE.test(g.key)) {
      merge(g, bodies[0], 'first-word');
    }
  }
}

// "European", "Javanese", "Flemish": adjectives of peoples, never short names of bodies.
const PEOPLE_ADJECTIVE = /(?:an|ese|ish)$/;

/** A single word may be a surname unless the data is sure it is a place used as one. */
function mayBePerson(g: Group): boolean {
  if (g.kind === 'person' || g.kind === 'unknown') return true;
  if (g.kind === 'country' || g.kind === 'region') return false;
  return g.found.every((f) => !f.locative);
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

