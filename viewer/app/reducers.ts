// Hover, selection and filters as display overrides, computed per frame by sigma's node and edge
// reducers. They only return values: the graph itself is never written to.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { CO_MENTION } from '../../src/schema';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../../src/types';
import { COLORS, EDGE_SIZE } from './settings';
import type { SizeMode, ViewState } from './state';

/** The neighbourhood in the spotlight: the hovered (else selected) node, or the selected edge. */
export interface Focus {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface ReducerContext {
  graph: KnowledgeGraph;
  state: ViewState;
  sizes: Readonly<Record<SizeMode, ReadonlyMap<string, number>>>;
  hiddenNodes: ReadonlySet<string>;
  focus: Focus | null;
}

/** Nodes whose kind is filtered out. */
export function hiddenNodesOf(graph: KnowledgeGraph, state: ViewState): Set<string> {
  const hidden = new Set<string>();
  if (state.hiddenKinds.size === 0) return hidden;
  graph.forEachNode((key, attributes) => {
    if (state.hiddenKinds.has(attributes.kind)) hidden.add(key);
  });
  return hidden;
}

export function edgeIsVisible(graph: KnowledgeGraph, edge: string, state: ViewState, hiddenNodes: ReadonlySet<string>): boolean {
  const relation = graph.getEdgeAttribute(edge, 'relation');
  if (relation === CO_MENTION ? !state.coMentions : state.hiddenRelations.has(relation)) return false;
  return hiddenNodes.size === 0 || (!hiddenNodes.has(graph.source(edge)) && !hiddenNodes.has(graph.target(edge)));
}

export function focusOf(graph: KnowledgeGraph, state: ViewState, hiddenNodes: ReadonlySet<string>): Focus | null {
  const node = state.hoveredNode ?? state.selectedNode;
  if (node !== null && graph.hasNode(node) && !hiddenNodes.has(node)) {
    const nodes = new Set([node]);
    const edges = new Set<string>();
    graph.forEachEdge(node, (edge, _attributes, source, target) => {
      if (!edgeIsVisible(graph, edge, state, hiddenNodes)) return;
      edges.add(edge);
      nodes.add(source === node ? target : source);
    });
    return { nodes, edges };
  }
  const edge = state.selectedEdge;
  if (edge !== null && graph.hasEdge(edge) && edgeIsVisible(graph, edge, state, hiddenNodes)) {
    return { nodes: new Set(graph.extremities(edge)), edges: new Set([edge]) };
  }
  return null;
}

export function createReducerContext(graph: KnowledgeGraph, state: ViewState, sizes: ReducerContext['sizes']): ReducerContext {
  const hiddenNodes = hiddenNodesOf(graph, state);
  return { graph, state, sizes, hiddenNodes, focus: focusOf(graph, state, hiddenNodes) };
}

export function reduceNode(context: ReducerContext, key: string, _attributes: NodeAttributes): Partial<NodeDisplayData> {
  if (context.hiddenNodes.has(key)) return { visibility: 'hidden', labelVisibility: 'hidden' };
  const size = context.sizes[context.state.sizeBy].get(key);
  const display: Partial<NodeDisplayData> = size === undefined ? {} : { size };
  const { focus, state } = context;
  if (key === state.selectedNode) {
    display.highlighted = true;
    display.labelVisibility = 'visible';
    display.depth = 'topNodes';
  }
  if (focus === null) return display;
  if (focus.nodes.has(key)) {
    display.labelVisibility = 'visible';
    display.depth = 'topNodes';
  } else {
    display.color = COLORS.dimmedNode;
    display.labelVisibility = 'hidden';
  }
  return display;
}

export function reduceEdge(context: ReducerContext, key: string, attributes: EdgeAttributes): Partial<EdgeDisplayData> {
  const { graph, state, hiddenNodes, focus } = context;
  if (!edgeIsVisible(graph, key, state, hiddenNodes)) return { visibility: 'hidden' };
  if (key === state.selectedEdge) return { size: EDGE_SIZE.selected, depth: 'topEdges' };
  const faint = attributes.relation === CO_MENTION;
  if (focus === null) return faint ? { size: EDGE_SIZE.faint } : {};
  if (focus.edges.has(key)) return { size: faint ? EDGE_SIZE.base : EDGE_SIZE.focused, depth: 'topEdges' };
  return faint ? { size: EDGE_SIZE.faint, color: COLORS.dimmedEdge } : { color: COLORS.dimmedEdge };
}
