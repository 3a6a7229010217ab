// Scores the extractor on the project's own fixture articles (tests/fixtures/articles: invented
// people, phrasing unlike the dev set: passives, phone calls, hosted delegations, twinning,
// initials, accents, denials, outlets that carry statements, teams named after cities) against
// their gold files, with the shared scorer. The fixtures live in the project; the scorer lives
// beside it (../shared), so a clone without it skips and says why.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { goldArticles, type Report, SCORE_DIR, scoreFolder } from './score-folder';

const FIXTURES = path.resolve(__dirname, '../fixtures/articles');

/** Micro-averaged primary F1 floors, a little under what the extractor reaches. */
const FLOORS = { entities: 0.96, relations: 0.94 };
/** No single article may fall far behind the others. */
const ARTICLE_FLOORS = { entities: 0.85, relations: 0.85 };

const names = goldArticles(FIXTURES);

const available = existsSync(SCORE_DIR);
if (!available) console.warn(`fixture-articles.test: skipped, the shared scorer ${SCORE_DIR} is not present in this checkout`);
const describeIfScorer = available ? describe : describe.skip;

describeIfScorer('extraction scored on the fixture articles', () => {
  let out: string;
  let report: Report;
  beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), 'kg-fixtures-'));
    report = scoreFolder(FIXTURES, out);
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
