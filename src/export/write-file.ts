// Writes files whole or not at all: each into a temporary file beside it, then renamed over it,
// so a crash or an error never leaves a half-written output; and a set of files all or none.
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { KgError } from '../errors';
import { makeFolders } from './output-folder';

export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const dir = dirname(path);
  makeFolders(dir);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

export interface OutputFile {
  path: string;
  content: string;
}

/**
 * Writes every file, each atomically; if one fails, those already written get their previous
 * content back (or are removed), so a run leaves all its outputs or none. Throws KgError
 * EXPORT_FAILED naming the file that could not be written.
 */
export function writeFilesAtomic(files: readonly OutputFile[]): void {
  const written: Array<{ path: string; previous: Buffer | undefined }> = [];
  for (const { path, content } of files) {
    let previous: Buffer | undefined;
    try {
      previous = statSync(path, { throwIfNoEntry: false })?.isFile() === true ? readFileSync(path) : undefined;
      writeFileAtomic(path, content);
    } catch (error) {
      for (const done of written.reverse()) {
        if (done.previous === undefined) rmSync(done.path, { force: true });
        else writeFileAtomic(done.path, done.previous);
      }
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new KgError('EXPORT_FAILED', `${path}: cannot write (${reason})`, path);
    }
    written.push({ path, previous });
  }
}
