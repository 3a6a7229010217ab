// Reads one input file whole, trusting nothing about what its path names: a FIFO would hang the
// run and a device never end, so only a regular file is read; it is opened once, checked with
// fstat on that same handle (so a file swapped in between cannot slip past), and read no further
// than the size limit. Every article format goes through here.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';
import { KgError } from '../errors';

/** The default size limit of one article; a long news story is well under 1 MB. */
export const DEFAULT_MAX_ARTICLE_MB = 32;
const MB = 1024 * 1024;

export function megabytes(mb: number): number {
  return Math.floor(mb * MB);
}

/** What a path that is not a regular file names, for the error message. */
function sortOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

export function notAFile(path: string, stats: Stats): KgError {
  return new KgError('INPUT_NOT_FILE', `${path}: is ${sortOf(stats)}, not a regular file`, path);
}

/** The one-line error for a path that cannot be opened or read. */
export function unreadable(path: string, error: unknown): KgError {
  const code = (error as NodeJS.ErrnoException).code;
  let problem: string;
  if (code === 'ENOENT') problem = isLink(path) ? 'broken symbolic link (its target does not exist)' : 'no such file or folder';
  else if (code === 'ELOOP') problem = 'symbolic link loop (the link leads back to itself)';
  else if (code === 'EACCES' || code === 'EPERM') problem = 'permission denied';
  else if (code === 'ENXIO') problem = 'is a socket or device without a reader, not a regular file';
  else if (code === 'ENAMETOOLONG') problem = 'file name too long';
  else if (code === 'ENOTDIR') problem = 'a part of the path is not a folder';
  else problem = `cannot be read (${code ?? String(error)})`;
  return new KgError(code === 'ENXIO' ? 'INPUT_NOT_FILE' : 'INPUT_MISSING', `${path}: ${problem}`, path);
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** What a size limit is about, for its error: the thing read and how to raise the limit, if one can. */
export interface SizeLimit {
  maxBytes: number;
  what: string;
  raise?: string;
}

/** The limit of one article, raised with --max-article-mb. */
export function articleLimit(mb: number = DEFAULT_MAX_ARTICLE_MB): SizeLimit {
  return { maxBytes: megabytes(mb), what: 'article', raise: '--max-article-mb' };
}

/** The error for `where` (a file, or a record `FILE:LINE`) over the limit; `bytes` undefined while still growing. */
export function tooLarge(where: string, bytes: number | undefined, limit: SizeLimit): KgError {
  const mb = (n: number): string => (n < MB / 10 ? `${n} bytes` : `${Number((n / MB).toFixed(1))} MB`);
  const size = bytes === undefined ? 'still growing' : mb(bytes);
  const raise = limit.raise === undefined ? '' : ` (raise it with ${limit.raise})`;
  return new KgError('INPUT_TOO_LARGE', `${where}: ${limit.what} is ${size}, over the limit of ${mb(limit.maxBytes)} per ${limit.what}${raise}`, where);
}

/**
 * Opens `path` for reading, if it is a regular file: the handle and its fstat, for a reader that
 * streams (a large JSON-lines file) instead of reading whole. The caller closes the handle.
 * Throws KgError INPUT_NOT_FILE for a folder, FIFO, device or socket, INPUT_MISSING when it cannot
 * be opened.
 */
export function openInputFile(path: string): { fd: number; stats: Stats } {
  let fd: number;
  try {
    // Non-blocking, so opening a FIFO with no writer returns at once instead of waiting for one.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw unreadable(path, error);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw notAFile(path, stats);
    return { fd, stats };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/**
 * The bytes of a regular file within the size limit, read through the one handle that was
 * checked. Throws as openInputFile does, and KgError INPUT_TOO_LARGE above the limit.
 */
export function readInputFile(path: string, limit: SizeLimit): Buffer {
  const { maxBytes } = limit;
  const { fd, stats } = openInputFile(path);
  try {
    if (stats.size > maxBytes) throw tooLarge(path, stats.size, limit);
    // Read to the end, not to the size seen: a file still growing stops at the limit too.
    let buffer = Buffer.allocUnsafe(stats.size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw tooLarge(path, undefined, limit);
        buffer = Buffer.concat([buffer, Buffer.allocUnsafe(Math.min(buffer.length, maxBytes + 1 - length))]);
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof KgError) throw error;
    throw unreadable(path, error);
  } finally {
    closeSync(fd);
  }
}
