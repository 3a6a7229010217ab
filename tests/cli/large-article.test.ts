// A ~10 MB article must go through `kg build` without crashing (speed is the benchmark's job).
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGraph } from '../../src/graph/load';
import { removeDir, runKg, scratchDir } from './run-kg';

const FIRST = ['Lena', 'Tomas', 'Greta', 'Oskar', 'Nadia', 'Pavel', 'Irene', 'Marco'];
const LAST = ['Marsh', 'Ecker', 'Holloway', 'Brandvik', 'Sorell', 'Quist'];
const CITIES = ['Port Avelin', 'Dunmore Falls', 'Kestrel Harbor', 'Lowmarsh'];
const OUTLETS = ['Avelin Herald', 'Harbor Ledger'];

/** Invented sentences in a fixed cycle until the text reaches `bytes`. */
function inventedArticle(bytes: number): string {
  const parts = ['Harbor council meets again\n\n'];
  let size = parts[0]?.length ?? 0;
  for (let i = 0; size < bytes; i++) {
    const person = (n: number) => `${FIRST[n % FIRST.length]} ${LAST[(n * 7) % LAST.length]}`;
    const city = CITIES[i % CITIES.length];
    const sentences = [
      `${person(i)} met ${person(i + 3)} in ${city} on Monday.`,
      `${person(i + 1)} told the ${OUTLETS[i % OUTLETS.length]} that the plan would help ${city}.`,
      `Officials said the market in ${city} stayed calm through the week.`,
      i % 50 === 49 ? '\n\n' : ' ',
    ];
    const chunk = sentences.join(' ');
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join('');
}

describe('a 10 MB article', () => {
  let dir: string;
  beforeAll(() => {
    dir = scratchDir();
  });
  afterAll(() => removeDir(dir));

  it('builds a valid graph', () => {
    const path = join(dir, 'long-council-report.txt');
    writeFileSync(path, inventedArticle(10 * 1024 * 1024));
    expect(statSync(path).size).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    const run = runKg(dir, ['build', path, '--out', 'out']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const graph = loadGraph(join(dir, 'out', 'graph.json'));
    expect(graph.someNode((_, a) => a.kind === 'person' && a.articles.includes('long-council-report'))).toBe(true);
  }, 600_000);
});
