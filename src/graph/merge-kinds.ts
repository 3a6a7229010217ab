// The kind of a name the articles disagree on, decided by the corpus: a name typed `person` in
// some articles and `institution` in others is an institution when at least two thirds of those
// articles say so, so a company one article took for a person ("Abc said on Monday") joins the
// company. The vote is kept on the node (`kindVotes`) as the evidence. A person majority decides
// nothing: the extractor's mistakes lean that way (a company named like a first name is taken
// for a person in article after article), so such names stay apart.
import type { Group } from './merge-groups';

const DISPUTED = ['person', 'institution'] as const;
const MAJORITY = 2 / 3;

export function decideKinds(groups: readonly Group[]): Group[] {
  const byName = new Map<string, Group[]>();
  for (const group of groups) {
    if (!(DISPUTED as readonly string[]).includes(group.kind)) continue;
    const same = byName.get(group.name);
    if (same === undefined) byName.set(group.name, [group]);
    else same.push(group);
  }
  const absorbed = new Set<Group>();
  for (const same of byName.values()) {
    if (same.length < 2) continue;
    const articles = same.map((g) => new Set(g.members.map((m) => m.article)).size);
    const total = articles.reduce((a, b) => a + b, 0);
    const best = articles.indexOf(Math.max(...articles));
    const winner = same[best] as Group;
    if (winner.kind === 'person' || (articles[best] as number) < MAJORITY * total) continue;
    winner.kindVotes = Object.fromEntries(same.map((g, i) => [g.kind, articles[i] as number]));
    for (const loser of same) {
      if (loser === winner) continue;
      winner.members.push(...loser.members);
      for (const alias of loser.aliases) winner.aliases.add(alias);
      absorbed.add(loser);
    }
  }
  return groups.filter((g) => !absorbed.has(g));
}
