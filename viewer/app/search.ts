// Search with autocomplete over labels and aliases: a ranked match over every node, shown as an
// accessible combobox (arrow keys, Enter, Escape). Choosing a result hands its key to onChoose.
import { KIND_COLORS } from '../../src/schema';
import type { EntityKind, KnowledgeGraph } from '../../src/types';
import { el, swatch } from './dom';

interface Entry {
  key: string;
  label: string;
  kind: EntityKind;
  mentions: number;
  /** Label first, then aliases, as written and lower-cased. */
  original: string[];
  names: string[];
}

export interface SearchResult {
  key: string;
  label: string;
  kind: EntityKind;
  /** The alias that matched, when the label did not. */
  alias: string | null;
}

export type SearchIndex = readonly Entry[];

export function buildSearchIndex(graph: KnowledgeGraph): SearchIndex {
  return graph.mapNodes((key, a) => {
    const original = [a.label, ...a.aliases];
    return { key, label: a.label, kind: a.kind, mentions: a.mentions, original, names: original.map((name) => name.toLowerCase()) };
  });
}

/** 0 exact, 1 prefix, 2 a word starts with the query, 3 contains it; -1 no match. */
function rank(name: string, query: string): number {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  const at = name.indexOf(query);
  if (at === -1) return -1;
  return /[\s\-'’.(]/.test(name[at - 1] ?? '') ? 2 : 3;
}

export function searchNodes(index: SearchIndex, rawQuery: string, limit = 8): SearchResult[] {
  const query = rawQuery.trim().toLowerCase();
  if (query === '') return [];
  const scored: Array<{ entry: Entry; score: number; alias: string | null }> = [];
  for (const entry of index) {
    let best = -1;
    let bestName = 0;
    entry.names.forEach((name, i) => {
      const r = rank(name, query);
      if (r !== -1 && (best === -1 || r < best)) {
        best = r;
        bestName = i;
      }
    });
    if (best === -1) continue;
    // A label match outranks an alias match of the same quality.
    const score = best * 2 + (bestName === 0 ? 0 : 1);
    scored.push({ entry, score, alias: bestName === 0 ? null : (entry.original[bestName] ?? null) });
  }
  scored.sort((a, b) => a.score - b.score || b.entry.mentions - a.entry.mentions || a.entry.label.localeCompare(b.entry.label));
  return scored.slice(0, limit).map(({ entry, alias }) => ({ key: entry.key, label: entry.label, kind: entry.kind, alias }));
}

/**
 * Wires the search input and its listbox; returns a function that swaps in a new index. Esc
 * closes the suggestions, then clears the box and calls onClear.
 */
export function bindSearch(input: HTMLInputElement, list: HTMLUListElement, onChoose: (key: string) => void, onClear: () => void): (index: SearchIndex) => void {
  let index: SearchIndex = [];
  let results: SearchResult[] = [];
  let active = -1;

  const close = (): void => {
    results = [];
    active = -1;
    list.replaceChildren();
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const choose = (result: SearchResult | undefined): void => {
    if (result === undefined) return;
    input.value = result.label;
    close();
    onChoose(result.key);
  };

  const render = (): void => {
    list.replaceChildren(
      ...results.map((result, i) => {
        const option = el('li', { attrs: { role: 'option', id: `search-option-${i}`, 'aria-selected': String(i === active) } }, [
          swatch(KIND_COLORS[result.kind], 'dot'),
          el('span', { className: 'option-label', text: result.label }),
          ...(result.alias === null ? [] : [el('span', { className: 'option-alias', text: `“${result.alias}”` })]),
          el('span', { className: 'option-kind', text: result.kind }),
        ]);
        // mousedown, not click: it fires before the input loses focus and closes the list.
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(result);
        });
        return option;
      }),
    );
    if (results.length === 0 && input.value.trim() !== '') {
      list.append(el('li', { className: 'no-results', text: 'No entity by that name', attrs: { role: 'presentation' } }));
    }
    list.hidden = list.childElementCount === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  input.addEventListener('input', () => {
    results = searchNodes(index, input.value);
    active = results.length > 0 ? 0 : -1;
    render();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (results.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + results.length) % results.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(results[active]);
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      if (!list.hidden) close();
      else {
        input.value = '';
        input.blur();
        onClear();
      }
    }
  });
  input.addEventListener('blur', close);

  return (next) => {
    index = next;
    close();
  };
}
