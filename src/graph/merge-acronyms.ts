// Short names several bodies claim. Articles about "Abc Radio" and "Abc Sport" each list "Abc" as
// an alias, yet "Abc" alone is the parent body, not any of its parts: so a short name is taken
// from every claimant that only extends it with other words ("Abc Radio") when the corpus names
// it on its own, when its parent claims it too, or when two parts claim it. The parent is the
// claimant that spells it ("Alpha Beta Corporation" for "ABC") or adds only a legal form ("Abc
// Party"). A name that only adds a legal form shows its short name itself, so such a group
// claims it even when no article listed it as an alias, and a bare "Abc" joins it (merge.ts);
// initials alone never join two names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Group } from './merge-groups';

const LEGAL_FORMS = new Set(
  readFileSync(join(__dirname, 'lexicon', 'legal-forms.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim().toLowerCase())
    .filter((line) => line !== '' && !line.startsWith('#')),
);
/** Words an acronym skips ("Bank of Abc" → "BA"). */
const SKIPPED = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'la', 'le', 'des', 'del']);

function initials(name: string): string {
  return name
    .split(' ')
    .filter((w) => !SKIPPED.has(w))
    .map((w) => w[0] ?? '')
    .join('');
}

/** The name before a legal form ("abc" for "abc party"), if the name ends in one. */
function withoutLegalForm(group: Group): string | undefined {
  if (group.kind === 'person') return undefined;
  const words = group.name.split(' ');
  let end = words.length;
  while (end > 1 && LEGAL_FORMS.has(words[end - 1] as string)) end--;
  return end < words.length ? words.slice(0, end).join(' ') : undefined;
}

function isParent(group: Group, short: string): boolean {
  return withoutLegalForm(group) === short || (group.name.includes(' ') && initials(group.name) === short);
}

/** Sets `dropped` on the parts that claimed a short name, and adds implied ones to parents. */
export function settleShortNames(groups: readonly Group[]): void {
  const named = new Set(groups.map((g) => `${g.kind}\u0000${g.name}`));
  const claims = new Map<string, Group[]>();
  for (const group of groups) {
    const short = withoutLegalForm(group);
    if (short !== undefined && named.has(`${group.kind}\u0000${short}`)) group.aliases.add(short);
    for (const alias of group.aliases) {
      if (alias === group.name || !/\S/.test(alias)) continue;
      const id = `${group.kind}\u0000${alias}`;
      const list = claims.get(id);
      if (list === undefined) claims.set(id, [group]);
      else list.push(group);
    }
  }
  for (const [id, claimants] of claims) {
    const short = id.slice(id.indexOf('\u0000') + 1);
    const parts = claimants.filter((g) => g.name.startsWith(`${short} `) && !isParent(g, short));
    if (parts.length === 0) continue;
    const parent = claimants.some((g) => isParent(g, short));
    if (!named.has(id) && !parent && parts.length < 2) continue;
    for (const part of parts) (part.dropped ??= new Set()).add(short);
  }
}
