// The legend doubles as the filter: one checkbox per kind and per relation, each with its colour
// and how many nodes or edges the graph has of it; the co-mention layer is a row of its own.
import { CO_MENTION, ENTITY_KINDS, KIND_COLORS, RELATION_COLORS, RELATIONS, RELATION_TYPES, TYPED_RELATIONS } from '../../src/schema';
import type { EntityKind, KnowledgeGraph, RelationType, TypedRelation } from '../../src/types';
import { el, swatch } from './dom';
import type { ViewState } from './state';

export interface LegendCounts {
  kinds: Record<EntityKind, number>;
  relations: Record<RelationType, number>;
}

export function countGraph(graph: KnowledgeGraph): LegendCounts {
  const kinds = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, 0])) as Record<EntityKind, number>;
  const relations = Object.fromEntries(RELATION_TYPES.map((relation) => [relation, 0])) as Record<RelationType, number>;
  graph.forEachNode((_key, attributes) => {
    kinds[attributes.kind] += 1;
  });
  graph.forEachEdge((_key, attributes) => {
    relations[attributes.relation] += 1;
  });
  return { kinds, relations };
}

export interface LegendActions {
  toggleKind(kind: EntityKind): void;
  toggleRelation(relation: TypedRelation): void;
  toggleCoMentions(): void;
}

function row(name: string, color: string, shape: 'dot' | 'line', count: number, checked: boolean, dataAttribute: string, onChange: () => void, note = '', title = ''): HTMLLIElement {
  const box = el('input', { attrs: { type: 'checkbox', [dataAttribute]: name } });
  box.checked = checked;
  box.addEventListener('change', onChange);
  const label = el('label', { className: count === 0 ? 'empty' : '', attrs: title === '' ? {} : { title } }, [
    box,
    swatch(color, shape),
    el('span', { className: 'name', text: name + note }),
    el('span', { className: 'count', text: count.toLocaleString('en-US'), attrs: { 'data-count': String(count) } }),
  ]);
  return el('li', {}, [label]);
}

export function renderLegend(kindsList: HTMLElement, relationsList: HTMLElement, counts: LegendCounts, state: ViewState, actions: LegendActions): void {
  kindsList.replaceChildren(
    ...ENTITY_KINDS.map((kind) =>
      row(kind, KIND_COLORS[kind], 'dot', counts.kinds[kind], !state.hiddenKinds.has(kind), 'data-kind', () => actions.toggleKind(kind)),
    ),
  );
  relationsList.replaceChildren(
    ...TYPED_RELATIONS.map((relation) =>
      row(relation, RELATION_COLORS[relation], 'line', counts.relations[relation], !state.hiddenRelations.has(relation), 'data-relation', () => actions.toggleRelation(relation), RELATIONS[relation].directed ? ' →' : ''),
    ),
    row(CO_MENTION, RELATION_COLORS[CO_MENTION], 'line', counts.relations[CO_MENTION], state.coMentions, 'data-relation', () => actions.toggleCoMentions(), '', 'Named in the same sentence: a faint layer, off unless switched on (c)'),
  );
}
