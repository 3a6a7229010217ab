// Every appearance and behaviour setting of the viewer in one place: sigma's styles and
// settings, node sizes, the dimmed colours, and ForceAtlas2's run time (the WebGL primitives the
// styles name are in primitives.ts). Colours come from src/schema.ts, the one palette the layout
// and GEXF exporter use too.
import type { Settings } from 'sigma/settings';
import { KIND_COLORS, RELATION_COLORS, RELATIONS, RELATION_TYPES } from '../../src/schema';
import type { KnowledgeGraph } from '../../src/types';
import type { SizeMode } from './state';

export const COLORS = {
  /** Nodes and edges outside the hovered or selected neighbourhood. */
  dimmedNode: '#d9dde3',
  dimmedEdge: '#eceef1',
  label: '#1b1f24',
  fallback: '#8a8f98',
} as const;

export const NODE_SIZE = { min: 5, max: 16 } as const;
/** `faint`: a co-mention, drawn thin so the typed relations stand out above it. */
export const EDGE_SIZE = { faint: 0.6, base: 1.5, focused: 3, selected: 4.5 } as const;

/** Arrow heads on directed relations, none on met-with and sister-city. */
const EDGE_HEADS: Record<string, string> = Object.fromEntries(
  RELATION_TYPES.map((relation) => [relation, RELATIONS[relation].directed ? 'arrow' : 'none']),
);

export const STYLES = {
  nodes: {
    x: { attribute: 'x' },
    y: { attribute: 'y' },
    size: { attribute: 'size', defaultValue: NODE_SIZE.min },
    color: { attribute: 'kind', dict: { ...KIND_COLORS }, defaultValue: COLORS.fallback },
    label: { attribute: 'label' },
    labelColor: COLORS.label,
    labelSize: 13,
    visibility: 'visible' as const,
    labelVisibility: 'auto' as const,
    depth: 'nodes' as const,
  },
  edges: {
    size: EDGE_SIZE.base,
    color: { attribute: 'relation', dict: { ...RELATION_COLORS }, defaultValue: COLORS.fallback },
    path: 'straight',
    // Parallel edges (two relations between one pair) are drawn as curves spread apart.
    parallelPath: 'curved',
    head: { attribute: 'relation', dict: EDGE_HEADS, defaultValue: 'none' },
    visibility: 'visible' as const,
    depth: 'edges' as const,
  },
};

export const SIGMA_SETTINGS: Partial<Settings> = {
  renderEdgeLabels: false,
  labelDensity: 0.6,
  labelRenderedSizeThreshold: 5,
  itemSizesReference: 'screen',
  zoomToSizeRatioFunction: (ratio) => Math.sqrt(ratio),
  minCameraRatio: 0.02,
  maxCameraRatio: 20,
  stagePadding: 40,
};

/**
 * Graphs with more edges than this hide edges while the camera moves and leave edges out of
 * picking (clicking an edge), which costs a quarter of each frame; their evidence stays one
 * click away in the node panel.
 */
export const LARGE_GRAPH_EDGES = 20000;

/** How long ForceAtlas2 runs on its own when a graph arrives without positions. */
export const AUTO_LAYOUT_MS = 4000;

/** Size of every node for each size mode: a square-root scale from NODE_SIZE.min to .max. */
export function nodeSizes(graph: KnowledgeGraph): Record<SizeMode, Map<string, number>> {
  const scale = (values: Map<string, number>): Map<string, number> => {
    let max = 0;
    for (const value of values.values()) max = Math.max(max, value);
    const sizes = new Map<string, number>();
    for (const [key, value] of values) {
      const ratio = max > 0 ? Math.sqrt(Math.max(value, 0) / max) : 0;
      sizes.set(key, NODE_SIZE.min + ratio * (NODE_SIZE.max - NODE_SIZE.min));
    }
    return sizes;
  };
  const degree = new Map<string, number>();
  const mentions = new Map<string, number>();
  graph.forEachNode((key, attributes) => {
    degree.set(key, graph.degree(key));
    mentions.set(key, attributes.mentions);
  });
  return { degree: scale(degree), mentions: scale(mentions) };
}
