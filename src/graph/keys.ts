// Names as the graph compares them, and stable node keys: a slug of the label, so the same
// entity keeps its key from build to build and a key reads as the name it stands for
// ("Alma Torres" → "alma-torres").
import { isObjectName } from '../object-names';
import type { EntityKind } from '../types';

const PLAIN = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/**
 * How names are compared when entities merge across articles: case, accents, dots and apostrophes
 * do not tell two names apart ("U.S." = "US"); other punctuation and spacing become one space.
 */
export function comparableName(name: string): string {
  // Most names are plain words of ASCII letters and digits, one space apart: for them the steps
  // below come to lowering the case, and skipping them is most of the cost of grouping a corpus.
  if (PLAIN.test(name)) return name.toLowerCase();
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The comparable name with hyphens for spaces: names that merge get the same slug. */
export function slugify(label: string): string {
  return comparableName(label).replace(/ /g, '-');
}

/**
 * Hands out unique keys: the slug of the label; on a collision (the same name for two
 * different entities, e.g. a city and a region) the kind is appended, then a number.
 * A qualifier (an article id) tells apart nodes that deliberately share a label. A slug that
 * every JavaScript object already answers to ("constructor") is taken as used, since graphology
 * cannot hold such a key (see object-names.ts).
 * Callers must ask in a deterministic order for keys to be stable.
 */
export class NodeKeys {
  private readonly used = new Set<string>();

  next(label: string, kind: EntityKind, qualifier?: string): string {
    const name = slugify(label) || kind;
    const base = qualifier === undefined ? name : `${name}-${slugify(qualifier)}`;
    const taken = (key: string): boolean => this.used.has(key) || isObjectName(key);
    let key = taken(base) ? `${base}-${kind}` : base;
    for (let n = 2; taken(key); n++) key = `${base}-${kind}-${n}`;
    this.used.add(key);
    return key;
  }
}
