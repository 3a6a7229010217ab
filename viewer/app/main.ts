// The page: loads the graph, then connects the view, legend, filter controls, search, panel,
// table, camera, keys, URL, layout and exports to one store of view state. Each of those lives in
// its own file; this one only wires.
import { CO_MENTION } from '../../src/schema';
import type { KnowledgeGraph } from '../../src/types';
import { renderArticleList, renderArticleReader, type ArticleActions } from './articles';
import { Controls } from './controls';
import { byId } from './dom';
import { bindDrawer } from './drawers';
import { downloadBlob, gexfBlob, visibleSubgraph } from './export';
import { pngBlob } from './export-png';
import { GraphView } from './graph-view';
import { bindKeys } from './keys';
import { countGraph, renderLegend, type LegendCounts } from './legend';
import { LayoutControl, hasPositions, seedPositions } from './layout';
import { bindFileOpen, errorMessage, fetchGraph } from './loading';
import { renderEdgePanel, renderNodePanel, type PanelActions } from './panel';
import { bindSearch, buildSearchIndex } from './search';
import { filtersChanged, initialState, Store, toggled, type ViewState } from './state';
import { filterSummary, legendEntries } from './summary';
import { TablePanel } from './table';
import { Timeline } from './timeline';
import { installTestHook } from './test-hook';
import { readUrlState, writeUrlState } from './url-state';

const ui = {
  sigma: byId<HTMLDivElement>('sigma'),
  dropOverlay: byId<HTMLDivElement>('drop-overlay'),
  status: byId<HTMLParagraphElement>('status'),
  error: byId<HTMLParagraphElement>('error'),
  graphName: byId<HTMLSpanElement>('graph-name'),
  stats: byId<HTMLParagraphElement>('graph-stats'),
  kinds: byId<HTMLUListElement>('kind-filter'),
  relations: byId<HTMLUListElement>('relation-filter'),
  search: byId<HTMLInputElement>('search'),
  searchResults: byId<HTMLUListElement>('search-results'),
  layoutToggle: byId<HTMLButtonElement>('layout-toggle'),
  tableToggle: byId<HTMLButtonElement>('table-toggle'),
  exportPng: byId<HTMLButtonElement>('export-png'),
  exportGexf: byId<HTMLButtonElement>('export-gexf'),
  openFile: byId<HTMLInputElement>('open-file'),
  panel: byId<HTMLElement>('panel'),
  panelTitle: byId<HTMLSpanElement>('panel-title'),
  panelBody: byId<HTMLDivElement>('panel-body'),
  panelClose: byId<HTMLButtonElement>('panel-close'),
  egoBanner: byId<HTMLParagraphElement>('ego-banner'),
  egoText: byId<HTMLSpanElement>('ego-text'),
  egoDepth: byId<HTMLButtonElement>('ego-depth'),
  egoLeave: byId<HTMLButtonElement>('ego-leave'),
};

const { node: urlNode, ...urlFilters } = readUrlState(window.location.search);
const store = new Store({ ...initialState(), ...urlFilters });
const controls = new Controls(store);
const timeline = new Timeline(byId('timeline'), { setRange: (since, until) => store.set({ since, until }) });
/** Opening an entity, a relation or an article closes whatever the panel showed before. */
const NO_ARTICLE = { articleList: false, article: null } as const;
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

const focusOn = (key: string, depth: 1 | 2): void => store.set({ ego: { node: key, depth } });

const panelActions: PanelActions & ArticleActions = {
  selectNode: (key) => selectNode(key, true),
  selectEdge: (key) => store.set({ selectedNode: null, selectedEdge: key, ...NO_ARTICLE }),
  focus: focusOn,
  openArticle: (id) => store.set({ selectedNode: null, selectedEdge: null, articleList: false, article: id }),
};

function selectNode(key: string, centre: boolean): void {
  store.set({ selectedNode: key, selectedEdge: null, ...NO_ARTICLE });
  if (centre) void view?.centreOn(key);
}

function clearSelection(): void {
  store.set({ selectedNode: null, selectedEdge: null, ...NO_ARTICLE });
}

/** Esc, or a cleared search: drop the selection, else leave a focus; the camera fits what is visible. */
function backOut(): void {
  const { selectedNode, selectedEdge, ego, article, articleList } = store.get();
  if (selectedNode !== null || selectedEdge !== null || article !== null || articleList) clearSelection();
  else if (ego !== null) store.set({ ego: null });
  void view?.fit();
}

const table = new TablePanel(byId('table'), {
  selectNode: (key) => selectNode(key, true),
  selectEdge: (key) => store.set({ selectedNode: null, selectedEdge: key }),
  download: (csv, what) => downloadBlob(new Blob([csv], { type: 'text/csv' }), `${graphName}-${what}.csv`),
});

function renderPanel(state: ViewState): void {
  const graph = view?.graph;
  if (graph !== undefined && (state.article !== null || state.articleList)) {
    ui.panelTitle.textContent = state.article === null ? 'Articles' : 'Article';
    if (state.article === null) renderArticleList(ui.panelBody, graph, panelActions);
    else renderArticleReader(ui.panelBody, graph, state.article, panelActions);
    ui.panel.hidden = false;
  } else if (graph !== undefined && state.selectedNode !== null && graph.hasNode(state.selectedNode)) {
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

/** What the filters leave: the counts, the unconnected note, the focus banner and the table. */
function renderVisible(state: ViewState): void {
  if (view === null) return;
  const current = view;
  const { visibility } = current;
  const edges = current.graph.reduceEdges((sum, key) => (current.edgeIsVisible(key) ? sum + 1 : sum), 0);
  controls.renderCounts({ nodes: visibility.nodes.size, edges, unconnected: visibility.unconnected, hidingUnconnected: visibility.hidingUnconnected }, current.graph.order);
  const ego = state.ego !== null && current.graph.hasNode(state.ego.node) ? state.ego : null;
  ui.egoBanner.hidden = ego === null;
  if (ego !== null) {
    ui.egoText.textContent = `Network of ${current.graph.getNodeAttribute(ego.node, 'label')}, ${ego.depth === 1 ? '1 step' : '2 steps'} deep.`;
    ui.egoDepth.textContent = ego.depth === 1 ? 'Go 2 steps' : 'Go 1 step';
  }
  table.render(current.graph, visibility, (key) => current.edgeIsVisible(key));
}

const setSearchIndex = bindSearch(ui.search, ui.searchResults, (key) => selectNode(key, true), backOut);

store.subscribe((state, previous) => {
  view?.update(state, previous);
  const filters = filtersChanged(state, previous);
  if (filters) {
    renderFilters(state);
    renderVisible(state);
    void view?.fit();
  }
  controls.render(state);
  if (state.colorBy !== previous.colorBy) controls.renderCommunities(state.colorBy === 'community' && view !== null ? view.metrics.communities() : null);
  const panelChanged = state.selectedNode !== previous.selectedNode || state.selectedEdge !== previous.selectedEdge || state.article !== previous.article || state.articleList !== previous.articleList;
  if (panelChanged) renderPanel(state);
  if (state.since !== previous.since || state.until !== previous.until) timeline.showRange(state.since, state.until);
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
  controls.setMaxDegree(graph.reduceNodes((max, key) => Math.max(max, graph.degree(key)), 0));
  ui.graphName.textContent = `— ${graphName}`;
  const coMentions = counts.relations[CO_MENTION];
  ui.stats.textContent = `${graph.order.toLocaleString('en-US')} entities · ${(graph.size - coMentions).toLocaleString('en-US')} relations${coMentions > 0 ? ` · ${coMentions.toLocaleString('en-US')} co-mentions` : ''}`;
  setSearchIndex(buildSearchIndex(graph));
  timeline.setGraph(graph);
  timeline.showRange(store.get().since, store.get().until);
  showStatus(null);
  showError(selected !== null && keep === null ? `No entity "${selected}" in this graph` : null);
  const state = store.get();
  renderFilters(state);
  renderVisible(state);
  controls.render(state);
  controls.renderCommunities(state.colorBy === 'community' ? view.metrics.communities() : null);
  renderPanel(state);
  // While ForceAtlas2 moves the nodes, a camera fixed on one of them would lose it.
  if (keep !== null && !needsLayout) void view.centreOn(keep);
}

bindFileOpen(
  { input: ui.openFile, dropZone: document.body, overlay: ui.dropOverlay },
  (graph, name) => {
    store.set({ ...initialState(), sizeBy: store.get().sizeBy });
    showGraph(graph, name, null);
  },
  showError,
);

const sidebar = bindDrawer(byId('sidebar'), byId('sidebar-toggle'), byId('sidebar-close'));
const toggleTable = (): void => {
  table.setOpen(!table.open);
  ui.tableToggle.setAttribute('aria-pressed', String(table.open));
  renderVisible(store.get());
};
ui.tableToggle.addEventListener('click', toggleTable);
ui.layoutToggle.addEventListener('click', () => layout?.toggle());
ui.panelClose.addEventListener('click', clearSelection);
byId('show-articles').addEventListener('click', () => store.set({ selectedNode: null, selectedEdge: null, article: null, articleList: true }));
ui.egoLeave.addEventListener('click', () => store.set({ ego: null }));
ui.egoDepth.addEventListener('click', () => {
  const { ego } = store.get();
  if (ego !== null) focusOn(ego.node, ego.depth === 1 ? 2 : 1);
});
byId('zoom-in').addEventListener('click', () => void view?.zoom('in'));
byId('zoom-out').addEventListener('click', () => void view?.zoom('out'));
byId('zoom-fit').addEventListener('click', () => void view?.fit());
byId('zoom-reset').addEventListener('click', () => void view?.resetCamera());
ui.sigma.addEventListener('pointerdown', () => sidebar.close());

ui.exportPng.addEventListener('click', () => {
  if (view === null) return;
  const state = store.get();
  const communities = state.colorBy === 'community' ? view.metrics.communities() : null;
  const frame = { title: graphName, stats: byId('visible-stats').textContent ?? '', filters: filterSummary(view.graph, state, view.visibility), legend: legendEntries(state, communities) };
  pngBlob(view.renderer, frame).then((blob) => downloadBlob(blob, `${graphName}.png`), (error: unknown) => showError(errorMessage(error)));
});
ui.exportGexf.addEventListener('click', () => {
  const current = view;
  if (current === null) return;
  const subgraph = visibleSubgraph(current.graph, (key) => current.nodeIsVisible(key), (key) => current.edgeIsVisible(key));
  downloadBlob(gexfBlob(subgraph), `${graphName}-view.gexf`);
});

bindKeys({
  search: () => {
    ui.search.focus();
    ui.search.select();
  },
  escape: backOut,
  zoom: (direction) => void view?.zoom(direction),
  fit: () => void view?.fit(),
  reset: () => void view?.resetCamera(),
  focus: (depth) => {
    const selected = store.get().selectedNode;
    if (selected !== null) focusOn(selected, depth);
  },
  toggleCoMentions: () => store.set({ coMentions: !store.get().coMentions }),
  toggleTable,
});

showStatus('Loading graph…');
fetchGraph('graph.json').then(
  (graph) => showGraph(graph, 'graph.json', urlNode),
  (error: unknown) => {
    showStatus(null);
    showError(`${errorMessage(error)}. Open a graph.json or .gexf file instead.`);
  },
);
