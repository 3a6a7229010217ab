// A JavaScript substring may share the memory of the whole string it was cut from, so a name or a
// sentence cut from a 30 MB article and kept (in a cache, in the graph) keeps all 30 MB alive. What
// is kept beyond one article takes a copy of its own instead.

/** The same text in memory of its own, decoded afresh from its bytes. */
export function ownString(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/**
 * Replaces every string held in an object or array, however deep, with a copy of its own; an
 * object reached twice is walked once, so what several holders share stays shared.
 */
export function ownStringsIn(holder: object, seen: WeakSet<object> = new WeakSet()): void {
  if (seen.has(holder)) return;
  seen.add(holder);
  const fields = holder as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    if (typeof value === 'string') fields[key] = ownString(value);
    else if (typeof value === 'object' && value !== null) ownStringsIn(value, seen);
  }
}
