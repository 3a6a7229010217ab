// The outside readers the exports must satisfy: the shared GEXF check (official XSD + networkx),
// networkx itself, and xmllint. Missing pieces give a clear skip reason instead of a failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const CHECK_GEXF = resolve(REPO_ROOT, '../shared/gexf-schema/check-gexf.sh');
export const GEXF_XSD = resolve(REPO_ROOT, '../shared/gexf-schema/1.3/gexf.xsd');

/** Debian's python3 has python3-networkx; the first python3 on PATH may not. */
export const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

export const hasSharedCheck = existsSync(CHECK_GEXF);

export const hasNetworkx = spawnSync(PYTHON, ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0;

export function skipNote(what: string, reason: string): void {
  console.warn(`skipped: ${what}: ${reason}`);
}

export interface Verdict {
  status: number | null;
  output: string;
}

export function checkGexf(file: string): Verdict {
  const run = spawnSync('bash', [CHECK_GEXF, file], { encoding: 'utf8', env: { ...process.env, PYTHON } });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Runs a Python snippet with the file as sys.argv[1]; returns its stdout. */
export function python(code: string, file: string): Verdict {
  const run = spawnSync(PYTHON, ['-c', code, file], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}
