// Resolves the INPUT arguments (files, or folders of `.txt` articles) into articles, and checks
// every one before anything downstream runs, so bad input stops the run before any output.
import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { KgError } from '../errors';
import { decodeArticleText } from './decode';
import { articleLimit, notAFile, readInputFile, unreadable } from './input-file';

export interface Article {
  /** The file name without `.txt`: the id evidence and `articles` lists refer to. */
  id: string;
  path: string;
  /** The decoded text, without a byte-order mark: the text every offset refers to. */
  text: string;
}

/** The article id of a file: its name without the `.txt` extension. */
export function articleId(path: string): string {
  return basename(path).replace(/\.txt$/i, '');
}

/** Whitespace-separated words: the unit of the summary and of the throughput benchmark. */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

export interface ReadOptions {
  /** The size limit of one article in megabytes (default DEFAULT_MAX_ARTICLE_MB). */
  maxArticleMb?: number;
}

/** An article found among the inputs, read (and checked) only when asked. */
export interface ArticleSource {
  id: string;
  path: string;
  /** Throws KgError when the file is not a regular file, over the size limit, empty, binary or not UTF-8. */
  read(): Article;
}

/**
 * Lists every INPUT: a file is one article (whatever its extension); a folder contributes its
 * `.txt` files, not those of its sub-folders, in name order. Throws KgError on the first input
 * that is missing or not a regular file, whose name leaves an empty article id, or when two
 * inputs share an article id; reading one (`read`) throws when it is over the size limit, empty,
 * binary or not UTF-8.
 */
export function listArticles(inputs: readonly string[], options: ReadOptions = {}): ArticleSource[] {
  const limit = articleLimit(options.maxArticleMb);
  if (inputs.length === 0) throw new KgError('USAGE', 'no input: give article files or folders of .txt files');
  // The same file named twice (a folder and a file in it) is read once.
  const paths = [...new Map(inputs.flatMap(listArticleFiles).map((path) => [resolve(path), path])).values()];
  const byId = new Map<string, string>();
  return paths.map((path) => {
    const id = articleId(path);
    if (id.trim() === '') throw new KgError('INPUT_NAME', `${path}: file name has nothing before its extension, so the article has no id`, path);
    const previous = byId.get(id);
    if (previous !== undefined) {
      throw new KgError('USAGE', `${path}: article id "${id}" is already used by ${previous}`, path);
    }
    byId.set(id, path);
    return { id, path, read: () => ({ id, path, text: decodeArticleText(readInputFile(path, limit), path) }) };
  });
}

/** Reads every INPUT (see listArticles); throws KgError on the first bad one. */
export function readArticles(inputs: readonly string[], options: ReadOptions = {}): Article[] {
  return listArticles(inputs, options).map((source) => source.read());
}

function listArticleFiles(input: string): string[] {
  const stats = statOrThrow(input);
  if (!stats.isDirectory()) {
    if (!stats.isFile()) throw notAFile(input, stats);
    return [input];
  }
  // Every `.txt` entry but a sub-folder is an article, so a FIFO, a broken link or a link loop
  // among them is refused by name when read, never skipped in silence. A link to an article
  // counts as the article (folders of links into a shared corpus are common).
  const files = readdirSync(input, { withFileTypes: true })
    .filter((entry) => /\.txt$/i.test(entry.name) && !isFolder(input, entry))
    .map((entry) => entry.name)
    .sort();
  if (files.length === 0) throw new KgError('INPUT_NO_ARTICLES', `${input}: folder holds no .txt articles`, input);
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
