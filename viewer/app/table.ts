// A sortable table of what is visible: the entities (connections counted among the visible
// edges) or the relations, a click on a row selecting it, and the rows as CSV. A table of tens
// of thousands of rows only slows the page, so it shows the first ROW_LIMIT; the CSV has all.
import { csvRows } from '../../src/export/csv';
import type { KnowledgeGraph } from '../../src/types';
import { el } from './dom';
import type { Visibility } from './filters';

const ROW_LIMIT = 300;

type Tab = 'entities' | 'relations';
type Cell = string | number;

interface Column {
  title: string;
  numeric: boolean;
}

interface Rows {
  columns: readonly Column[];
  rows: Array<{ key: string; cells: Cell[] }>;
}

export interface TableActions {
  selectNode(key: string): void;
  selectEdge(key: string): void;
  download(csv: string, what: Tab): void;
}

const ENTITY_COLUMNS: readonly Column[] = [
  { title: 'Entity', numeric: false },
  { title: 'Kind', numeric: false },
  { title: 'Connections', numeric: true },
  { title: 'Mentions', numeric: true },
  { title: 'Articles', numeric: true },
];

const RELATION_COLUMNS: readonly Column[] = [
  { title: 'Source', numeric: false },
  { title: 'Relation', numeric: false },
  { title: 'Target', numeric: false },
  { title: 'Evidence', numeric: true },
  { title: 'Status', numeric: false },
];

export function tableRows(graph: KnowledgeGraph, visibility: Visibility, tab: Tab, edgeVisible: (edge: string) => boolean): Rows {
  if (tab === 'entities') {
    const rows = [...visibility.nodes].map((key) => {
      const a = graph.getNodeAttributes(key);
      return { key, cells: [a.label, a.kind, visibility.degree.get(key) ?? 0, a.mentions, a.articles.length] };
    });
    return { columns: ENTITY_COLUMNS, rows };
  }
  const rows: Rows['rows'] = [];
  graph.forEachEdge((key, a, source, target) => {
    if (!edgeVisible(key)) return;
    rows.push({ key, cells: [graph.getNodeAttribute(source, 'label'), a.relation, graph.getNodeAttribute(target, 'label'), a.weight, a.status ?? ''] });
  });
  return { columns: RELATION_COLUMNS, rows };
}

export function sortRows(rows: Rows['rows'], column: number, descending: boolean): Rows['rows'] {
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = a.cells[column] ?? '';
    const y = b.cells[column] ?? '';
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return sign * order || a.key.localeCompare(b.key);
  });
}

export function rowsToCsv(columns: readonly Column[], rows: Rows['rows']): string {
  return csvRows([columns.map((c) => c.title), ...rows.map((r) => r.cells)]);
}

export class TablePanel {
  private tab: Tab = 'entities';
  private sortColumn = 2;
  private descending = true;

  constructor(private readonly container: HTMLElement, private readonly actions: TableActions) {}

  get open(): boolean {
    return !this.container.hidden;
  }

  setOpen(open: boolean): void {
    this.container.hidden = !open;
  }

  render(graph: KnowledgeGraph, visibility: Visibility, edgeVisible: (edge: string) => boolean): void {
    if (!this.open) return;
    const { columns, rows } = tableRows(graph, visibility, this.tab, edgeVisible);
    const sorted = sortRows(rows, this.sortColumn, this.descending);
    const tabButton = (tab: Tab, text: string): HTMLButtonElement => {
      const button = el('button', { text, attrs: { type: 'button', role: 'tab', 'aria-selected': String(this.tab === tab), 'data-tab': tab } });
      button.addEventListener('click', () => {
        this.tab = tab;
        this.sortColumn = tab === 'entities' ? 2 : 3;
        this.descending = true;
        this.render(graph, visibility, edgeVisible);
      });
      return button;
    };
    const csvButton = el('button', { text: 'Download CSV', attrs: { type: 'button', 'data-action': 'csv' } });
    csvButton.addEventListener('click', () => this.actions.download(rowsToCsv(columns, sorted), this.tab));
    const head = el('tr', {}, columns.map((column, index) => this.headerCell(column, index, () => this.render(graph, visibility, edgeVisible))));
    const body = sorted.slice(0, ROW_LIMIT).map(({ key, cells }) => {
      const tr = el('tr', { attrs: { tabindex: '0', 'data-key': key } }, cells.map((cell) => el('td', { text: typeof cell === 'number' ? cell.toLocaleString('en-US') : cell })));
      const choose = (): void => (this.tab === 'entities' ? this.actions.selectNode(key) : this.actions.selectEdge(key));
      tr.addEventListener('click', choose);
      tr.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') choose();
      });
      return tr;
    });
    const more = sorted.length > ROW_LIMIT ? `the first ${ROW_LIMIT} of ${sorted.length.toLocaleString('en-US')} rows; the CSV has all` : `${sorted.length.toLocaleString('en-US')} rows`;
    this.container.replaceChildren(
      el('div', { className: 'table-head' }, [el('div', { attrs: { role: 'tablist' } }, [tabButton('entities', 'Entities'), tabButton('relations', 'Relations')]), el('span', { className: 'more', text: more }), csvButton]),
      el('div', { className: 'table-scroll' }, [el('table', {}, [el('thead', {}, [head]), el('tbody', {}, body)])]),
    );
  }

  private headerCell(column: Column, index: number, rerender: () => void): HTMLTableCellElement {
    const sorted = index === this.sortColumn;
    const button = el('button', { className: 'link', text: column.title + (sorted ? (this.descending ? ' ↓' : ' ↑') : ''), attrs: { type: 'button' } });
    button.addEventListener('click', () => {
      this.descending = sorted ? !this.descending : column.numeric;
      this.sortColumn = index;
      rerender();
    });
    return el('th', { attrs: { 'aria-sort': sorted ? (this.descending ? 'descending' : 'ascending') : 'none', scope: 'col' } }, [button]);
  }
}
