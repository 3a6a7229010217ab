// A JavaScript substring may share the memory of the whole string it was cut from, so a name or a
// sentence cut from a 30 MB article and kept (in a cache, in the graph) keeps all 30 MB alive. What
// is kept beyond one article takes a copy of its own instead.

/**
 * The same text in memory of its own: joined to a space, it is copied into a new flat string when
 * cut again, and what is cut from that holds only that copy (a fraction of the cost of encoding
 * the text to bytes and decoding it back).
 */
export function ownString(text: string): string {
  return ` ${text}`.slice(1);
}

/**
 * RegExp keeps the subject of the last match any expression made (the legacy `RegExp.input`), so
 * one last run on a sentence cut from an article keeps the whole article alive. A match on a
 * string of its own takes that place.
 */
export function forgetLastMatch(): void {
  /^/.test('');
}

/**
 * Replaces every string held in an object or array, however deep, with a copy of its own; an
 * object reached twice is walked once, so what several holders share stays shared, and equal
 * strings get one copy (`copies`, by text): a long article's 300,000 mentions name its entities
 * by a few thousand ids and names, which a copy each would hold many times over.
 */
export function ownStringsIn(holder: object, seen: WeakSet<object> = new WeakSet(), copies: Map<string, string> = new Map()): void {
  if (seen.has(holder)) return;
  seen.add(holder);
  const fields = holder as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    if (typeof value === 'string') {
      let copy = copies.get(value);
      if (copy === undefined) {
        copy = ownString(value);
        copies.set(value, copy);
      }
      fields[key] = copy;
    } else if (typeof value === 'object' && value !== null) ownStringsIn(value, seen, copies);
  }
}
