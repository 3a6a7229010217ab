// `kg extract --explain FILE` through the real CLI: each sentence's parse, the references it
// resolved and the rules that fired, ending with the relations; nothing written; one-line errors.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeDir, runKg, scratchDir } from './run-kg';

const ARTICLE = 'Harbor talks\n\nLena Marsh, the mayor of Oslo, met Tomas Ecker on Monday. She told the Harbour Times the talks went well.\n';

let dir: string;
beforeEach(() => {
  dir = scratchDir();
  writeFileSync(join(dir, 'talks.txt'), ARTICLE);
});
afterEach(() => removeDir(dir));

describe('kg extract --explain', () => {
  it('traces every relation to its sentence, parse and rule, and writes nothing', () => {
    const run = runKg(dir, ['extract', '--explain', 'talks.txt']);
    expect(run.status).toBe(0);
    const out = run.stdout;
    expect(out).toContain('sentence 3: She told the Harbour Times the talks went well.');
    // The pronoun is shown with the person it was tied to, and the rule that used it.
    expect(out).toContain('[She=Lena Marsh p]');
    expect(out).toMatch(/predicate told #0: subj=She=Lena Marsh obj=the Harbour Times/);
    expect(out).toContain('fired quoted-by:speaker-channel:told: Lena Marsh -> Harbour Times (kept)');
    expect(out).toContain('Lena Marsh: mayor at Oslo');
    expect(out).toMatch(/relations:\n(?:.*\n)*\s+Lena Marsh -met-with-> Tomas Ecker/);
    expect(readdirSync(dir)).toEqual(['talks.txt']);
  });

  it('takes one file, with a one-line error otherwise', () => {
    writeFileSync(join(dir, 'more.txt'), ARTICLE);
    const two = runKg(dir, ['extract', '--explain', 'talks.txt', 'more.txt']);
    expect(two.status).toBe(1);
    expect(two.stderr.trim()).toBe('kg: --explain takes one article file, not 2');
    const missing = runKg(dir, ['extract', '--explain', 'absent.txt']);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('absent.txt');
  });

  it('still asks for --out-dir without --explain', () => {
    const run = runKg(dir, ['extract', 'talks.txt']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("required option '--out-dir <dir>'");
  });
});
