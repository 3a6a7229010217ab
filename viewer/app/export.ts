// Saving what the user sees: the view as PNG, and the visible subgraph (filters applied) as GEXF
// through the project's own GEXF writer, so the file matches what `kg build` writes.
import Graph from 'graphology';
import type Sigma from 'sigma';
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

export function gexfBlob(subgraph: KnowledgeGraph): Blob {
  return new Blob([toGexf(subgraph, { symmetricEdges: 'undirected' })], { type: 'application/xml' });
}

/**
 * The current view on a white background. The WebGL stage keeps no copy of its last frame, so
 * it is redrawn and copied in the same task.
 */
export function viewCanvas(renderer: Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>): HTMLCanvasElement {
  const stage = renderer.getStageCanvas();
  const canvas = document.createElement('canvas');
  canvas.width = stage.width;
  canvas.height = stage.height;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('viewer: this browser cannot draw on a 2D canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  renderer.refresh();
  context.drawImage(stage, 0, 0);
  return canvas;
}

export function pngBlob(renderer: Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>): Promise<Blob> {
  const canvas = viewCanvas(renderer);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob === null ? reject(new Error('viewer: the view could not be encoded as PNG')) : resolve(blob)), 'image/png');
  });
}
