// On narrow screens (below 700 px, style.css) the legend and filters slide in over the graph as
// a drawer, opened by a button in the top bar, so the graph keeps the full width.
export interface Drawer {
  close(): void;
}

export function bindDrawer(drawer: HTMLElement, toggle: HTMLButtonElement, closeButton: HTMLButtonElement): Drawer {
  const set = (open: boolean): void => {
    drawer.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => set(!drawer.classList.contains('open')));
  closeButton.addEventListener('click', () => set(false));
  return { close: () => set(false) };
}
