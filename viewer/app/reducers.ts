// Filters, hover, selection, colours, sizes and labels as display overrides, computed per frame by
// sigma's node and edge reducers. They only return values: the graph itself is never written to.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { CO_MENTION } from '../../src/schema';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../../src/types';
import type { Visibility } from './filters';
import type { LabelSide } from './labels';
import { COLORS, EDGE_SIZE } from './settings';
import type { ViewState } from './state';

/** The neighbourhood in the spotlight: the hovered (else selected) node, or the selected edge. */
export interface Focus {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface ReducerContext {
  graph: KnowledgeGraph;
  state: ViewState;
  visibility: Visibility;
  sizes: ReadonlyMap<string, number>;
  /** A colour per node when colouring by something other than kind. */
  colors: ReadonlyMap<string, string> | null;
  focus: Focus | null;
  /** Nodes whose label is drawn, and on which side (labels.ts places them so that none overlap). */
  labels: ReadonlyMap<string, LabelSide>;
}

export function edgeIsShown(graph: KnowledgeGraph, edge: string, visibility: Visibility): boolean {
  if (!visibility.relationShown(graph.getEdgeAttribute(edge, 'relation'))) return false;
  if (!visibility.inWindow(edge)) return false;
  return visibility.nodes.has(graph.source(edge)) && visibility.nodes.has(graph.target(edge));
}

export function focusOf(graph: KnowledgeGraph, state: ViewState, visibility: Visibility): Focus | null {
  const node = state.hoveredNode ?? state.selectedNode;
  if (node !== null && graph.hasNode(node) && visibility.nodes.has(node)) {
    const nodes = new Set([node]);
    const edges = new Set<string>();
    graph.forEachEdge(node, (edge, attributes, source, target) => {
      const other = source === node ? target : source;
      if (!visibility.relationShown(attributes.relation) || !visibility.nodes.has(other)) return;
      edges.add(edge);
      nodes.add(other);
    });
    return { nodes, edges };
  }
  const edge = state.selectedEdge;
  if (edge !== null && graph.hasEdge(edge) && edgeIsShown(graph, edge, visibility)) {
    return { nodes: new Set(graph.extremities(edge)), edges: new Set([edge]) };
  }
  return null;
}

export function reduceNode(context: ReducerContext, key: string, _attributes: NodeAttributes): Partial<NodeDisplayData> {
  if (!context.visibility.nodes.has(key)) return { visibility: 'hidden', labelVisibility: 'hidden' };
  const side = context.labels.get(key);
  const display: Partial<NodeDisplayData> = side === undefined ? { labelVisibility: 'hidden' } : { labelVisibility: 'visible', labelPosition: side };
  const size = context.sizes.get(key);
  if (size !== undefined) display.size = size;
  const color = context.colors?.get(key);
  if (color !== undefined) display.color = color;
  const { focus, state } = context;
  if (key === state.selectedNode) {
    display.highlighted = true;
    display.depth = 'topNodes';
  }
  if (focus === null) return display;
  if (focus.nodes.has(key)) display.depth = 'topNodes';
  else display.color = COLORS.dimmedNode;
  return display;
}

export function reduceEdge(context: ReducerContext, key: string, attributes: EdgeAttributes): Partial<EdgeDisplayData> {
  const { graph, state, visibility, focus } = context;
  if (!edgeIsShown(graph, key, visibility)) return { visibility: 'hidden' };
  if (key === state.selectedEdge) return { size: EDGE_SIZE.selected, depth: 'topEdges' };
  const faint = attributes.relation === CO_MENTION;
  if (focus === null) return faint ? { size: EDGE_SIZE.faint } : {};
  if (focus.edges.has(key)) return { size: faint ? EDGE_SIZE.base : EDGE_SIZE.focused, depth: 'topEdges' };
  return faint ? { size: EDGE_SIZE.faint, color: COLORS.dimmedEdge } : { color: COLORS.dimmedEdge };
}
