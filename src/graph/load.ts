// Reads a saved graph file (graphology's own serialisation, as `kg build` writes it) and checks
// it; parseGraph (parse.ts) does the checking, so the viewer can use it without node:fs.
import { constants as bufferConstants } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { notAFile } from '../article/input-file';
import { KgError } from '../errors';
import type { KnowledgeGraph } from '../types';
import { parseGraph } from './parse';

export { parseGraph } from './parse';

const MAX_STRING_LENGTH = bufferConstants.MAX_STRING_LENGTH;

export function loadGraph(path: string): KnowledgeGraph {
  const text = readGraphText(path);
  if (text.trim() === '') throw new KgError('GRAPH_INVALID', `${path}: file is empty, expected a graph.json`, path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new KgError('GRAPH_INVALID', `${path}: not valid JSON (${printable((error as Error).message)})`, path);
  }
  return parseGraph(data, path);
}

/** The file's text, read through one handle checked to be a regular file (a FIFO would hang). */
function readGraphText(path: string): string {
  const problem = (error: unknown): KgError => {
    const code = (error as NodeJS.ErrnoException).code;
    return new KgError('INPUT_MISSING', `${path}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'unknown error'})`}`, path);
  };
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw problem(error);
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new KgError('INPUT_MISSING', `${path}: is a folder, not a graph.json file`, path);
    if (!stats.isFile()) throw notAFile(path, stats);
    // One JSON text must fit in one string.
    if (stats.size > MAX_STRING_LENGTH) throw new KgError('GRAPH_INVALID', `${path}: too large to read as one JSON text (${stats.size} bytes)`, path);
    return readFileSync(fd, 'utf8');
  } catch (error) {
    throw error instanceof KgError ? error : problem(error);
  } finally {
    closeSync(fd);
  }
}

/**
 * JSON.parse quotes the start of the text in its message: for a binary file that is garbage and
 * line breaks, which would break the one-line error and the terminal. Keep printable text only.
 */
function printable(message: string): string {
  return message.replace(/[^\P{C}]|\uFFFD/gu, ' ').replace(/\s+/g, ' ').trim();
}
