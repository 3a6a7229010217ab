// Runs the real command line (bin/kg.js) in a scratch folder, as a user would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const KG = resolve(__dirname, '..', '..', 'bin', 'kg.js');

export interface KgRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `timeoutMs` kills a run that hangs (its status is then null) so the test fails instead of waiting forever. */
export function runKg(cwd: string, args: readonly string[], timeoutMs?: number): KgRun {
  const result = spawnSync(process.execPath, [KG, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
    ...(timeoutMs === undefined ? {} : { timeout: timeoutMs, killSignal: 'SIGKILL' as const }),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'kg-cli-'));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Every file under `dir`, hidden temporary files included; [] when `dir` does not exist. */
export function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
}
