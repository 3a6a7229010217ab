// A JavaScript substring may share the memory of the whole string it was cut from, so a name or a
// sentence cut from a 30 MB article and kept (in a cache, in the graph) keeps all 30 MB alive. What
// is kept beyond one article takes a copy of its own instead.

/** The same text in memory of its own, decoded afresh from its bytes. */
export function ownString(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
