// Every input format, read through the article stream from small files written for the test,
// malformed ones included: each bad record named by file and line, or skipped and reported.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleFields } from '../../src/article/metadata';
import { articleContent, readArticleStream } from '../../src/article/stream';
import type { KgError } from '../../src/errors';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-formats-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

interface Read {
  id: string;
  line?: number;
  text: string;
  fields: ArticleFields;
}

async function read(paths: string[], options: { skip?: boolean; maxArticleMb?: number } = {}): Promise<{ articles: Read[]; bad: string[] }> {
  const articles: Read[] = [];
  const bad: string[] = [];
  const stream = readArticleStream(paths, { ...(options.skip === true ? { onBadRecord: (p: KgError) => bad.push(p.message) } : {}), ...(options.maxArticleMb === undefined ? {} : { maxArticleMb: options.maxArticleMb }) });
  for await (const article of stream) articles.push({ id: article.id, ...(article.line === undefined ? {} : { line: article.line }), ...(await articleContent(article)) });
  return { articles, bad };
}

async function failure(paths: string[]): Promise<string> {
  try {
    await read(paths);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the read to fail');
}

const BODY = 'Mayor Ada Lin met Bo Ferren in Port Vella on Monday.\n';

describe('front matter (.md, .txt)', () => {
  it('takes the fields from the YAML block and the article from after it', async () => {
    const path = file('harbour.md', `---\ntitle: Harbour talks\ndate: 2024-03-02\nurl: https://news.example/h\nsource: Daily Abc\nauthors: [Cy Moss, Di Roe]\n---\n${BODY}`);
    expect((await read([path])).articles).toEqual([
      { id: 'harbour', text: BODY, fields: { title: 'Harbour talks', date: '2024-03-02', url: 'https://news.example/h', outlet: 'Daily Abc', author: 'Cy Moss, Di Roe' } },
    ]);
  });

  it('reads a .txt without front matter whole', async () => {
    expect((await read([file('plain.txt', `Talks resume\n\n${BODY}`)])).articles).toEqual([{ id: 'plain', text: `Talks resume\n\n${BODY}`, fields: {} }]);
  });

  it('names the file and line of YAML that does not parse, a date that is none, a block never closed', async () => {
    expect(await failure([file('broken.md', `---\ntitle: [unclosed\n---\n${BODY}`)])).toMatch(/broken\.md:\d+: front matter is not valid YAML/);
    expect(await failure([file('undated.md', `---\ndate: someday\n---\n${BODY}`)])).toMatch(/undated\.md: date "someday" names no day/);
    expect(await failure([file('open.md', `---\ntitle: x\n${BODY}`)])).toMatch(/open\.md:1: front matter opened with --- is never closed/);
    expect(await failure([file('hollow.md', `---\ntitle: x\n---\n\n`)])).toMatch(/hollow\.md: no article text after the front matter/);
  });
});

describe('news-please .json', () => {
  it('maps maintext, date_publish, source_domain and authors; the file names the article', async () => {
    const record = { title: 'Port deal', maintext: BODY, date_publish: '2017-12-31 22:13:00', date_modify: null, url: 'https://x.example/p', source_domain: 'x.example', authors: ['Cy Moss'], language: 'en' };
    expect((await read([file('np-1.json', JSON.stringify(record, null, 2))])).articles).toEqual([
      { id: 'np-1', text: BODY, fields: { title: 'Port deal', date: '2017-12-31', url: 'https://x.example/p', outlet: 'x.example', author: 'Cy Moss' } },
    ]);
  });

  it('takes a null date_publish as no date', async () => {
    expect((await read([file('np-3.json', JSON.stringify({ maintext: BODY, date_publish: null }))])).articles[0]?.fields).toEqual({});
  });

  it('refuses a file without maintext, or that is not JSON, naming it', async () => {
    expect(await failure([file('np-2.json', JSON.stringify({ title: 'No text' }))])).toMatch(/np-2\.json: record has no text/);
    expect(await failure([file('np-4.json', '{"maintext": "Ada Lin\n spoke."')])).toMatch(/^\S*np-4\.json: not valid JSON \([^\n]+\)$/);
  });
});

describe('JSON lines', () => {
  const lines = [
    JSON.stringify({ id: 'a-1', title: 'First', text: BODY, date: '2024-03-02T23:10:00-05:00', outlet: 'Daily Abc' }),
    '{"id": "a-2", "text": "broken',
    JSON.stringify({ id: 'a-3', title: 'No text here' }),
    '',
    JSON.stringify({ title: 'No id', text: BODY }),
    '["not", "a", "record"]',
    JSON.stringify({ id: 'a-7', text: 'Ada\u0000\u0001\u0002 Lin' }),
  ].join('\n');

  it('stops at the first bad record, naming file and line', async () => {
    expect(await failure([file('feed.jsonl', lines)])).toMatch(/feed\.jsonl:2: not valid JSON \(/);
  });

  it('with skipping, reads the good records and reports each bad one by line', async () => {
    const { articles, bad } = await read([file('feed.ndjson', lines)], { skip: true });
    expect(articles.map((a) => [a.id, a.line, a.fields.title, a.fields.date])).toEqual([
      ['a-1', 1, 'First', '2024-03-02'],
      ['feed-5', 5, 'No id', undefined],
    ]);
    expect(bad).toEqual([
      expect.stringMatching(/feed\.ndjson:2: not valid JSON/),
      expect.stringMatching(/feed\.ndjson:3: record has no text/),
      expect.stringMatching(/feed\.ndjson:6: record is not an object of fields/),
      expect.stringMatching(/feed\.ndjson:7: text is binary \(NUL character at offset 3\)/),
    ]);
  });

  it('refuses an id used twice, naming both places', async () => {
    const twice = [JSON.stringify({ id: 'x', text: BODY }), JSON.stringify({ id: 'x', text: BODY })].join('\n');
    expect(await failure([file('twice.jsonl', twice)])).toMatch(/twice\.jsonl:2: article id "x" is already used by .*twice\.jsonl:1$/);
  });

  it('reads CRLF lines, and a line longer than the chunks it is read in', async () => {
    const long = 'Ada Lin met Bo Ferren. '.repeat(80_000);
    const { articles } = await read([file('wide.jsonl', [JSON.stringify({ id: 'w-1', text: long }), JSON.stringify({ id: 'w-2', text: BODY }), ''].join('\r\n'))]);
    expect(articles.map((a) => [a.id, a.text.length])).toEqual([
      ['w-1', long.length],
      ['w-2', BODY.length],
    ]);
  });

  it('passes over a line over the size limit, naming it, and reads on', async () => {
    const big = JSON.stringify({ id: 'big', text: 'Word '.repeat(300_000) });
    const { articles, bad } = await read([file('sizes.jsonl', [big, JSON.stringify({ id: 'small', text: BODY })].join('\n'))], { skip: true, maxArticleMb: 1 });
    expect(articles.map((a) => a.id)).toEqual(['small']);
    expect(bad).toEqual([expect.stringMatching(/sizes\.jsonl:1: article is 1\.4 MB, over the limit of 1 MB per article \(raise it with --max-article-mb\)$/)]);
  });

  it('names the line and offset of bytes that are not UTF-8', async () => {
    const latin = Buffer.concat([Buffer.from(`${JSON.stringify({ id: 'ok', text: BODY })}\n{"id": "caf", "text": "Caf`), Buffer.from([0xe9]), Buffer.from(' owner Ada Lin"}\n')]);
    expect(await failure([file('latin.jsonl', latin)])).toMatch(/latin\.jsonl:2: not valid UTF-8 text \(byte 0xE9 at offset 26\)$/);
  });

  it('refuses a file with no records', async () => {
    expect(await failure([file('blank.jsonl', '\n\n')])).toMatch(/blank\.jsonl: holds no articles/);
  });
});

describe('CSV with a header row', () => {
  it('keeps quoted commas, quotes and line breaks inside a field, and names each row by the line it starts on', async () => {
    const csv = 'id,title,text,date\r\nc-1,"Talks, again","Ada Lin met Bo Ferren.\r\nThey spoke of ""trade"".",2024-03-02\r\nc-2,Later,Bo Ferren left.,\r\n';
    expect((await read([file('rows.csv', csv)])).articles).toEqual([
      { id: 'c-1', line: 2, text: 'Ada Lin met Bo Ferren.\r\nThey spoke of "trade".', fields: { title: 'Talks, again', date: '2024-03-02' } },
      { id: 'c-2', line: 4, text: 'Bo Ferren left.', fields: { title: 'Later' } },
    ]);
  });

  it('names the line a row without text starts on', async () => {
    expect(await failure([file('gaps.csv', 'id,title,text\nc-1,One,"Ada Lin met\nBo Ferren."\nc-2,Two,\n')])).toMatch(/gaps\.csv:4: record has no text/);
  });

  it('reports a row with the wrong number of fields, and reads on when skipping', async () => {
    const { articles, bad } = await read([file('ragged.csv', `title,text\nOne,${BODY}Two,a,b\n`)], { skip: true });
    expect(articles.map((a) => [a.id, a.line])).toEqual([['ragged-1', 2]]);
    expect(bad).toEqual([expect.stringMatching(/ragged\.csv:3: row has 3 fields, the header names 2$/)]);
  });

  it('stops at broken quoting, naming the line, even when skipping: no row after it can be trusted', async () => {
    const broken = `id,text\nq-1,"Ada Lin said "yes" twice"\nq-2,${BODY}`;
    await expect(read([file('quotes.csv', broken)], { skip: true })).rejects.toThrow(/quotes\.csv:2: not valid CSV \(Invalid Closing Quote/);
  });

  it('names the line of bytes that are not UTF-8', async () => {
    const latin = Buffer.concat([Buffer.from('id,text\nr-1,Good\nr-2,Caf'), Buffer.from([0xe9]), Buffer.from(' owner\n')]);
    expect(await failure([file('latin.csv', latin)])).toMatch(/latin\.csv: not valid UTF-8 text \(byte 0xE9 at offset 24, line 3\)$/);
  });
});

describe('saved web pages (.html)', () => {
  const page = `<!doctype html><html><head><title>Harbour talks resume - Daily Abc</title>
<meta property="og:site_name" content="Daily Abc"><meta property="og:title" content="Harbour talks resume"><meta property="article:published_time" content="2024-03-02T10:00:00Z">
<link rel="canonical" href="https://news.example/harbour"><script>var tracking = "do not read";</script><style>nav { color: red } }}} broken</style></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<!-- a comment that is not the story -->
<article><h1>Harbour talks resume</h1><p class="byline">By Cy Moss</p>
<p>Mayor Ada Lin met Bo Ferren in Port Vella on Monday, officials said in a statement late in the evening.</p>
<p>The two leaders discussed the harbour, the ferry timetable and trade between the two cities for several hours.</p>
<p>Ferren told the Vella Courier that a second meeting would follow in the spring, after the budget vote.</p>
<p>Lin said the council would publish the minutes of both meetings, and that residents could write to the harbour office with their views before the summer.</p></article>
<aside><h3>Most read</h3><ul><li><a href="/a">Celebrity news</a></li></ul></aside>
<footer><p>Copyright 2024 Daily Abc. All rights reserved. Terms and privacy.</p></footer></body></html>`;

  it('keeps the paragraphs, one block each, and drops menus, comments, scripts and footers', async () => {
    const [article] = (await read([file('harbour-page.html', page)])).articles;
    expect(article?.text.split('\n\n')).toEqual([
      'Mayor Ada Lin met Bo Ferren in Port Vella on Monday, officials said in a statement late in the evening.',
      'The two leaders discussed the harbour, the ferry timetable and trade between the two cities for several hours.',
      'Ferren told the Vella Courier that a second meeting would follow in the spring, after the budget vote.',
      'Lin said the council would publish the minutes of both meetings, and that residents could write to the harbour office with their views before the summer.\n',
    ]);
    for (const noise of ['Home', 'World news', 'do not read', 'a comment', 'Copyright', 'Celebrity news', 'color']) expect(article?.text).not.toContain(noise);
    expect(article?.fields).toEqual({ title: 'Harbour talks resume', date: '2024-03-02', url: 'https://news.example/harbour', outlet: 'Daily Abc', author: 'Cy Moss' });
  });

  it("takes the headline from <title> without the site's name, when the page has no headline of its own", async () => {
    const plain = page.replace(/<meta property="og:title"[^>]*>/, '').replace('<title>Harbour talks resume - Daily Abc</title>', '<title>Daily Abc | Harbour talks resume</title>');
    expect((await read([file('no-og-title.html', plain)])).articles[0]?.fields.title).toBe('Harbour talks resume');
    const unnamed = plain.replace(/<meta property="og:site_name"[^>]*>/, '');
    expect((await read([file('no-site-name.html', unnamed)])).articles[0]?.fields.title).toBe('Daily Abc | Harbour talks resume');
  });

  it('refuses a page with no story in it', async () => {
    expect(await failure([file('empty-page.htm', '<html><body><nav><a href="/">Home</a></nav></body></html>')])).toMatch(/empty-page\.htm: no article text found in the page/);
  });
});
