// Every appearance and behaviour setting of the viewer in one place: sigma's styles and
// settings, node and label sizes, the dimmed and community colours, the camera's moves, and
// ForceAtlas2's run time (the WebGL primitives the styles name are in primitives.ts). Kind and
// relation colours come from src/schema.ts, the one palette the layout and GEXF exporter use too.
import type { Settings } from 'sigma/settings';
import { KIND_COLORS, RELATION_COLORS, RELATIONS, RELATION_TYPES } from '../../src/schema';

export const COLORS = {
  /** Nodes and edges outside the hovered or selected neighbourhood. */
  dimmedNode: '#d9dde3',
  dimmedEdge: '#eceef1',
  label: '#1b1f24',
  fallback: '#8a8f98',
} as const;

export const NODE_SIZE = { min: 5, max: 16 } as const;

/**
 * Node labels as sigma draws them (its default font, beside the node after a 5 px margin), the
 * padding kept free around each, the smallest on-screen node radius that gets a label unless
 * forced, and how many candidates one frame may try (more than fit on a screen only cost time).
 */
export const LABEL = { size: 13, font: 'sans-serif', margin: 5, padding: 2, minNodeRadius: 5, maxCandidates: 1500 } as const;

/**
 * Community colours, largest community first (Tableau 10, distinct from one another); smaller
 * communities share COLORS.fallback.
 */
export const COMMUNITY_COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'] as const;

/**
 * Camera moves: animation length (moving onto a searched entity takes longer), zoom step, and the
 * margin kept around a fitted view.
 */
export const CAMERA = { duration: 300, centreDuration: 450, zoomFactor: 1.6, fitPadding: 24, minFitRatio: 0.05 } as const;
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
    labelSize: LABEL.size,
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
  // labels.ts decides every label (on or off), so sigma's density grid never picks one itself.
  labelRenderedSizeThreshold: LABEL.minNodeRadius,
  itemSizesReference: 'screen',
  zoomToSizeRatioFunction: (ratio) => Math.sqrt(ratio),
  minCameraRatio: 0.02,
  maxCameraRatio: 20,
  stagePadding: 40,
};

/** Sigma's own camera moves (wheel and double-click zoom, the glide after a drag) under reduced motion. */
export const REDUCED_MOTION_SETTINGS: Partial<Settings> = { zoomDuration: 0, doubleClickZoomingDuration: 0, inertiaDuration: 0, inertiaRatio: 0 };

/**
 * Graphs with more edges than this hide edges while the camera moves and leave edges out of
 * picking (clicking an edge), which costs a quarter of each frame; their evidence stays one
 * click away in the node panel.
 */
export const LARGE_GRAPH_EDGES = 20000;

/** How long ForceAtlas2 runs on its own when a graph arrives without positions. */
export const AUTO_LAYOUT_MS = 4000;
