// Scores the extractor on the shared evaluation articles (the seed and the dev set) with the
// shared scorer, and fails when primary F1 drops below the floors. The evaluation data lives
// beside the repository (../shared); a clone without it skips these tests and says why.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SCORE_DIR, SHARED, scoreFolder } from './score-folder';

const SEED_DIR = path.join(SHARED, 'articles');
const DEV_DIR = path.join(SHARED, 'articles', 'dev');

/** Primary F1 floors, a little under what the extractor reaches (never below the targets). */
const FLOORS = {
  seed: { entities: 0.95, relations: 0.95 },
  dev: { entities: 0.95, relations: 0.95 },
};

const available = existsSync(SCORE_DIR) && existsSync(DEV_DIR);
if (!available) console.warn(`score.test: skipped, the evaluation data ${SHARED} is not present in this checkout`);
const describeIfData = available ? describe : describe.skip;

describeIfData('extraction scored against the shared gold files', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), 'kg-score-'));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it.each([
    ['seed article', 'seed', SEED_DIR],
    ['dev articles (micro-averaged)', 'dev', DEV_DIR],
  ] as const)('%s: primary entity and relation F1 above the floors', (_name, set, dir) => {
    const folder = path.join(out, set);
    mkdirSync(folder);
    const { primary } = scoreFolder(dir, folder);
    expect(primary.entities.f).toBeGreaterThanOrEqual(FLOORS[set].entities);
    expect(primary.relations.f).toBeGreaterThanOrEqual(FLOORS[set].relations);
  });
});
