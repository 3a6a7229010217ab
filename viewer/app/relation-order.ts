// How an entity's relations are listed in the panel: as stored (the graph's order), or by the
// dates of their evidence, oldest or newest first. The choice holds for every panel opened after.
import { compareDates } from '../../src/dates';
import type { KnowledgeGraph } from '../../src/types';
import { el } from './dom';

type Order = 'graph' | 'oldest' | 'newest';

let order: Order = 'graph';

/** Sorts an entity's edges in place by the chosen order; undated edges last. */
export function sortEdges(graph: KnowledgeGraph, edges: string[]): void {
  if (order === 'graph') return;
  const sign = order === 'oldest' ? 1 : -1;
  const when = (edge: string): string | undefined => graph.getEdgeAttribute(edge, order === 'oldest' ? 'firstSeen' : 'lastSeen');
  edges.sort((a, b) => {
    const [x, y] = [when(a), when(b)];
    if (x === undefined || y === undefined) return compareDates(x, y);
    return sign * compareDates(x, y);
  });
}

/** The select that changes the order; `rerender` redraws the panel with it. */
export function orderControl(rerender: () => void): HTMLLabelElement {
  const select = el('select', { attrs: { id: 'relation-order' } }, [
    el('option', { text: 'as found', attrs: { value: 'graph' } }),
    el('option', { text: 'oldest first', attrs: { value: 'oldest' } }),
    el('option', { text: 'newest first', attrs: { value: 'newest' } }),
  ]);
  select.value = order;
  select.addEventListener('change', () => {
    order = select.value === 'oldest' || select.value === 'newest' ? select.value : 'graph';
    rerender();
  });
  return el('label', { className: 'inline relation-order' }, ['Relations by date: ', select]);
}
