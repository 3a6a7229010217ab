// Keyboard shortcuts, listed in the help (index.html): none fires while typing in a field, except
// Esc, which the search box handles first.
export interface KeyActions {
  search(): void;
  escape(): void;
  zoom(direction: 'in' | 'out'): void;
  fit(): void;
  reset(): void;
  focus(depth: 1 | 2): void;
  toggleCoMentions(): void;
  toggleTable(): void;
}

export function bindKeys(actions: KeyActions): void {
  const byKey: Record<string, () => void> = {
    '/': actions.search,
    '+': () => actions.zoom('in'),
    '=': () => actions.zoom('in'),
    '-': () => actions.zoom('out'),
    '0': actions.fit,
    r: actions.reset,
    '1': () => actions.focus(1),
    '2': () => actions.focus(2),
    c: actions.toggleCoMentions,
    t: actions.toggleTable,
  };
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      if (!event.defaultPrevented) actions.escape();
      return;
    }
    const target = event.target as HTMLElement | null;
    const typing = target !== null && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
    const action = byKey[event.key];
    if (typing || action === undefined || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    action();
  });
}
