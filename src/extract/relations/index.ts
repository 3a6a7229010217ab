// The relation passes, run in order over one article's context, and the merge that keeps one
// relation per (source, target, relation) with all its evidence.
import { RELATIONS } from '../../schema';
import type { ArticleContext, ExtractedRelation } from '../types';
import { extractAffiliations } from './affiliated-with';
import { countryAdjectives } from './demonyms';
import { extractLocations } from './located-in';
import { extractMetWith } from './met-with';
import { extractQuotedBy, outletEntities } from './quoted-by';
import { addReferences, genderOfPeople } from './references';
import { extractSisterCities } from './sister-city';
import { buildViews } from './view';
import { extractVisits } from './visited';

/** Merges repeated relations: evidence is unioned, a fact outranks a plan, rules are listed. */
export function mergeRelations(relations: ExtractedRelation[]): ExtractedRelation[] {
  const byKey = new Map<string, ExtractedRelation>();
  // Evidence starts already on each relation, so a long article merges in linear time.
  const starts = new Map<string, Set<number>>();
  for (const r of relations) {
    const undirected = !RELATIONS[r.relation].directed;
    const [a, b] = undirected && r.source > r.target ? [r.target, r.source] : [r.source, r.target];
    const key = `${a}\u0000${b}\u0000${r.relation}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...r, source: a, target: b, evidence: [...r.evidence] });
      starts.set(key, new Set(r.evidence.map((e) => e.start)));
      continue;
    }
    const have = starts.get(key) ?? new Set<number>();
    for (const e of r.evidence) if (!have.has(e.start)) (have.add(e.start), seen.evidence.push(e));
    if (!r.status) delete seen.status;
    if (!seen.role && r.role) seen.role = r.role;
    if (!`, ${seen.rule}, `.includes(`, ${r.rule}, `)) seen.rule = `${seen.rule}, ${r.rule}`;
  }
  for (const r of byKey.values()) r.evidence.sort((x, y) => x.start - y.start);
  return [...byKey.values()];
}

/** Keeps relations whose ends have the kinds the contract allows. */
function fitsSchema(ctx: ArticleContext): (r: ExtractedRelation) => boolean {
  const kindOf = new Map(ctx.entities.map((e) => [e.id, e.kind]));
  return (r) => {
    const spec = RELATIONS[r.relation];
    const s = kindOf.get(r.source);
    const t = kindOf.get(r.target);
    if (!s || !t || r.source === r.target) return false;
    return (spec.sources.includes(s) && spec.targets.includes(t)) || (!spec.directed && spec.sources.includes(t) && spec.targets.includes(s));
  };
}

export function extractRelations(ctx: ArticleContext): ExtractedRelation[] {
  // 1. One view per sentence: the entities it names, in order, and its quotations.
  const views = buildViews(ctx);
  const adjectives = countryAdjectives(ctx);
  // 2. Roles and affiliations from titles and appositions; they resolve descriptions next.
  const affiliations = extractAffiliations(views, adjectives);
  // 3. Pronouns and role descriptions ("the crown prince") become items too.
  addReferences(views, affiliations.roles, adjectives, genderOfPeople(ctx.entities));
  // 4. The relations themselves.
  const found = [
    ...affiliations.relations,
    ...extractLocations(views),
    ...extractMetWith(views),
    ...extractQuotedBy(views, affiliations.roles, outletEntities(ctx.entities)),
    ...extractSisterCities(views),
    ...extractVisits(views),
  ];
  // 5. One relation per (source, target, relation), kinds checked against the contract.
  return mergeRelations(found.filter(fitsSchema(ctx)));
}
