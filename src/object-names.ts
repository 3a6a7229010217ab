// Names every plain JavaScript object already answers to (`constructor`, `toString`, `__proto__`,
// ...). Data must never be looked up by such a name with `in` or `obj[name]`: a closed vocabulary
// is checked with Object.hasOwn or a Map, and a node key that is one of them is refused, because
// graphology indexes neighbours in plain objects and such a key corrupts them.

const NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

export function isObjectName(name: string): boolean {
  return NAMES.has(name);
}

/** The value `record` holds under `key` itself, never one inherited from Object.prototype. */
export function ownValue<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
