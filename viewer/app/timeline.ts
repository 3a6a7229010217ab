// The timeline strip: a histogram of evidence per day, month or year (whichever keeps the bars
// few enough to read) and a brush. Dragging across it sets the view's since/until, which hides the
// edges with no evidence in the range; a click without a drag, or "All dates", clears it.
import { daySpan } from '../../src/dates';
import type { KnowledgeGraph } from '../../src/types';
import { el } from './dom';

export interface TimelineActions {
  setRange(since: string | null, until: string | null): void;
}

interface Bucket {
  /** First and last day the bar covers. */
  first: string;
  last: string;
  count: number;
}

const SVG = 'http://www.w3.org/2000/svg';
const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

function dayOf(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Each evidence counted at the first day of its date. */
export function evidenceDays(graph: KnowledgeGraph): string[] {
  const days: string[] = [];
  graph.forEachEdge((_edge, a) => {
    for (const e of a.evidence) if (e.date !== undefined) days.push(daySpan(e.date)[0]);
  });
  return days.sort();
}

/** Bars over the dates: by day up to three months, by month up to eight years, else by year. */
export function buckets(days: readonly string[]): Bucket[] {
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return [];
  const span = dayNumber(last) - dayNumber(first);
  const unit: 'day' | 'month' | 'year' = span <= 92 ? 'day' : span <= 8 * 366 ? 'month' : 'year';
  const keyOf = (day: string): string => (unit === 'day' ? day : unit === 'month' ? day.slice(0, 7) : day.slice(0, 4));
  const counts = new Map<string, number>();
  for (const day of days) counts.set(keyOf(day), (counts.get(keyOf(day)) ?? 0) + 1);
  const bars: Bucket[] = [];
  for (let key = keyOf(first); key <= keyOf(last); key = next(key, unit)) {
    const [start, end] = daySpan(key);
    bars.push({ first: start, last: end, count: counts.get(key) ?? 0 });
  }
  return bars;
}

function next(key: string, unit: 'day' | 'month' | 'year'): string {
  if (unit === 'day') return dayOf(dayNumber(key) + 1);
  if (unit === 'year') return String(Number(key) + 1);
  const [year, month] = key.split('-').map(Number);
  return month === 12 ? `${(year ?? 0) + 1}-01` : `${year}-${String((month ?? 0) + 1).padStart(2, '0')}`;
}

export class Timeline {
  private bars: Bucket[] = [];
  private readonly svg: SVGSVGElement;
  private readonly label: HTMLSpanElement;
  private readonly clear: HTMLButtonElement;

  constructor(private readonly container: HTMLElement, private readonly actions: TimelineActions) {
    this.svg = document.createElementNS(SVG, 'svg');
    this.svg.setAttribute('class', 'histogram');
    this.svg.setAttribute('aria-label', 'Evidence over time; drag to show only a range of dates');
    this.label = el('span', { className: 'range' });
    this.clear = el('button', { text: 'All dates', attrs: { type: 'button' } });
    this.clear.addEventListener('click', () => this.actions.setRange(null, null));
    container.replaceChildren(el('div', { className: 'timeline-head' }, [el('strong', { text: 'Timeline' }), this.label, this.clear]), this.svg);
    this.bindBrush();
  }

  /** Draws the bars of a graph; hides the strip when nothing is dated. */
  setGraph(graph: KnowledgeGraph): void {
    this.bars = buckets(evidenceDays(graph));
    this.container.hidden = this.bars.length === 0;
    const max = Math.max(1, ...this.bars.map((b) => b.count));
    const width = 100 / Math.max(1, this.bars.length);
    this.svg.setAttribute('viewBox', '0 0 100 40');
    this.svg.setAttribute('preserveAspectRatio', 'none');
    const rects = this.bars.map((bar, i) => {
      const rect = document.createElementNS(SVG, 'rect');
      const height = (bar.count / max) * 36;
      for (const [name, value] of Object.entries({ x: i * width, y: 40 - height, width: width * 0.9, height })) rect.setAttribute(name, String(value));
      rect.setAttribute('data-first', bar.first);
      rect.setAttribute('data-last', bar.last);
      const title = document.createElementNS(SVG, 'title');
      title.textContent = `${bar.first === bar.last ? bar.first : `${bar.first} – ${bar.last}`}: ${bar.count} statements`;
      rect.append(title);
      return rect;
    });
    this.svg.replaceChildren(...rects);
  }

  /** Marks the bars in the range and says the range in words. */
  showRange(since: string | null, until: string | null): void {
    for (const rect of this.svg.querySelectorAll('rect')) {
      const inside = (since === null || (rect.getAttribute('data-last') ?? '') >= since) && (until === null || (rect.getAttribute('data-first') ?? '') <= until);
      rect.classList.toggle('outside', !inside);
    }
    this.label.textContent = since === null && until === null ? 'all dates' : `${since ?? '…'} to ${until ?? '…'}`;
    this.clear.disabled = since === null && until === null;
  }

  private barAt(clientX: number): Bucket | undefined {
    const box = this.svg.getBoundingClientRect();
    const i = Math.floor(((clientX - box.left) / Math.max(1, box.width)) * this.bars.length);
    return this.bars[Math.min(this.bars.length - 1, Math.max(0, i))];
  }

  private bindBrush(): void {
    let from: number | null = null;
    this.svg.addEventListener('pointerdown', (event) => {
      from = event.clientX;
      this.svg.setPointerCapture(event.pointerId);
    });
    this.svg.addEventListener('pointerup', (event) => {
      if (from === null) return;
      const start = from;
      from = null;
      // A click without a drag clears the range.
      if (Math.abs(event.clientX - start) < 3) return this.actions.setRange(null, null);
      const a = this.barAt(Math.min(start, event.clientX));
      const b = this.barAt(Math.max(start, event.clientX));
      if (a !== undefined && b !== undefined) this.actions.setRange(a.first, b.last);
    });
  }
}
