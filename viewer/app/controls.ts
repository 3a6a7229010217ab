// The sidebar's filter and appearance controls (minimum connections, top N, colour and size), the
// line counting what is visible, the note on hidden unconnected entities with its one-click
// toggle, and the community colour key. Each control writes the view state; render() shows it.
import { byId, el, swatch } from './dom';
import type { Communities } from './metrics';
import { COLORS, COMMUNITY_COLORS } from './settings';
import { MEASURES, type ColorMode, type Measure, type Store, type ViewState } from './state';

const count = (n: number): string => n.toLocaleString('en-US');

function measureOf(value: string): Measure {
  return (MEASURES as readonly string[]).includes(value) ? (value as Measure) : 'degree';
}

export interface VisibleCounts {
  nodes: number;
  edges: number;
  /** Entities with no edge among the drawn relations, and whether they are hidden now. */
  unconnected: number;
  hidingUnconnected: boolean;
}

export class Controls {
  private readonly minDegree = byId<HTMLInputElement>('min-degree');
  private readonly minDegreeValue = byId<HTMLOutputElement>('min-degree-value');
  private readonly topN = byId<HTMLSelectElement>('top-n');
  private readonly topBy = byId<HTMLSelectElement>('top-by');
  private readonly colorBy = byId<HTMLSelectElement>('color-by');
  private readonly sizeBy = byId<HTMLSelectElement>('size-by');
  private readonly visibleStats = byId<HTMLParagraphElement>('visible-stats');
  private readonly note = byId<HTMLParagraphElement>('unconnected-note');
  private readonly noteText = byId<HTMLSpanElement>('unconnected-text');
  private readonly noteToggle = byId<HTMLButtonElement>('unconnected-toggle');
  private readonly communityLegend = byId<HTMLUListElement>('community-legend');
  private hiding = false;

  constructor(store: Store) {
    this.minDegree.addEventListener('input', () => store.set({ minDegree: Number(this.minDegree.value) }));
    this.topN.addEventListener('change', () => store.set({ topN: Number(this.topN.value) }));
    this.topBy.addEventListener('change', () => store.set({ topBy: measureOf(this.topBy.value) }));
    this.sizeBy.addEventListener('change', () => store.set({ sizeBy: measureOf(this.sizeBy.value) }));
    this.colorBy.addEventListener('change', () => store.set({ colorBy: (this.colorBy.value === 'community' ? 'community' : 'kind') as ColorMode }));
    this.noteToggle.addEventListener('click', () => store.set({ unconnected: this.hiding ? 'shown' : 'hidden' }));
  }

  /** The slider reaches the graph's highest degree (at most 50, where it stops being useful). */
  setMaxDegree(max: number): void {
    this.minDegree.max = String(Math.max(1, Math.min(50, max)));
  }

  render(state: ViewState): void {
    this.minDegree.value = String(state.minDegree);
    this.minDegreeValue.value = String(state.minDegree);
    if (![...this.topN.options].some((option) => option.value === String(state.topN))) {
      this.topN.append(el('option', { text: count(state.topN), attrs: { value: String(state.topN) } }));
    }
    this.topN.value = String(state.topN);
    this.topBy.value = state.topBy;
    this.sizeBy.value = state.sizeBy;
    this.colorBy.value = state.colorBy;
  }

  renderCounts(counts: VisibleCounts, total: number): void {
    this.hiding = counts.hidingUnconnected;
    this.visibleStats.textContent = `showing ${count(counts.nodes)} of ${count(total)} entities · ${count(counts.edges)} relations`;
    this.visibleStats.dataset.visible = String(counts.nodes);
    const entities = `${count(counts.unconnected)} unconnected ${counts.unconnected === 1 ? 'entity' : 'entities'}`;
    this.note.hidden = counts.unconnected === 0;
    this.noteText.textContent = counts.hidingUnconnected ? `${entities} hidden.` : `${entities} shown.`;
    this.noteText.dataset.hidden = String(counts.hidingUnconnected ? counts.unconnected : 0);
    this.noteToggle.textContent = counts.hidingUnconnected ? 'Show them' : 'Hide them';
  }

  /** The colour key of the largest communities, when colouring by community. */
  renderCommunities(communities: Communities | null): void {
    this.communityLegend.hidden = communities === null;
    if (communities === null) return;
    const rows = COMMUNITY_COLORS.slice(0, communities.sizes.length).map((color, rank) =>
      el('li', {}, [el('span', { className: 'legend-row' }, [swatch(color, 'dot'), el('span', { className: 'name', text: `community ${rank + 1}` }), el('span', { className: 'count', text: count(communities.sizes[rank] ?? 0) })])]),
    );
    const rest = communities.sizes.slice(COMMUNITY_COLORS.length).reduce((sum, n) => sum + n, 0);
    if (rest > 0) rows.push(el('li', {}, [el('span', { className: 'legend-row' }, [swatch(COLORS.fallback, 'dot'), el('span', { className: 'name', text: 'smaller ones' }), el('span', { className: 'count', text: count(rest) })])]));
    this.communityLegend.replaceChildren(...rows);
  }
}
