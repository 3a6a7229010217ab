import { extractArticle } from '../../src/extract';
import { splitWindows, WINDOW_CHARS } from '../../src/extract/windows';

const PEOPLE = ['Lena Marsh', 'Tomas Ecker', 'Greta Holloway', 'Oskar Brandvik', 'Nadia Sorell', 'Pavel Quist'];
const CITIES = ['Port Avelin', 'Dunmore Falls', 'Kestrel Harbor'];

/** Invented paragraphs in a fixed cycle until the text passes `chars`; the last one is `last`. */
function longArticle(chars: number, last: string): string {
  const parts = ['Harbor council meets again\n\n'];
  let size = parts[0]?.length ?? 0;
  for (let i = 0; size < chars; i++) {
    const a = PEOPLE[i % PEOPLE.length] as string;
    const b = PEOPLE[(i + 2) % PEOPLE.length] as string;
    const paragraph = `${a} met ${b} in ${CITIES[i % CITIES.length]} on Monday. Officials said the market stayed calm through the week.\n\n`;
    parts.push(paragraph);
    size += paragraph.length;
  }
  parts.push(last);
  return parts.join('');
}

describe('a very long article is read in windows of whole paragraphs', () => {
  it('splits at paragraph breaks into windows that cover the text once', () => {
    const text = longArticle(3 * WINDOW_CHARS, 'Ada Quill met Bo Ferrant in Lowmarsh.');
    const windows = splitWindows(text);
    expect(windows.length).toBeGreaterThanOrEqual(3);
    expect(windows[0]?.start).toBe(0);
    expect(windows[windows.length - 1]?.end).toBe(text.length);
    for (const [k, w] of windows.entries()) {
      expect(w.end - w.start).toBeLessThanOrEqual(WINDOW_CHARS);
      if (k > 0) expect(w.start).toBe(windows[k - 1]?.end);
      if (k < windows.length - 1) expect(text.slice(w.end - 2, w.end)).toBe('\n\n');
    }
  });

  it('keeps a short article in one window', () => {
    const text = 'Headline\n\nAda Quill met Bo Ferrant.';
    expect(splitWindows(text)).toEqual([{ start: 0, end: text.length }]);
  });

  it('finds what every window states, in the article’s offsets, one entity per name', () => {
    const text = longArticle(WINDOW_CHARS + 20_000, 'Ada Quill met Bo Ferrant in Lowmarsh on Friday.');
    expect(splitWindows(text).length).toBe(2);
    const extraction = extractArticle(text, 'long');
    // Mentions and evidence point at the article's own text.
    for (const m of extraction.mentions ?? []) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const r of extraction.relations) for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.sentence);
    // A person named in both windows is one entity whose count is all its mentions.
    const ids = extraction.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const lena = extraction.entities.find((e) => e.label === 'Lena Marsh');
    expect(lena?.mentions).toBe((extraction.mentions ?? []).filter((m) => m.entity === lena?.id).length);
    expect(lena?.mentions).toBeGreaterThan(500);
    // The meeting in the last window is found, with its evidence where the text states it.
    const met = extraction.relations.find((r) => r.relation === 'met-with' && [r.source, r.target].sort().join() === 'ada-quill,bo-ferrant');
    expect(met?.evidence.map((e) => e.start)).toEqual([text.indexOf('Ada Quill met')]);
  }, 120_000);
});
