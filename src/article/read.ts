// Resolves the INPUT arguments (files, or folders of articles) into the files to read, each checked
// by name before any is read: a missing input, a folder without articles, a file whose name
// leaves no article id stop the run at once. stream.ts reads the files, whatever their format.
import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { KgError } from '../errors';
import { notAFile, unreadable } from './input-file';

export interface Article {
  /** The file name without its extension, or a record's `id`: the id evidence and `articles` lists refer to. */
  id: string;
  path: string;
  /** The decoded text, without a byte-order mark: the text every offset refers to. */
  text: string;
}

/** The extensions of the article formats (stream.ts), which a folder is searched for. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.json', '.jsonl', '.ndjson', '.csv', '.html', '.htm'] as const;
const EXTENSION = new RegExp(`(?:${ARTICLE_EXTENSIONS.map((e) => `\\${e}`).join('|')})$`, 'i');

/** The article id of a file: its name without its format's extension. */
export function articleId(path: string): string {
  return basename(path).replace(EXTENSION, '');
}

/**
 * Whitespace-separated words: the unit of the summary and of the throughput benchmark. Counted
 * code unit by code unit, never as one array of every word (a 30 MB article has five million).
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  // By code unit, as /\S+/g counts them: no regex run per word, no match, no string.
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** The code units JavaScript's \s matches. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The files of every INPUT, in order: a file is itself (read as plain text whatever its extension
 * when it is none of the formats'); a folder contributes its article files, not those of its
 * sub-folders, in name order. The same file named twice is listed once. Throws KgError on the
 * first input that is missing or not a regular file, a folder without articles, or a file whose
 * name leaves an empty article id.
 */
export function listArticleFiles(inputs: readonly string[]): string[] {
  if (inputs.length === 0) throw new KgError('USAGE', 'no input: give article files or folders of articles');
  const paths = [...new Map(inputs.flatMap(filesOf).map((path) => [resolve(path), path])).values()];
  for (const path of paths) {
    if (articleId(path).trim() === '') throw new KgError('INPUT_NAME', `${path}: file name has nothing before its extension, so the article has no id`, path);
  }
  return paths;
}

function filesOf(input: string): string[] {
  const stats = statOrThrow(input);
  if (!stats.isDirectory()) {
    if (!stats.isFile()) throw notAFile(input, stats);
    return [input];
  }
  // Every article entry but a sub-folder is an article, so a FIFO, a broken link or a link loop
  // among them is refused by name when read, never skipped in silence. A link to an article
  // counts as the article (folders of links into a shared corpus are common).
  const files = readdirSync(input, { withFileTypes: true })
    .filter((entry) => EXTENSION.test(entry.name) && !isFolder(input, entry))
    .map((entry) => entry.name)
    .sort();
  if (files.length === 0) throw new KgError('INPUT_NO_ARTICLES', `${input}: folder holds no .txt articles, nor ${ARTICLE_EXTENSIONS.slice(1).join(', ')}`, input);
  return files.map((name) => join(input, name));
}

function isFolder(parent: string, entry: Dirent): boolean {
  if (entry.isDirectory()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(join(parent, entry.name)).isDirectory();
  } catch {
    return false;
  }
}

function statOrThrow(path: string): Stats {
  try {
    return statSync(path);
  } catch (error) {
    throw unreadable(path, error);
  }
}
