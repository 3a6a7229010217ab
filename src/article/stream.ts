// The articles of the INPUT arguments one at a time, whatever their format, so a corpus larger
// than memory can be read: `.txt` and `.md` (with optional YAML front matter), one news-please
// `.json`, `.jsonl`/`.ndjson` and `.csv` files of many records, and saved `.html` pages. Every file
// goes through the input checks (input-file.ts: a regular file, one article within the size
// limit). A record that cannot be an article stops the run, or with `onBadRecord` is reported and
// skipped; a problem with an input itself (missing, not a regular file) always stops it.
import { extname } from 'node:path';
import { KgError, type KgErrorCode } from '../errors';
import { decodeArticleText } from './decode';
import { fileStamp, type FileStamp } from './file-stamp';
import { csvRows } from './formats/csv';
import { splitFrontMatter } from './formats/front-matter';
import { jsonLines } from './formats/json-lines';
import { parseJson, recordArticle } from './formats/records';
import { articleLimit, openInputFile, readInputFile, type SizeLimit } from './input-file';
import type { ArticleFields } from './metadata';
import { articleId, listArticleFiles, type Article } from './read';

/** An article's text and the fields its input gives; or a saved web page, read only when the article is extracted. */
export type ArticleContent = { text: string; fields: ArticleFields } | { page: string };

export interface SourceArticle {
  id: string;
  path: string;
  /** The line a record starts on, in a file of many articles. */
  line?: number;
  /** The day the file was last changed (`YYYY-MM-DD`, UTC): places a dateline's "March 2" in a year. */
  fileDate?: string;
  content: ArticleContent;
  /** A file of one article: its stamp, taken before it was read. */
  stamp?: FileStamp;
}

/** The article of a file the caller knows unchanged (StreamOptions.unchanged), not read again. */
export interface UnchangedArticle {
  id: string;
  path: string;
  stamp: FileStamp;
  unchanged: true;
}

export interface StreamOptions {
  /** The size limit of one article (a whole file, or one record) in megabytes. */
  maxArticleMb?: number;
  /** Called with each bad record instead of stopping; the record is skipped. */
  onBadRecord?: (problem: KgError) => void;
  /** Refuse a record whose id cannot name a file (kg extract writes ID.json). */
  fileNameIds?: boolean;
  /**
   * Whether the caller knows a file of one article unchanged, by its stamp, since it last read it:
   * such a file within the size limit is not read, and comes as an UnchangedArticle.
   */
  unchanged?: (path: string, id: string, stamp: FileStamp) => boolean;
}

/** What is wrong with one article's content, not with an input as such: what --skip-bad may skip. */
const RECORD_PROBLEMS: ReadonlySet<KgErrorCode> = new Set(['INPUT_EMPTY', 'INPUT_BINARY', 'INPUT_ENCODING', 'INPUT_TOO_LARGE', 'INPUT_FORMAT', 'INPUT_DUPLICATE']);

export function isRecordProblem(error: unknown): error is KgError {
  return error instanceof KgError && RECORD_PROBLEMS.has(error.code);
}

/** FILE, or FILE:LINE for a record: how errors and reports name an article. */
export function whereOf(article: Pick<SourceArticle, 'path' | 'line'>): string {
  return article.line === undefined ? article.path : `${article.path}:${article.line}`;
}

/** A name one file can have on any system: no separators or control characters, not "." or "..", not too long. */
function isFileName(id: string): boolean {
  return !/[/\\\u0000-\u001f\u007f]/.test(id) && id !== '.' && id !== '..' && Buffer.byteLength(id) <= 200;
}

function isoDay(time: Date): string {
  return time.toISOString().slice(0, 10);
}

/** A file that is one article, in the format its extension names. */
function oneArticle(path: string, text: string): ArticleContent {
  const extension = extname(path).toLowerCase();
  if (extension === '.json') {
    const { text: body, fields } = recordArticle(parseJson(text, path), path, articleId(path));
    return { text: body, fields };
  }
  if (extension === '.html' || extension === '.htm') return { page: text };
  const { fields, body } = splitFrontMatter(text, path);
  if (body.trim() === '') throw new KgError('INPUT_EMPTY', `${path}: no article text after the front matter`, path);
  return { text: body, fields };
}

function isManyArticles(path: string): boolean {
  const extension = extname(path).toLowerCase();
  return extension === '.jsonl' || extension === '.ndjson' || extension === '.csv';
}

/** The articles of one file, in order, each bad record as the KgError naming it. */
export async function* readArticleFile(path: string, limit: SizeLimit): AsyncGenerator<SourceArticle | KgError> {
  const extension = extname(path).toLowerCase();
  const stem = articleId(path);
  if (isManyArticles(path)) {
    // Streamed: opened once through the checks, the handle closed when the stream ends.
    const { fd, stats } = openInputFile(path);
    const fileDate = isoDay(stats.mtime);
    const records = extension === '.csv' ? csvRows(path, fd, limit, stem) : jsonLines(path, fd, limit, stem);
    for await (const item of records) {
      yield item instanceof KgError ? item : { id: item.record.id, path, line: item.line, fileDate, content: { text: item.record.text, fields: item.record.fields } };
    }
    return;
  }
  try {
    // Stamped before it is read: a change while it is read makes the stamp stale, not wrong.
    const stamp = fileStamp(path);
    const text = decodeArticleText(readInputFile(path, limit), path);
    yield { id: stem, path, ...(stamp === undefined ? {} : { fileDate: isoDay(new Date(stamp.mtimeMs)), stamp }), content: oneArticle(path, text) };
  } catch (error) {
    if (!isRecordProblem(error)) throw error;
    yield error;
  }
}

/**
 * Every article of the INPUTs (files, or folders of article files; see listArticleFiles), in
 * order. Two articles may not share an id; a file must hold at least one article.
 */
export function readArticleStream(inputs: readonly string[], options?: Omit<StreamOptions, 'unchanged'>): AsyncGenerator<SourceArticle>;
export function readArticleStream(inputs: readonly string[], options: StreamOptions): AsyncGenerator<SourceArticle | UnchangedArticle>;
export async function* readArticleStream(inputs: readonly string[], options: StreamOptions = {}): AsyncGenerator<SourceArticle | UnchangedArticle> {
  const paths = listArticleFiles(inputs);
  const limit = articleLimit(options.maxArticleMb);
  const byId = new Map<string, string>();
  const problem = (error: KgError): void => {
    if (options.onBadRecord === undefined) throw error;
    options.onBadRecord(error);
  };
  for (const path of paths) {
    let articles = 0;
    let problems = 0;
    for await (const item of unchangedOrRead(path, limit, options.unchanged)) {
      if (item instanceof KgError) {
        problems++;
        problem(item);
        continue;
      }
      const where = whereOf(item);
      const previous = byId.get(item.id);
      const refused =
        previous !== undefined
          ? new KgError('INPUT_DUPLICATE', `${where}: article id ${JSON.stringify(item.id)} is already used by ${previous}`, where)
          : options.fileNameIds === true && !isFileName(item.id)
            ? new KgError('INPUT_FORMAT', `${where}: article id ${JSON.stringify(item.id)} cannot name a file (kg extract writes ID.json; kg build takes any id)`, where)
            : undefined;
      if (refused !== undefined) {
        problems++;
        problem(refused);
        continue;
      }
      byId.set(item.id, where);
      articles++;
      yield item;
    }
    if (articles === 0 && problems === 0) problem(new KgError('INPUT_EMPTY', `${path}: holds no articles`, path));
  }
}

/** A file of one article the caller knows unchanged, else the file's articles as read. */
async function* unchangedOrRead(path: string, limit: SizeLimit, unchanged: StreamOptions['unchanged']): AsyncGenerator<SourceArticle | UnchangedArticle | KgError> {
  if (unchanged !== undefined && !isManyArticles(path)) {
    const stamp = fileStamp(path);
    const id = articleId(path);
    if (stamp !== undefined && stamp.size <= limit.maxBytes && unchanged(path, id, stamp)) {
      yield { id, path, stamp, unchanged: true };
      return;
    }
  }
  yield* readArticleFile(path, limit);
}

/** The text and fields of an article; a saved page is read here, html.ts loaded on first use (jsdom is large). */
export async function articleContent(article: Pick<SourceArticle, 'path' | 'line' | 'content'>): Promise<{ text: string; fields: ArticleFields }> {
  if (!('page' in article.content)) return article.content;
  const { readPage } = await import('./formats/html');
  return readPage(article.content.page, whereOf(article));
}

/** Every article of the INPUTs with its text (pages read), for tools and tests; kg build streams instead. */
export async function readArticles(inputs: readonly string[], options: StreamOptions = {}): Promise<Array<Article & { fields: ArticleFields }>> {
  const articles: Array<Article & { fields: ArticleFields }> = [];
  for await (const article of readArticleStream(inputs, options)) articles.push({ id: article.id, path: article.path, ...(await articleContent(article)) });
  return articles;
}
