// `kg build` on a JSON-lines corpus: metadata and dated evidence in the graph, a bad record
// stopping the run with nothing written, or skipped and listed with --skip-bad.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGraph } from '../../src/graph/load';
import { filesUnder, removeDir, runKg, scratchDir } from './run-kg';

const GOOD = [
  { id: 'wire-1', title: 'Harbour talks', text: 'Mayor Lena Marsh met Tomas Ecker in Port Avelin on Monday.\n', date: '2024-03-06', outlet: 'Avelin Herald', url: 'https://news.example/1' },
  { id: 'wire-2', title: 'Talks again', text: 'Tomas Ecker held talks with Lena Marsh again on Friday.\n', date: '2024-03-18' },
];

let dir: string;
beforeAll(() => {
  dir = scratchDir();
  writeFileSync(join(dir, 'good.jsonl'), GOOD.map((r) => JSON.stringify(r)).join('\n'));
  writeFileSync(join(dir, 'bad.jsonl'), [JSON.stringify(GOOD[0]), '{"id": "wire-9", "text": ', JSON.stringify(GOOD[1])].join('\n'));
});
afterAll(() => removeDir(dir));

describe('kg build on JSON lines', () => {
  it('keeps each record as an article with its metadata, and dates the evidence against it', () => {
    const run = runKg(dir, ['build', 'good.jsonl', '--out', 'good']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const graph = loadGraph(join(dir, 'good', 'graph.json'));
    expect(graph.getAttribute('articles')).toEqual({
      'wire-1': { title: 'Harbour talks', date: '2024-03-06', url: 'https://news.example/1', outlet: 'Avelin Herald', words: 11 },
      'wire-2': { title: 'Talks again', date: '2024-03-18', words: 10 },
    });
    const met = graph.findEdge((_key, a) => a.relation === 'met-with');
    expect(graph.getEdgeAttribute(met, 'evidence').map((e) => [e.article, e.date, e.dateSource])).toEqual([
      ['wire-1', '2024-03-04', 'text'],
      ['wire-2', '2024-03-15', 'text'],
    ]);
    expect([graph.getEdgeAttribute(met, 'firstSeen'), graph.getEdgeAttribute(met, 'lastSeen')]).toEqual(['2024-03-04', '2024-03-15']);
  });

  it('stops at a bad record with one line naming file and line, writing nothing', () => {
    const run = runKg(dir, ['build', 'bad.jsonl', '--out', 'bad']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^kg: bad\.jsonl:2: not valid JSON \(.+\)$/)]);
    expect(filesUnder(dir).filter((f) => f.startsWith('bad/'))).toEqual([]);
  });

  it('with --skip-bad, builds from the good records and lists the bad one in skipped.txt', () => {
    const run = runKg(dir, ['build', 'bad.jsonl', '--out', 'skipping', '--skip-bad']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^skipped 1 bad record, listed in skipping\/skipped\.txt$/m);
    expect(readFileSync(join(dir, 'skipping', 'skipped.txt'), 'utf8')).toMatch(/^bad\.jsonl:2: not valid JSON \(.+\)\n$/);
    expect(Object.keys(loadGraph(join(dir, 'skipping', 'graph.json')).getAttribute('articles') ?? {})).toEqual(['wire-1', 'wire-2']);
  });
});
