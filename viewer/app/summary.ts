// What the saved PNG says beside the picture: the active filters and modes in words (what a
// reader of the image needs to know about what was left out), and the colours in use.
import { CO_MENTION, ENTITY_KINDS, KIND_COLORS, RELATION_COLORS, TYPED_RELATIONS } from '../../src/schema';
import type { KnowledgeGraph } from '../../src/types';
import type { LegendEntry } from './export-png';
import type { Visibility } from './filters';
import type { Communities } from './metrics';
import { COMMUNITY_COLORS } from './settings';
import type { Measure, ViewState } from './state';

const MEASURE_NAMES: Record<Measure, string> = { degree: 'connections', pagerank: 'PageRank', mentions: 'mentions' };

const count = (n: number): string => n.toLocaleString('en-US');

export function filterSummary(graph: KnowledgeGraph, state: ViewState, visibility: Visibility): string[] {
  const lines: string[] = [];
  if (state.ego !== null && graph.hasNode(state.ego.node)) {
    const steps = state.ego.depth === 1 ? '1 step' : `${state.ego.depth} steps`;
    lines.push(`network of ${graph.getNodeAttribute(state.ego.node, 'label')} (${steps})`);
  }
  if (state.hiddenKinds.size > 0) lines.push(`kinds: ${ENTITY_KINDS.filter((kind) => !state.hiddenKinds.has(kind)).join(', ') || 'none'}`);
  if (state.hiddenRelations.size > 0) lines.push(`relations: ${TYPED_RELATIONS.filter((relation) => !state.hiddenRelations.has(relation)).join(', ') || 'none'}`);
  if (state.coMentions) lines.push('co-mentions (named in one sentence) drawn');
  if (visibility.hidingUnconnected && visibility.unconnected > 0) lines.push(`${count(visibility.unconnected)} unconnected entities hidden`);
  if (state.ego === null && state.minDegree > 0) lines.push(`at least ${state.minDegree} connection${state.minDegree === 1 ? '' : 's'}`);
  if (state.ego === null && state.topN > 0) lines.push(`top ${count(state.topN)} by ${MEASURE_NAMES[state.topBy]}`);
  lines.push(`coloured by ${state.colorBy}, sized by ${MEASURE_NAMES[state.sizeBy]}`);
  return lines;
}

/** The node colours in use (kinds shown, or the largest communities), then the relations drawn. */
export function legendEntries(state: ViewState, communities: Communities | null): LegendEntry[] {
  const nodes: LegendEntry[] =
    communities !== null
      ? COMMUNITY_COLORS.slice(0, communities.sizes.length).map((color, rank) => ({ label: `community ${rank + 1}`, color, shape: 'dot' }))
      : ENTITY_KINDS.filter((kind) => !state.hiddenKinds.has(kind)).map((kind) => ({ label: kind, color: KIND_COLORS[kind], shape: 'dot' }));
  const relations: LegendEntry[] = TYPED_RELATIONS.filter((relation) => !state.hiddenRelations.has(relation)).map((relation) => ({ label: relation, color: RELATION_COLORS[relation], shape: 'line' }));
  if (state.coMentions) relations.push({ label: `${CO_MENTION} (same sentence)`, color: RELATION_COLORS[CO_MENTION], shape: 'line' });
  return [...nodes, ...relations];
}
