// Marks the names of an edge's entities inside its evidence sentence. The sentence is split into
// plain-text pieces and marked pieces, rendered as text nodes and <mark> elements: never as HTML.

export interface Segment {
  text: string;
  marked: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isBoundary(text: string, index: number): boolean {
  const char = text[index];
  return char === undefined || !WORD_CHAR.test(char);
}

/**
 * Splits `text` around whole-word, case-insensitive occurrences of any of `names`; where names
 * overlap, the earliest and then the longest wins.
 */
export function markNames(text: string, names: readonly string[]): Segment[] {
  // Lower-casing a few characters (e.g. "İ") changes the length; such text is matched as written.
  const folds = text.toLowerCase().length === text.length;
  const fold = (s: string): string => (folds ? s.toLowerCase() : s);
  const haystack = fold(text);
  const matches: Array<[number, number]> = [];
  for (const name of new Set(names.map((n) => fold(n.trim())).filter((n) => n.length > 1))) {
    for (let at = haystack.indexOf(name); at !== -1; at = haystack.indexOf(name, at + 1)) {
      if (isBoundary(haystack, at - 1) && isBoundary(haystack, at + name.length)) matches.push([at, at + name.length]);
    }
  }
  matches.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of matches) {
    if (start < cursor) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), marked: false });
  return segments;
}

/** Appends the sentence to `parent` with the names marked. */
export function appendMarked(parent: HTMLElement, text: string, names: readonly string[]): void {
  for (const segment of markNames(text, names)) {
    if (!segment.marked) {
      parent.append(document.createTextNode(segment.text));
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = segment.text;
    parent.append(mark);
  }
}
