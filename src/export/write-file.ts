// Writes files whole or not at all: each into a temporary file beside it, then renamed over it,
// so a crash or an error never leaves a half-written output; and a set of files all or none.
// Content may come in chunks, so a file larger than one string can hold is written piece by
// piece.
import { closeSync, linkSync, openSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { KgError } from '../errors';
import { makeFolders } from './output-folder';

/** A file's content: text, bytes, or text in chunks written one after another. */
export type FileContent = string | Uint8Array | Iterable<string>;

export function writeFileAtomic(path: string, content: FileContent): void {
  const dir = dirname(path);
  makeFolders(dir);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    if (typeof content === 'string' || content instanceof Uint8Array) writeFileSync(tmp, content);
    else writeChunks(tmp, content);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

function writeChunks(path: string, chunks: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    // Small chunks are gathered into writes of about a megabyte: fewer system calls.
    let pending = '';
    for (const chunk of chunks) {
      pending += chunk;
      if (pending.length >= 1 << 20) {
        writeSync(fd, pending);
        pending = '';
      }
    }
    if (pending !== '') writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
}

export interface OutputFile {
  path: string;
  content: FileContent;
}

/**
 * Writes every file, each atomically; if one fails, those already written get their previous
 * content back (or are removed), so a run leaves all its outputs or none. Throws KgError
 * EXPORT_FAILED naming the file that could not be written.
 */
export function writeFilesAtomic(files: readonly OutputFile[]): void {
  // The previous version of each file is kept under a second name (a hard link: no copy, however
  // large) until every file is written, and put back if one fails.
  const written: Array<{ path: string; previous: string | undefined }> = [];
  for (const { path, content } of files) {
    let previous: string | undefined;
    try {
      if (statSync(path, { throwIfNoEntry: false })?.isFile() === true) {
        previous = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.previous`);
        linkSync(path, previous);
      }
      writeFileAtomic(path, content);
    } catch (error) {
      if (previous !== undefined) rmSync(previous, { force: true });
      for (const done of written.reverse()) {
        if (done.previous === undefined) rmSync(done.path, { force: true });
        else renameSync(done.previous, done.path);
      }
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new KgError('EXPORT_FAILED', `${path}: cannot write (${reason})`, path);
    }
    written.push({ path, previous });
  }
  for (const { previous } of written) if (previous !== undefined) rmSync(previous, { force: true });
}
