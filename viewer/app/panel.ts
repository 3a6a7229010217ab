// The side panel: a node's kind, aliases, mentions, articles and its relations grouped by type,
// each with its evidence sentences and the names in them marked; or one edge and its evidence.
import { KIND_COLORS, RELATION_COLORS, RELATIONS, RELATION_TYPES } from '../../src/schema';
import type { EdgeAttributes, Evidence, KnowledgeGraph, RelationType } from '../../src/types';
import { el, swatch } from './dom';
import { appendMarked } from './highlight';
import { articleTitle } from './articles';
import { orderControl, sortEdges } from './relation-order';

export interface PanelActions {
  openArticle(id: string): void;
  selectNode(key: string): void;
  selectEdge(key: string): void;
  /** Show only this entity's network, 1 or 2 steps deep. */
  focus(key: string, depth: 1 | 2): void;
}

/** A hub can have thousands of edges: each relation group shows this many, then a count. */
const EDGES_PER_GROUP = 50;

function namesOf(graph: KnowledgeGraph, key: string): string[] {
  const attributes = graph.getNodeAttributes(key);
  return [attributes.label, ...attributes.aliases];
}

function nodeButton(graph: KnowledgeGraph, key: string, actions: PanelActions): HTMLButtonElement {
  const attributes = graph.getNodeAttributes(key);
  const button = el('button', { className: 'link', attrs: { type: 'button', title: `Show ${attributes.label}` } }, [
    swatch(KIND_COLORS[attributes.kind], 'dot'),
    attributes.label,
  ]);
  button.addEventListener('click', () => actions.selectNode(key));
  return button;
}

/** A button opening the article in the reader. */
function readButton(id: string, actions: PanelActions): HTMLButtonElement {
  const button = el('button', { className: 'link subtle', text: 'read', attrs: { type: 'button', title: 'Show the article in the reader', 'data-article': id } });
  button.addEventListener('click', () => actions.openArticle(id));
  return button;
}

function evidenceList(graph: KnowledgeGraph, evidence: readonly Evidence[], names: readonly string[], actions: PanelActions): HTMLOListElement {
  return el(
    'ol',
    { className: 'evidence' },
    evidence.map((item) => {
      const quote = el('blockquote');
      appendMarked(quote, item.sentence, names);
      const when = item.date === undefined ? '' : ` · ${item.date}${item.dateSource === 'article' ? ' (article date)' : ''}`;
      const source = el('cite', { attrs: { title: `${item.article}, characters ${item.start}–${item.end}` } }, [articleTitle(graph, item.article), when, ' ', readButton(item.article, actions)]);
      return el('li', {}, [quote, source]);
    }),
  );
}

function edgeFacts(attributes: EdgeAttributes): HTMLElement[] {
  const facts: HTMLElement[] = [];
  if (attributes.role !== undefined) facts.push(el('span', { className: 'fact', text: `role: ${attributes.role}` }));
  if (attributes.status === 'planned') facts.push(el('span', { className: 'fact planned', text: 'planned, not yet done' }));
  if (attributes.firstSeen !== undefined && attributes.lastSeen !== undefined) {
    const when = attributes.firstSeen === attributes.lastSeen ? attributes.firstSeen : `${attributes.firstSeen} – ${attributes.lastSeen}`;
    facts.push(el('span', { className: 'fact when', text: when }));
  }
  const count = attributes.evidence.length;
  facts.push(el('span', { className: 'fact', text: `${count} ${count === 1 ? 'statement' : 'statements'}` }));
  return facts;
}

/** "→ Daily Lantern" for an edge leaving the node, "← ..." for one arriving, "— ..." undirected. */
function relationEntry(graph: KnowledgeGraph, node: string, edge: string, actions: PanelActions): HTMLLIElement {
  const attributes = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const other = source === node ? target : source;
  const arrow = !RELATIONS[attributes.relation].directed ? '—' : source === node ? '→' : '←';
  const direction = !RELATIONS[attributes.relation].directed ? 'with' : source === node ? 'to' : 'from';
  const evidenceButton = el('button', { className: 'link subtle', text: 'edge details', attrs: { type: 'button' } });
  evidenceButton.addEventListener('click', () => actions.selectEdge(edge));
  const header = el('div', { className: 'entry-head' }, [
    el('span', { className: 'arrow', text: arrow, attrs: { 'aria-label': direction } }),
    nodeButton(graph, other, actions),
    ...edgeFacts(attributes),
    evidenceButton,
  ]);
  return el('li', { className: 'relation-entry' }, [header, evidenceList(graph, attributes.evidence, [...namesOf(graph, source), ...namesOf(graph, target)], actions)]);
}

function heading(text: string, color: string | null, level: 'h2' | 'h3'): HTMLElement {
  return el(level, {}, color === null ? [text] : [swatch(color, level === 'h2' ? 'dot' : 'line'), text]);
}

export function renderNodePanel(body: HTMLElement, graph: KnowledgeGraph, node: string, actions: PanelActions): void {
  const a = graph.getNodeAttributes(node);
  const parts: HTMLElement[] = [
    heading(a.label, KIND_COLORS[a.kind], 'h2'),
    el('p', { className: 'kind', text: a.kind }),
  ];
  const facts = el('dl', { className: 'facts' }, [
    el('dt', { text: 'Also called' }),
    el('dd', { text: a.aliases.length > 0 ? a.aliases.join(', ') : '—' }),
    el('dt', { text: 'Mentions' }),
    el('dd', { text: String(a.mentions) }),
    el('dt', { text: a.articles.length === 1 ? 'Article' : `Articles (${a.articles.length})` }),
    el('dd', {}, [el('ul', { className: 'articles' }, a.articles.map((id) => el('li', {}, [articleTitle(graph, id), ' ', readButton(id, actions)])))]),
  ]);
  parts.push(facts);
  const focus = (depth: 1 | 2): HTMLButtonElement => {
    const button = el('button', { text: depth === 1 ? 'Its network' : '2 steps', attrs: { type: 'button', 'data-focus': String(depth), title: `Show only ${a.label} and what is within ${depth} step${depth === 1 ? '' : 's'} (${depth})` } });
    button.addEventListener('click', () => actions.focus(node, depth));
    return button;
  };
  parts.push(el('p', { className: 'focus-actions' }, [el('span', { className: 'muted', text: 'Focus:' }), focus(1), focus(2)]));

  const groups = new Map<RelationType, string[]>();
  graph.forEachEdge(node, (edge, attributes) => {
    const list = groups.get(attributes.relation) ?? [];
    list.push(edge);
    groups.set(attributes.relation, list);
  });
  if (groups.size === 0) parts.push(el('p', { className: 'empty', text: 'No relations.' }));
  else parts.push(orderControl(() => renderNodePanel(body, graph, node, actions)));
  for (const relation of RELATION_TYPES) {
    const edges = groups.get(relation);
    if (edges === undefined) continue;
    sortEdges(graph, edges);
    const section = el('section', { className: 'relation-group', attrs: { 'data-relation': relation } }, [
      heading(`${relation} (${edges.length})`, RELATION_COLORS[relation], 'h3'),
      el('ul', {}, edges.slice(0, EDGES_PER_GROUP).map((edge) => relationEntry(graph, node, edge, actions))),
    ]);
    if (edges.length > EDGES_PER_GROUP) section.append(el('p', { className: 'more', text: `and ${edges.length - EDGES_PER_GROUP} more` }));
    parts.push(section);
  }
  body.replaceChildren(...parts);
}

export function renderEdgePanel(body: HTMLElement, graph: KnowledgeGraph, edge: string, actions: PanelActions): void {
  const a = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const arrow = RELATIONS[a.relation].directed ? '→' : '—';
  body.replaceChildren(
    heading(a.relation, RELATION_COLORS[a.relation], 'h2'),
    el('p', { className: 'edge-ends' }, [nodeButton(graph, source, actions), el('span', { className: 'arrow', text: ` ${arrow} ` }), nodeButton(graph, target, actions)]),
    el('p', { className: 'facts-line' }, edgeFacts(a)),
    el('h3', { text: 'Evidence' }),
    evidenceList(graph, a.evidence, [...namesOf(graph, source), ...namesOf(graph, target)], actions),
  );
}
