// Every article's extraction, in input order: reused from the corpus store when the article's
// content and the extractor are unchanged, else extracted (on a pool of worker threads when
// jobs > 1) and stored. Two passes over the inputs, each streaming them one article at a time:
// the first reads and checks every article and keeps only its id, where it is and the hash of its
// content, so bad input stops the run before any extraction; the second reads again the files
// holding articles to extract and streams those through the workers, a bounded number in flight.
// Only the extractions stay in memory, never the texts.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { articleLimit } from '../article/input-file';
import type { FileStamp } from '../article/file-stamp';
import { isRecordProblem, readArticleFile, readArticleStream, whereOf, type ArticleContent, type SourceArticle, type UnchangedArticle } from '../article/stream';
import { KgError } from '../errors';
import type { Extraction, Sentence } from '../extract/types';
import { digestOf, type ArticleDigest } from '../graph/digest';
import { forgetLastMatch, ownStringsIn } from '../own-string';
import { ExtractionPool } from './extract-pool';
import { type Extracted, type ExtractedArticle, type ExtractedJson, type ExtractedObjects, type ExtractSource } from './extracted';
import { extractorVersion } from './extractor-version';
import type { CorpusStore, KnownFile, StoredArticle } from './store';

export interface CollectOptions {
  inputs: readonly string[];
  /** The size limit of one article in megabytes (see input-file.ts). */
  maxArticleMb?: number;
  /** Worker threads; 1 extracts on the calling thread, 0 asks `defaultJobs`. */
  jobs: number;
  /** How many workers for this many articles to extract, when `jobs` is 0. */
  defaultJobs: (articles: number) => number;
  /** Skip bad records, listing them in `Collected.skipped`, instead of stopping. */
  skipBad?: boolean;
  /** Refuse article ids that cannot name a file (kg extract writes ID.json). */
  fileNameIds?: boolean;
  /**
   * Opens the store: first only one already there (it knows the files unchanged since it read
   * them), then, once every input has been checked, a new one (so bad input leaves no store behind).
   */
  openStore?: (create: boolean) => CorpusStore | undefined;
  /**
   * Collect each article's digest (graph/digest.ts) instead of its extraction and sentences: what
   * `kg build` reads, and from the store, all it reads of an unchanged article.
   */
  digests?: boolean;
  /** Called after each article, in input order, `done` counting from 1. */
  onProgress?: (done: number, total: number, article: StoredArticle) => void;
  onExtraction?: (extraction: Extraction, article: StoredArticle) => void;
}

export interface Collected {
  articles: StoredArticle[];
  /** Each article's extraction and its sentences by id; empty when digests were asked for. */
  extractions: Extraction[];
  sentences: Map<string, Sentence[]>;
  /** With `digests`, each article's digest, else none. */
  digests: ArticleDigest[];
  /** Articles extracted in this run, taken from the store, and dropped from the store. */
  extracted: number;
  reused: number;
  removed: number;
  /** Bad records skipped (with `skipBad`), in input order. */
  skipped: KgError[];
}

/** An article as the first pass leaves it: no text, only what finds it again and keys it. */
interface Entry {
  id: string;
  path: string;
  line?: number;
  /** The content's key; `datedHash` adds the file's date, for an article whose date needs it. */
  hash: string;
  datedHash?: string;
  /** The key of the store's extraction to reuse, when there is one. */
  stored?: string;
  /** A file of one article read in this run: its stamp, for the store to know it unchanged next time. */
  stamp?: FileStamp;
}

/**
 * A file changed this close to the run that read it may change again within the same tick of
 * the file system's clock (a second or two on some) and keep its stamp: its content is hashed
 * again next time, as git does with a "racily clean" file.
 */
const RACY_NS = 2_000_000_000n;

/** SHA-256 of what decides an article's extraction: its text and the input's fields, or the saved page. */
function contentHash(content: ArticleContent): string {
  const hash = createHash('sha256');
  if ('page' in content) hash.update('page\u0000').update(content.page);
  else hash.update(content.text).update('\u0000').update(JSON.stringify(content.fields));
  return hash.digest('hex');
}

function entryOf(article: SourceArticle | UnchangedArticle, known: ReadonlyMap<string, KnownFile>): Entry {
  if ('unchanged' in article) {
    const { hash, datedHash } = known.get(resolve(article.path)) as KnownFile;
    return { id: article.id, path: article.path, hash, ...(datedHash === undefined ? {} : { datedHash }) };
  }
  const hash = contentHash(article.content);
  const entry: Entry = { id: article.id, path: article.path, hash };
  if (article.line !== undefined) entry.line = article.line;
  if (article.fileDate !== undefined) entry.datedHash = createHash('sha256').update(`${hash}\u0000${article.fileDate}`).digest('hex');
  if (article.stamp !== undefined) entry.stamp = article.stamp;
  return entry;
}

/**
 * The first pass: every article read and checked; bad records thrown, or skipped into `skipped`.
 * A file of one article the store knows unchanged by its stamp is not read: its hash is the one
 * the store keeps, taken when the file was last read.
 */
async function checkAll(options: CollectOptions, skipped: KgError[], known: ReadonlyMap<string, KnownFile>): Promise<Entry[]> {
  const entries: Entry[] = [];
  const stream = readArticleStream(options.inputs, {
    ...(options.maxArticleMb === undefined ? {} : { maxArticleMb: options.maxArticleMb }),
    ...(options.skipBad === true ? { onBadRecord: (problem: KgError) => skipped.push(problem) } : {}),
    ...(options.fileNameIds === true ? { fileNameIds: true } : {}),
    unchanged: (path: string, id: string, stamp: FileStamp) => {
      const file = known.get(resolve(path));
      return file !== undefined && file.id === id && file.stamp === stamp.key;
    },
  });
  for await (const article of stream) entries.push(entryOf(article, known));
  return entries;
}

/** What the store should know of the files of one article read in this run, not changed too recently. */
function filesToRemember(entries: readonly Entry[], collected: ReadonlySet<string>, started: bigint): KnownFile[] {
  return entries.flatMap((entry) => {
    if (entry.stamp === undefined || entry.stamp.changedNs >= started - RACY_NS || !collected.has(entry.id)) return [];
    return [{ path: resolve(entry.path), stamp: entry.stamp.key, id: entry.id, hash: entry.hash, ...(entry.datedHash === undefined ? {} : { datedHash: entry.datedHash }) }];
  });
}

/** An article in flight: its entry and its extraction, still coming (fresh), or to be read from the store. */
interface InFlight {
  entry: Entry;
  result?: Promise<Extracted | ExtractedObjects>;
}

/** An extraction and its sentences read from the JSON a worker sent. */
function parsed(json: ExtractedJson): ExtractedArticle {
  return { extraction: JSON.parse(json.extraction) as Extraction, sentences: JSON.parse(json.sentences) as Sentence[] };
}

export async function collectExtractions(options: CollectOptions): Promise<Collected> {
  const collected: Collected = { articles: [], extractions: [], sentences: new Map(), digests: [], extracted: 0, reused: 0, removed: 0, skipped: [] };
  const started = BigInt(Date.now()) * 1_000_000n;
  let store = options.openStore?.(false);
  const entries = await checkAll(options, collected.skipped, store?.files() ?? new Map());
  store ??= options.openStore?.(true);
  const version = extractorVersion();
  for (const entry of entries) {
    const stored = [entry.hash, entry.datedHash].find((hash) => hash !== undefined && store?.has(entry.id, hash, version) === true);
    if (stored !== undefined) entry.stored = stored;
  }
  const fresh = entries.filter((entry) => entry.stored === undefined).length;
  const jobs = options.jobs > 0 ? options.jobs : options.defaultJobs(fresh);
  const pool = jobs > 1 && fresh > 0 ? new ExtractionPool(jobs) : undefined;
  // The extractor (and its gazetteers, a second or more to load) only when this thread extracts.
  // Its objects are used as they are, and stored row by row: no JSON of a whole long article.
  const here = pool === undefined && fresh > 0 ? await import('./extracted') : undefined;
  const extractHere: ((source: ExtractSource) => Promise<ExtractedObjects>) | undefined = here?.extractObjects;
  const inFlight: InFlight[] = [];

  // Takes the oldest article in flight: its extraction joins the results in input order.
  const finishOldest = async (): Promise<void> => {
    const next = inFlight.shift();
    if (next === undefined) return;
    const { entry } = next;
    let found: ExtractedArticle | undefined;
    let digest: ArticleDigest | undefined;
    let hash = entry.stored ?? entry.hash;
    if (next.result !== undefined) {
      try {
        const extracted = await next.result;
        if ('json' in extracted) found = parsed(extracted.json);
        else {
          // Made on this thread, its strings are cut from the article's text; copied, they let
          // the text go, and the graph built from them need not copy every string of the corpus.
          found = extracted;
          ownStringsIn(found);
          forgetLastMatch();
        }
        if (extracted.readsFileDate) hash = entry.datedHash ?? hash;
      } catch (error) {
        if (options.skipBad !== true || !isRecordProblem(error)) throw error;
        collected.skipped.push(error);
        return;
      }
    } else if (options.digests === true && options.onExtraction === undefined) digest = (store as CorpusStore).digest(entry.id);
    else found = (store as CorpusStore).extracted(entry.id);
    if (options.digests === true) digest ??= digestOf((found as ExtractedArticle).extraction, (found as ExtractedArticle).sentences);
    const metadata = found?.extraction.metadata ?? digest?.metadata;
    const article: StoredArticle = { id: entry.id, path: whereOf(entry), hash, title: metadata?.title ?? entry.id, words: metadata?.words ?? 0 };
    collected.articles.push(article);
    if (digest !== undefined) collected.digests.push(digest);
    else if (found !== undefined) {
      collected.extractions.push(found.extraction);
      collected.sentences.set(entry.id, found.sentences);
    }
    if (entry.stored === undefined) {
      collected.extracted++;
      store?.put(article, found as ExtractedArticle, version, digest);
    } else collected.reused++;
    if (found !== undefined) options.onExtraction?.(found.extraction, article);
    options.onProgress?.(collected.articles.length, entries.length, article);
  };

  const add = async (item: InFlight): Promise<void> => {
    inFlight.push(item);
    // Each worker keeps a few articles queued; more would only hold texts in memory.
    while (inFlight.length > 4 * (pool === undefined ? 1 : jobs)) await finishOldest();
    // Without workers, yield so that a progress display can redraw between articles.
    if (pool === undefined) await new Promise((resolve) => setImmediate(resolve));
  };
  const fromStore = (entry: Entry): InFlight => ({ entry });

  try {
    for (let start = 0; start < entries.length; ) {
      const path = (entries[start] as Entry).path;
      let end = start;
      while (end < entries.length && (entries[end] as Entry).path === path) end++;
      const file = entries.slice(start, end);
      if (file.every((entry) => entry.stored !== undefined)) {
        for (const entry of file) await add(fromStore(entry));
      } else {
        // Read again (the first pass kept no text), and extract what the store does not hold.
        await rereadFile(path, file, options.maxArticleMb, async (entry, article) => {
          await add(entry.stored !== undefined ? fromStore(entry) : { entry, result: handled<Extracted | ExtractedObjects>(pool?.extract(article) ?? (extractHere as NonNullable<typeof extractHere>)(article)) });
        });
      }
      start = end;
    }
    while (inFlight.length > 0) await finishOldest();
  } finally {
    await pool?.close();
  }
  if (store !== undefined) {
    const present = new Set(collected.articles.map((a) => a.id));
    const gone = store.ids().filter((id) => !present.has(id));
    store.remove(gone);
    collected.removed = gone.length;
    store.rememberFiles(filesToRemember(entries, present, started), new Set(entries.map((e) => resolve(e.path))));
  }
  return collected;
}

/**
 * The second pass over one file: each article the first pass kept, found again by its place, with
 * its content. A file that changed in between (an article moved, gone or different) stops the run.
 */
async function rereadFile(path: string, file: readonly Entry[], maxArticleMb: number | undefined, take: (entry: Entry, article: SourceArticle) => Promise<void>): Promise<void> {
  let next = 0;
  for await (const article of readArticleFile(path, articleLimit(maxArticleMb))) {
    const entry = file[next];
    if (entry === undefined) break;
    // A bad record, or one the first pass refused (an id already used), has no entry.
    if (article instanceof KgError || article.line !== entry.line) continue;
    next++;
    if (entry.stored === undefined && (article.id !== entry.id || contentHash(article.content) !== entry.hash)) throw changed(whereOf(entry));
    await take(entry, article);
  }
  const missing = file[next];
  if (missing !== undefined) throw changed(whereOf(missing));
}

function changed(where: string): KgError {
  return new KgError('INPUT_CHANGED', `${where}: changed while kg was reading it; run again`, where);
}

/** A failure is rethrown where the result is awaited; this keeps an unawaited one from crashing. */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
