// `kg --help` and each command's help: what a new user reads first.
import { version } from '../../package.json';
import { removeDir, runKg, scratchDir } from './run-kg';

let dir: string;
beforeAll(() => {
  dir = scratchDir();
});
afterAll(() => removeDir(dir));

describe('kg --help', () => {
  it('lists every command and ends with examples that use them', () => {
    const run = runKg(dir, ['--help']);
    expect(run.status).toBe(0);
    for (const command of ['build', 'extract', 'export', 'query', 'serve', 'start']) {
      expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
      expect(run.stdout.slice(run.stdout.indexOf('Examples:'))).toContain(`kg ${command}`);
    }
  });

  it('kg --version prints the package version', () => {
    const run = runKg(dir, ['--version']);
    expect([run.status, run.stdout]).toEqual([0, `${version}\n`]);
  });

  it('kg query --help lists every subcommand and a Cypher example', () => {
    const run = runKg(dir, ['query', '--help']);
    expect(run.status).toBe(0);
    for (const sub of ['find', 'entities', 'who-met', 'quotes', 'quoted-by', 'sister-cities', 'affiliations', 'neighbours', 'path', 'top', 'communities', 'stats']) {
      expect(run.stdout).toMatch(new RegExp(`^  ${sub} `, 'm'));
    }
    expect(run.stdout).toMatch(/kg query --cypher 'MATCH .* RETURN /);
  });

  it('names the argument a subcommand takes in its description', () => {
    const run = runKg(dir, ['query', '--help']);
    // Commander wraps long descriptions onto the next line.
    expect(run.stdout).toMatch(/quoted-by <outlet>\s+the people and institutions the outlet\s+OUTLET\s+quoted/);
    expect(run.stdout).toMatch(/sister-cities <city>\s+the cities twinned with CITY/);
  });
});
