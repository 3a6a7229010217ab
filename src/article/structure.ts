// The parts of a news article that are not running prose: the title line, datelines
// ("OSLO (Wire) -", "LIMA, March 2 -", "LIMA 1996-08-30") and photo credits
// ("Photo: Abc", "(AP Photo/Ada Lin)"). Offsets are character offsets into the text.

export interface Span {
  start: number;
  end: number;
}

export interface Dateline {
  /** The place the story was filed from ("OSLO"), as written. */
  place: Span;
  /** The wire service in brackets ("Wire"), when there is one. */
  outlet?: Span;
  /** A date or an outlet stands with the place, so the line is surely a dateline. */
  dated: boolean;
}

export interface Credit {
  /** The agency or outlet credited ("Abc" in "Photo: Abc", "AP" in "AP Photo/Ada Lin"). */
  source?: Span;
  /** The photographer, when named after a slash. */
  person?: Span;
}

export interface ArticleStructure {
  /** The first line, when it stands alone above the body as a headline. */
  title?: Span;
  datelines: Dateline[];
  credits: Credit[];
}

// Place in capitals (or two, "ABC/XYZ"), optional ", State" or date, optional "(Outlet)", then a dash.
const DATELINE =
  /^([A-Z][A-Z.'\u2019 /-]*[A-Z.])(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\(([^)\n]{2,40})\))?\s*[-\u2013\u2014]+\s/;
// A wire-service place written in title case needs the bracketed outlet to be sure.
const DATELINE_TITLE_CASE = /^([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})(?:,\s*[A-Z][a-z]+\s+\d{1,2})?\s*\(([^)\n]{2,40})\)\s*[-\u2013\u2014]+\s/;
// A place in capitals and an ISO date on a line of their own.
const DATELINE_LINE = /^([A-Z][A-Z.'\u2019 -]*[A-Z.])(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?\s+(\d{4}-\d{2}-\d{2})\s*$/;
const DATE = /\s[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b/;
const CREDIT = /\b(?:Photo|Photograph|Picture|Image|Credit|Photo credit)s?(?: by)?\s*:\s*([^\n.;()]{2,60}?)\s*\)?\s*$/;
const AGENCY_PHOTO = /\(([A-Z][\w.&-]*) Photo\/([^)\n]{2,60})\)/g;

export function readStructure(text: string): ArticleStructure {
  const structure: ArticleStructure = { datelines: [], credits: [] };
  let lineStart = 0;
  let firstLine = true;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim()) {
      if (firstLine) {
        firstLine = false;
        if (isTitle(line, text, lineEnd)) structure.title = trimSpan(text, lineStart, lineEnd);
      }
      readLine(line, lineStart, structure);
    }
    lineStart = lineEnd + 1;
  }
  return structure;
}

/** A first line is a headline when more text follows and it does not end like a sentence. */
function isTitle(line: string, text: string, lineEnd: number): boolean {
  if (!text.slice(lineEnd).trim()) return false;
  const endsLikeSentence = /[.:;,]["\u201D\u2019]?\s*$/.test(line);
  return !endsLikeSentence || line === line.toUpperCase();
}

function readLine(line: string, offset: number, structure: ArticleStructure): void {
  const lead = line.length - line.trimStart().length;
  const body = line.slice(lead);
  const dateline = DATELINE.exec(body) ?? DATELINE_TITLE_CASE.exec(body) ?? DATELINE_LINE.exec(body);
  if (dateline?.[1]) {
    const placeStart = offset + lead;
    const outlet = dateline[2];
    const dated = Boolean(outlet) || DATE.test(dateline[0]);
    // "WASHINGTON/NEW YORK (Reuters) -": one dateline per place, the outlet with the last.
    let partStart = placeStart;
    const parts = dateline[1].split('/');
    parts.forEach((part, k) => {
      const entry: Dateline = { place: { start: partStart, end: partStart + part.length }, dated };
      partStart += part.length + 1;
      if (k === parts.length - 1 && outlet && !/^\d/.test(outlet)) {
        const at = body.indexOf(`(${outlet})`) + 1;
        entry.outlet = { start: offset + lead + at, end: offset + lead + at + outlet.length };
      }
      if (part) structure.datelines.push(entry);
    });
  }
  // Each credit pattern holds a literal most lines lack: the regexes run only where it stands.
  const credit = line.includes(':') ? CREDIT.exec(line) : null;
  if (credit?.[1] && credit.index !== undefined) {
    const at = line.lastIndexOf(credit[1]);
    structure.credits.push({ source: { start: offset + at, end: offset + at + credit[1].length } });
  }
  if (!line.includes(' Photo/')) return;
  for (const m of line.matchAll(AGENCY_PHOTO)) {
    const source = m[1] ?? '';
    const person = (m[2] ?? '').trim();
    const at = offset + (m.index ?? 0) + 1;
    const personAt = offset + line.indexOf(person, m.index ?? 0);
    structure.credits.push({
      source: { start: at, end: at + source.length },
      person: { start: personAt, end: personAt + person.length },
    });
  }
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
