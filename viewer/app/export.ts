// Saving what the user sees as data: the visible subgraph (filters applied) as GEXF through the
// project's own GEXF writer, so the file matches what `kg build` writes and networkx reads it
// (the PNG is export-png.ts).
import Graph from 'graphology';
import { toGexf } from '../../src/export/gexf';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from '../../src/types';

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A copy holding the visible nodes and the visible edges between them. */
export function visibleSubgraph(graph: KnowledgeGraph, nodeVisible: (key: string) => boolean, edgeVisible: (key: string) => boolean): KnowledgeGraph {
  const sub = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'mixed', multi: true, allowSelfLoops: false }) as KnowledgeGraph;
  sub.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((key, attributes) => {
    if (nodeVisible(key)) sub.addNode(key, { ...attributes });
  });
  graph.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) => {
    if (!edgeVisible(key) || !sub.hasNode(source) || !sub.hasNode(target)) return;
    if (undirected) sub.addUndirectedEdgeWithKey(key, source, target, { ...attributes });
    else sub.addDirectedEdgeWithKey(key, source, target, { ...attributes });
  });
  return sub;
}

/**
 * Every edge directed, as `kg build` writes it: networkx refuses a GEXF whose edges differ from its
 * default type (docs/export.md); the relation name says which are symmetric.
 */
export function gexfBlob(subgraph: KnowledgeGraph): Blob {
  return new Blob([toGexf(subgraph)], { type: 'application/xml' });
}
