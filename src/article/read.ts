// Resolves the INPUT arguments (files, or folders of `.txt` articles) into articles, and checks
// every one before anything downstream runs, so bad input stops the run before any output.
import { readdirSync, readFileSync, statSync, type Dirent, type Stats } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { KgError } from '../errors';
import { decodeArticleText } from './decode';

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

/** An article found among the inputs, read (and checked) only when asked. */
export interface ArticleSource {
  id: string;
  path: string;
  /** Throws KgError when the file is empty, binary or not UTF-8. */
  read(): Article;
}

/**
 * Lists every INPUT: a file is one article (whatever its extension); a folder contributes its
 * `.txt` files, not those of its sub-folders, in name order. Throws KgError on the first input
 * that is missing, or when two inputs share an article id.
 */
export function listArticles(inputs: readonly string[]): ArticleSource[] {
  if (inputs.length === 0) throw new KgError('USAGE', 'no input: give article files or folders of .txt files');
  // The same file named twice (a folder and a file in it) is read once.
  const paths = [...new Map(inputs.flatMap(listArticleFiles).map((path) => [resolve(path), path])).values()];
  const byId = new Map<string, string>();
  return paths.map((path) => {
    const id = articleId(path);
    const previous = byId.get(id);
    if (previous !== undefined) {
      throw new KgError('USAGE', `${path}: article id "${id}" is already used by ${previous}`, path);
    }
    byId.set(id, path);
    return { id, path, read: () => ({ id, path, text: decodeArticleText(readOrThrow(path), path) }) };
  });
}

/** Reads every INPUT (see listArticles); throws KgError on the first bad one. */
export function readArticles(inputs: readonly string[]): Article[] {
  return listArticles(inputs).map((source) => source.read());
}

function listArticleFiles(input: string): string[] {
  const stats = statOrThrow(input);
  if (!stats.isDirectory()) return [input];
  // A link to an article counts as the article (folders of links into a shared corpus are common).
  const isFile = (entry: Dirent): boolean => entry.isFile() || (entry.isSymbolicLink() && statSync(join(input, entry.name), { throwIfNoEntry: false })?.isFile() === true);
  const files = readdirSync(input, { withFileTypes: true })
    .filter((entry) => /\.txt$/i.test(entry.name) && isFile(entry))
    .map((entry) => entry.name)
    .sort();
  if (files.length === 0) throw new KgError('INPUT_NO_ARTICLES', `${input}: folder holds no .txt articles`, input);
  return files.map((name) => join(input, name));
}

function statOrThrow(path: string): Stats {
  try {
    return statSync(path);
  } catch (error) {
    throw unreadable(path, error);
  }
}

function readOrThrow(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw unreadable(path, error);
  }
}

function unreadable(path: string, error: unknown): KgError {
  const code = (error as NodeJS.ErrnoException).code;
  const problem = code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${code ?? String(error)})`;
  return new KgError('INPUT_MISSING', `${path}: ${problem}`, path);
}
