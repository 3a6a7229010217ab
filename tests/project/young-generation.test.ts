// The bench measures extraction as `kg` runs it: with the young generation its workers get.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEMI_SPACE_MB } from '../../src/corpus/extract-pool';

it('runs the bench with the extraction workers’ semi-space size', () => {
  const scripts = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  expect(scripts.bench).toContain(`--max-semi-space-size=${SEMI_SPACE_MB} `);
});
