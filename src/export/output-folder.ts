// Where outputs go: checked before any work starts, so a run that cannot write its results fails
// at once instead of after minutes of extraction; and made one level at a time, because Node's
// recursive mkdir spins forever where a folder cannot be made (under /proc).
import { mkdirSync, mkdtempSync, rmdirSync, statSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { KgError } from '../errors';

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** The folder itself when it exists, else its nearest existing ancestor, and the levels missing below it. */
function nearestExisting(dir: string): { existing: string; stats: Stats; missing: string[] } {
  const missing: string[] = [];
  let path = resolve(dir);
  for (;;) {
    const stats = statOf(path);
    if (stats !== undefined) return { existing: path, stats, missing };
    const parent = dirname(path);
    if (parent === path) throw new KgError('OUTPUT_INVALID', `${dir}: no part of this path exists`, dir);
    missing.unshift(path);
    path = parent;
  }
}

/**
 * Throws KgError OUTPUT_INVALID unless `dir` is a folder that can hold files, or can be made as
 * one: its nearest existing part must be a folder in which a file can be created (tried with a
 * temporary folder, removed at once, so nothing is left behind).
 */
export function checkOutputFolder(dir: string): void {
  const { existing, stats } = nearestExisting(dir);
  if (!stats.isDirectory()) {
    const what = existing === resolve(dir) ? 'is a file, not a folder' : `cannot be a folder: ${existing} is a file`;
    throw new KgError('OUTPUT_INVALID', `${dir}: ${what}`, dir);
  }
  let probe: string;
  try {
    probe = mkdtempSync(join(existing, '.kg-check-'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new KgError('OUTPUT_INVALID', `${dir}: cannot hold files (creating one in ${existing} failed: ${code})`, dir);
  }
  rmdirSync(probe);
}

/** Makes `dir` and any missing folders above it, one level at a time. */
export function makeFolders(dir: string): void {
  const { stats, missing } = nearestExisting(dir);
  if (!stats.isDirectory() && missing.length > 0) {
    throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`), { code: 'ENOTDIR' });
  }
  for (const path of missing) {
    try {
      mkdirSync(path);
    } catch (error) {
      // Another process may have made it meanwhile; anything else is a real failure.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || statOf(path)?.isDirectory() !== true) throw error;
    }
  }
}
