// Builds DOM nodes from plain values. Text always goes in through textContent: labels and evidence
// come from articles and must never be parsed as markup.

export interface ElementOptions {
  className?: string;
  text?: string;
  attrs?: Readonly<Record<string, string>>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: ReadonlyArray<Node | string> = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className !== undefined) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) element.setAttribute(name, value);
  for (const child of children) element.append(child);
  return element;
}

/** The element with this id, which the page must have: a missing one is a bug in index.html. */
export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`viewer: index.html has no element #${id}`);
  return element as T;
}

/** A small coloured square or line standing for a kind or relation. */
export function swatch(color: string, shape: 'dot' | 'line'): HTMLSpanElement {
  const span = el('span', { className: `swatch swatch-${shape}`, attrs: { 'aria-hidden': 'true' } });
  span.style.setProperty('--swatch', color);
  return span;
}
