// `kg start` rebuilds the graph only when it is missing or older than an article.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphIsStale } from '../../src/cli/commands/start';

describe('graphIsStale', () => {
  let dir: string;
  let articles: string;
  let graph: string;
  const at = (path: string, seconds: number) => utimesSync(path, seconds, seconds);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-start-'));
    articles = join(dir, 'articles');
    graph = join(dir, 'graph.json');
    mkdirSync(articles);
    writeFileSync(join(articles, 'a.txt'), 'An invented article.');
    at(join(articles, 'a.txt'), 1000);
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is stale when there is no graph', () => {
    expect(graphIsStale(graph, articles)).toBe(true);
  });

  it('is fresh when the graph is newer than every article', () => {
    writeFileSync(graph, '{}');
    at(graph, 2000);
    expect(graphIsStale(graph, articles)).toBe(false);
  });

  it('is stale when an article changed after the build', () => {
    writeFileSync(graph, '{}');
    at(graph, 2000);
    at(join(articles, 'a.txt'), 3000);
    expect(graphIsStale(graph, articles)).toBe(true);
  });

  it('ignores files that are not articles', () => {
    writeFileSync(graph, '{}');
    at(graph, 2000);
    writeFileSync(join(articles, 'notes.docx'), 'x');
    at(join(articles, 'notes.docx'), 3000);
    expect(graphIsStale(graph, articles)).toBe(false);
  });

  it('is stale when an article in another format changed after the build', () => {
    writeFileSync(graph, '{}');
    at(graph, 2000);
    writeFileSync(join(articles, 'feed.JSONL'), '{"id": "f-1", "text": "x"}\n');
    at(join(articles, 'feed.JSONL'), 3000);
    expect(graphIsStale(graph, articles)).toBe(true);
  });
});
