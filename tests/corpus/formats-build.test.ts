// `kg build` over a folder of every article format, through the real command line: the same
// graph.json byte for byte with one worker or two; each article's fields and its file's date reach
// the extraction (a dateline without a year takes the file's); and the corpus store re-extracts an
// article when what its extraction read changes (a record's date, the file date its dateline
// needed), and only then.
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGraph } from '../../src/graph/load';
import type { KnowledgeGraph } from '../../src/types';
import { removeDir, runKg, scratchDir } from '../cli/run-kg';

const PAGE = `<!doctype html><html><head><title>Ferry plan - Avelin Herald</title><meta property="og:site_name" content="Avelin Herald"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Ferry plan</h1>
<p>Mayor Lena Marsh visited Port Avelin on Tuesday to open the new ferry terminal beside the old harbour wall.</p>
<p>Tomas Ecker told the Avelin Herald that the crossing would carry its first passengers in the spring, weather permitting.</p>
<p>Greta Holloway, who chairs the harbour board, said the board had waited eleven years for the terminal to be finished.</p>
<p>The council expects more than a thousand crossings in the first season, and a second boat if the numbers hold.</p></article>
<footer>Copyright Avelin Herald</footer></body></html>`;

function feed(secondDate: string): string {
  return [
    JSON.stringify({ id: 'feed-a', title: 'Talks', text: 'Tomas Ecker met Greta Holloway in Port Avelin.\n', outlet: 'Avelin Herald' }),
    JSON.stringify({ id: 'feed-b', title: 'Talks again', text: 'Lena Marsh met Greta Holloway on Friday.\n', date: secondDate }),
  ].join('\n');
}

let dir: string;
beforeAll(() => {
  dir = scratchDir();
  const files: Record<string, string> = {
    'mixed/wire.txt': 'Harbour deal signed\n\nLONDON, March 2 (Reuters) - The harbour deal was signed at last.\n\nMayor Lena Marsh met Tomas Ecker on Thursday in London.\n',
    'mixed/notes.md': '---\ntitle: Harbour notes\ndate: 2024-04-10\nauthor: Cy Moss\n---\nGreta Holloway met Tomas Ecker in Port Avelin on Monday.\n',
    'mixed/np.json': JSON.stringify({ title: 'Port deal', maintext: 'Lena Marsh met Tomas Ecker in Lisbon last week.\n', date_publish: '2024-05-01 09:30:00', source_domain: 'news.example', authors: ['Di Roe'] }),
    'mixed/feed.jsonl': feed('2024-03-18'),
    'mixed/rows.csv': 'id,title,text,date\nrow-a,Visit,"Lena Marsh visited Lisbon on Wednesday.\nShe met Tomas Ecker there.",2024-06-07\n',
    'mixed/page.html': PAGE,
  };
  mkdirSync(join(dir, 'mixed'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  setFileDay('mixed/wire.txt', '2024-05-10');
}, 30_000);
afterAll(() => removeDir(dir));

function setFileDay(name: string, day: string): void {
  const time = new Date(`${day}T12:00:00Z`);
  utimesSync(join(dir, name), time, time);
}

function build(out: string, ...flags: string[]): string {
  const run = runKg(dir, ['build', 'mixed', '--out', out, ...flags]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

const graphText = (out: string): string => readFileSync(join(dir, out, 'graph.json'), 'utf8');

/** Each piece of evidence of the article's typed edges: relation, date and where the date is from. */
function datedEvidence(graph: KnowledgeGraph, article: string): string[] {
  return graph
    .filterEdges((_, a) => a.relation !== 'mentioned-with')
    .flatMap((edge) => graph.getEdgeAttribute(edge, 'evidence').filter((e) => e.article === article).map((e) => `${graph.getEdgeAttribute(edge, 'relation')} ${e.date ?? '-'} ${e.dateSource ?? '-'}`))
    .sort();
}

describe('kg build over every format', () => {
  it('gives the same graph.json with one worker and with two', () => {
    build('one', '--jobs', '1', '--no-store');
    build('two', '--jobs', '2', '--no-store');
    expect(graphText('two')).toBe(graphText('one'));
  });

  it("keeps each article's metadata from its fields, or from its dateline and its file's date", () => {
    const articles = loadGraph(join(dir, 'one', 'graph.json')).getAttribute('articles') ?? {};
    expect(Object.keys(articles).sort()).toEqual(['feed-a', 'feed-b', 'notes', 'np', 'page', 'row-a', 'wire']);
    expect(articles.wire).toEqual({ title: 'Harbour deal signed', date: '2024-03-02', outlet: 'Reuters', words: 25 });
    expect(articles.notes).toMatchObject({ title: 'Harbour notes', date: '2024-04-10', author: 'Cy Moss' });
    expect(articles.np).toMatchObject({ title: 'Port deal', date: '2024-05-01', outlet: 'news.example', author: 'Di Roe' });
    expect(articles['feed-a']).toEqual({ title: 'Talks', outlet: 'Avelin Herald', words: 8 });
    expect(articles['row-a']).toMatchObject({ title: 'Visit', date: '2024-06-07' });
    expect(articles.page).toMatchObject({ title: 'Ferry plan', outlet: 'Avelin Herald' });
  });

  it('dates the evidence of a plain .txt against its dateline: "on Thursday" before March 2, 2024', () => {
    const graph = loadGraph(join(dir, 'one', 'graph.json'));
    expect(datedEvidence(graph, 'wire')).toContain('met-with 2024-02-29 text');
    expect(datedEvidence(graph, 'feed-b')).toEqual(['met-with 2024-03-15 text']);
  });

  it('re-extracts a record whose date changed, and a .txt whose dateline needs the file date that changed, and nothing else', () => {
    expect(build('out')).toContain(': 7 extracted, 0 unchanged, 0 removed');
    writeFileSync(join(dir, 'mixed', 'feed.jsonl'), feed('2024-03-25'));
    expect(build('out')).toContain(': 1 extracted, 6 unchanged, 0 removed');
    expect(datedEvidence(loadGraph(join(dir, 'out', 'graph.json')), 'feed-b')).toEqual(['met-with 2024-03-22 text']);

    // A year later: the dateline's March 2 moves with it. The front matter's date needs no file date.
    setFileDay('mixed/wire.txt', '2025-05-10');
    setFileDay('mixed/notes.md', '2025-05-10');
    expect(build('out')).toContain(': 1 extracted, 6 unchanged, 0 removed');
    const graph = loadGraph(join(dir, 'out', 'graph.json'));
    expect(graph.getAttribute('articles')?.wire?.date).toBe('2025-03-02');
    expect(datedEvidence(graph, 'wire')).toContain('met-with 2025-02-27 text');
  });
});
