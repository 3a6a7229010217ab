// The page: loads the graph, then connects the view, legend, search, panel, URL, layout and
// exports to one store of view state. Each of those lives in its own file; this one only wires.
import type { KnowledgeGraph } from '../../src/types';
import { byId } from './dom';
import { downloadBlob, gexfBlob, pngBlob, visibleSubgraph } from './export';
import { GraphView } from './graph-view';
import { countGraph, renderLegend, type LegendCounts } from './legend';
import { LayoutControl, hasPositions, seedPositions } from './layout';
import { bindFileOpen, errorMessage, fetchGraph } from './loading';
import { renderEdgePanel, renderNodePanel, type PanelActions } from './panel';
import { bindSearch, buildSearchIndex } from './search';
import { Store, toggled, type ViewState } from './state';
import { installTestHook } from './test-hook';
import { readUrlState, writeUrlState } from './url-state';

const ui = {
  sigma: byId<HTMLDivElement>('sigma'),
  stage: byId<HTMLElement>('stage'),
  dropOverlay: byId<HTMLDivElement>('drop-overlay'),
  status: byId<HTMLParagraphElement>('status'),
  error: byId<HTMLParagraphElement>('error'),
  graphName: byId<HTMLSpanElement>('graph-name'),
  stats: byId<HTMLParagraphElement>('graph-stats'),
  kinds: byId<HTMLUListElement>('kind-filter'),
  relations: byId<HTMLUListElement>('relation-filter'),
  search: byId<HTMLInputElement>('search'),
  searchResults: byId<HTMLUListElement>('search-results'),
  sizeBy: byId<HTMLSelectElement>('size-by'),
  layoutToggle: byId<HTMLButtonElement>('layout-toggle'),
  exportPng: byId<HTMLButtonElement>('export-png'),
  exportGexf: byId<HTMLButtonElement>('export-gexf'),
  openFile: byId<HTMLInputElement>('open-file'),
  panel: byId<HTMLElement>('panel'),
  panelTitle: byId<HTMLSpanElement>('panel-title'),
  panelBody: byId<HTMLDivElement>('panel-body'),
  panelClose: byId<HTMLButtonElement>('panel-close'),
};

const urlState = readUrlState(window.location.search);
const store = new Store({ hoveredNode: null, selectedNode: null, selectedEdge: null, hiddenKinds: urlState.hiddenKinds, hiddenRelations: urlState.hiddenRelations, coMentions: urlState.coMentions, sizeBy: urlState.sizeBy });
let view: GraphView | null = null;
let layout: LayoutControl | null = null;
let counts: LegendCounts | null = null;
let graphName = 'graph';
let firstPaintMs: number | null = null;
let lastError: string | null = null;

installTestHook({ view: () => view, store, firstPaintMs: () => firstPaintMs, lastError: () => lastError });

function showStatus(message: string | null): void {
  ui.status.textContent = message ?? '';
  ui.status.hidden = message === null;
}

function showError(message: string | null): void {
  lastError = message;
  ui.error.textContent = message ?? '';
  ui.error.hidden = message === null;
}

const panelActions: PanelActions = {
  selectNode: (key) => selectNode(key, true),
  selectEdge: (key) => store.set({ selectedNode: null, selectedEdge: key }),
};

function selectNode(key: string, centre: boolean): void {
  store.set({ selectedNode: key, selectedEdge: null });
  if (centre) void view?.centreOn(key);
}

function clearSelection(): void {
  store.set({ selectedNode: null, selectedEdge: null });
}

function renderPanel(state: ViewState): void {
  const graph = view?.graph;
  if (graph !== undefined && state.selectedNode !== null && graph.hasNode(state.selectedNode)) {
    ui.panelTitle.textContent = 'Entity';
    renderNodePanel(ui.panelBody, graph, state.selectedNode, panelActions);
    ui.panel.hidden = false;
  } else if (graph !== undefined && state.selectedEdge !== null && graph.hasEdge(state.selectedEdge)) {
    ui.panelTitle.textContent = 'Relation';
    renderEdgePanel(ui.panelBody, graph, state.selectedEdge, panelActions);
    ui.panel.hidden = false;
  } else {
    ui.panelBody.replaceChildren();
    ui.panel.hidden = true;
  }
}

function renderFilters(state: ViewState): void {
  if (counts === null) return;
  renderLegend(ui.kinds, ui.relations, counts, state, {
    toggleKind: (kind) => store.set({ hiddenKinds: toggled(store.get().hiddenKinds, kind) }),
    toggleRelation: (relation) => store.set({ hiddenRelations: toggled(store.get().hiddenRelations, relation) }),
    toggleCoMentions: () => store.set({ coMentions: !store.get().coMentions }),
  });
}

const setSearchIndex = bindSearch(ui.search, ui.searchResults, (key) => selectNode(key, true));

store.subscribe((state, previous) => {
  view?.update(state);
  if (state.hiddenKinds !== previous.hiddenKinds || state.hiddenRelations !== previous.hiddenRelations || state.coMentions !== previous.coMentions) renderFilters(state);
  if (state.selectedNode !== previous.selectedNode || state.selectedEdge !== previous.selectedEdge) renderPanel(state);
  writeUrlState(state);
});

function showGraph(graph: KnowledgeGraph, name: string, selected: string | null): void {
  view?.kill();
  view = null;
  layout?.kill();
  firstPaintMs = null;
  const needsLayout = !hasPositions(graph);
  if (needsLayout) seedPositions(graph);
  graphName = (graph.getAttribute('name') ?? name).replace(/\.(json|gexf)$/i, '');
  const keep = selected !== null && graph.hasNode(selected) ? selected : null;
  // The view state is settled before sigma starts, so its first frame is already the right one.
  store.set({ hoveredNode: null, selectedNode: keep, selectedEdge: null });
  view = new GraphView(ui.sigma, graph, store, {
    clickNode: (key) => selectNode(key, false),
    clickEdge: (key) => store.set({ selectedNode: null, selectedEdge: key }),
    clickStage: clearSelection,
  });
  // Sigma has drawn synchronously; the next animation frame is the one that shows it.
  requestAnimationFrame(() => {
    firstPaintMs = performance.now();
  });
  layout = new LayoutControl(graph, ui.layoutToggle);
  if (needsLayout) layout.auto();
  counts = countGraph(graph);
  ui.graphName.textContent = `— ${graphName}`;
  ui.stats.textContent = `${graph.order.toLocaleString('en-US')} entities · ${graph.size.toLocaleString('en-US')} relations`;
  setSearchIndex(buildSearchIndex(graph));
  showStatus(null);
  showError(selected !== null && keep === null ? `No entity "${selected}" in this graph` : null);
  renderFilters(store.get());
  renderPanel(store.get());
  // While ForceAtlas2 moves the nodes, a camera fixed on one of them would lose it.
  if (keep !== null && !needsLayout) void view.centreOn(keep);
}

bindFileOpen(
  { input: ui.openFile, dropZone: document.body, overlay: ui.dropOverlay },
  (graph, name) => {
    store.set({ hiddenKinds: new Set(), hiddenRelations: new Set(), coMentions: false });
    showGraph(graph, name, null);
  },
  showError,
);

ui.sizeBy.value = store.get().sizeBy;
ui.sizeBy.addEventListener('change', () => store.set({ sizeBy: ui.sizeBy.value === 'mentions' ? 'mentions' : 'degree' }));
ui.layoutToggle.addEventListener('click', () => layout?.toggle());
ui.panelClose.addEventListener('click', clearSelection);
ui.exportPng.addEventListener('click', () => {
  if (view === null) return;
  pngBlob(view.renderer).then((blob) => downloadBlob(blob, `${graphName}.png`), (error: unknown) => showError(errorMessage(error)));
});
ui.exportGexf.addEventListener('click', () => {
  const current = view;
  if (current === null) return;
  const subgraph = visibleSubgraph(current.graph, (key) => current.nodeIsVisible(key), (key) => current.edgeIsVisible(key));
  downloadBlob(gexfBlob(subgraph), `${graphName}-view.gexf`);
});

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  const typing = target !== null && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
  if (event.key === '/' && !typing) {
    event.preventDefault();
    ui.search.focus();
    ui.search.select();
  } else if (event.key === 'Escape' && !event.defaultPrevented) {
    clearSelection();
  }
});

showStatus('Loading graph…');
fetchGraph('graph.json').then(
  (graph) => showGraph(graph, 'graph.json', urlState.node),
  (error: unknown) => {
    showStatus(null);
    showError(`${errorMessage(error)}. Open a graph.json or .gexf file instead.`);
  },
);
