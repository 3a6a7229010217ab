// The relation half of extraction, top to bottom: one shallow parse per sentence, document
// mention chains over it, then every relation spec run by one engine, and the merge that keeps
// one relation per (source, target, relation) with all its evidence.
import { RELATIONS } from '../../schema';
import { resolveChains, type Chains, type RoleFact } from '../chains';
import { parseArticle } from '../parse';
import type { SentenceParse } from '../parse/types';
import type { ArticleContext, ExtractedRelation } from '../types';
import { runSpecs, type Firing } from './engine';
import { outletEntities } from './frames/outlets';

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

export interface RelationAnalysis {
  relations: ExtractedRelation[];
  parses: SentenceParse[];
  chains: Chains;
  firings: Firing[];
}

export function analyseRelations(ctx: ArticleContext): RelationAnalysis {
  // 1. One shallow parse per sentence: words, phrases, verbs, clauses, predicates.
  const parses = parseArticle(ctx);
  // 2. Mention chains: roles, genders, pronouns and descriptions tied to entities.
  const outlets = outletEntities(ctx.entities);
  const chains = resolveChains(parses, ctx, outlets);
  // 3. Every relation spec, run by the engine over the parses.
  const kindOf = new Map(ctx.entities.map((e) => [e.id, e.kind]));
  const rolesByPerson = groupRoles(chains.roles, (r) => r.person);
  const rolesBySentence = groupRoles(chains.roles, (r) => r.sentence);
  const { relations, firings } = runSpecs({ ctx, parses, chains, rolesByPerson, rolesBySentence, kindOf, outlets, meetings: [] });
  // 4. One relation per (source, target, relation).
  return { relations: mergeRelations(relations), parses, chains, firings };
}

function groupRoles<K>(roles: readonly RoleFact[], key: (role: RoleFact) => K): Map<K, RoleFact[]> {
  const out = new Map<K, RoleFact[]>();
  for (const r of roles) {
    const group = out.get(key(r));
    if (group) group.push(r);
    else out.set(key(r), [r]);
  }
  return out;
}

export function extractRelations(ctx: ArticleContext): ExtractedRelation[] {
  return analyseRelations(ctx).relations;
}
