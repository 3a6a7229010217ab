// Scores the extractor on the project's own fixture articles (tests/fixtures/articles: invented
// people, phrasing unlike the dev set: passives, phone calls, hosted delegations, twinning,
// initials, accents, denials, outlets that carry statements, teams named after cities) against
// their gold files, with the shared scorer. The fixtures live in the project; the scorer lives
// beside it (../shared), so a clone without it skips and says why.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractArticle } from '../../src/extract';
import { buildGraph } from '../../src/graph/build';

const FIXTURES = path.resolve(__dirname, '../fixtures/articles');
const SCORE_DIR = path.resolve(__dirname, '../../../shared/eval/score-dir.mjs');

/** Micro-averaged primary F1 floors, a little under what the extractor reaches. */
const FLOORS = { entities: 0.96, relations: 0.94 };
/** No single article may fall far behind the others. */
const ARTICLE_FLOORS = { entities: 0.85, relations: 0.85 };

interface Scores {
  entities: { f: number };
  relations: { f: number };
}

interface Report {
  primary: Scores;
  articles: Array<{ name: string; primary: Scores }>;
}

const names = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.gold.json'))
  .map((f) => f.slice(0, -'.gold.json'.length));

const available = existsSync(SCORE_DIR);
if (!available) console.warn(`fixture-articles.test: skipped, the shared scorer ${SCORE_DIR} is not present in this checkout`);
const describeIfScorer = available ? describe : describe.skip;

describeIfScorer('extraction scored on the fixture articles', () => {
  let out: string;
  let report: Report;
  beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), 'kg-fixtures-'));
    for (const name of names) {
      const text = readFileSync(path.join(FIXTURES, `${name}.txt`), 'utf8');
      writeFileSync(path.join(out, `${name}.json`), JSON.stringify(buildGraph([extractArticle(text, name)]).export()));
    }
    const run = spawnSync(process.execPath, [SCORE_DIR, FIXTURES, out, '--json'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`score-dir.mjs failed: ${run.stderr}`);
    report = JSON.parse(run.stdout) as Report;
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('has ten fixture articles, each with its gold file', () => {
    expect(names).toHaveLength(10);
    expect(report.articles.map((a) => a.name).sort()).toEqual([...names].sort());
  });

  it('micro-averaged primary entity and relation F1 stay above the floors', () => {
    expect(report.primary.entities.f).toBeGreaterThanOrEqual(FLOORS.entities);
    expect(report.primary.relations.f).toBeGreaterThanOrEqual(FLOORS.relations);
  });

  it.each(names)('%s: primary F1 above the per-article floors', (name) => {
    const article = report.articles.find((a) => a.name === name);
    expect(article?.primary.entities.f).toBeGreaterThanOrEqual(ARTICLE_FLOORS.entities);
    expect(article?.primary.relations.f).toBeGreaterThanOrEqual(ARTICLE_FLOORS.relations);
  });
});
