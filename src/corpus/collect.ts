// Every article's extraction, in input order: reused from the corpus store when the article's
// bytes and the extractor are unchanged, else extracted (on a pool of worker threads when
// jobs > 1) and stored. Every input is read and checked first, so bad input stops the run before
// anything is written; then the articles to extract stream through the workers, a bounded number
// in flight, and only their extractions stay in memory, not the texts.
import { createHash } from 'node:crypto';
import { countWords, listArticles, type Article, type ArticleSource, type ReadOptions } from '../article/read';
import type { Extraction, Sentence } from '../extract/types';
import { ExtractionPool } from './extract-pool';
import { extractedJson, type ExtractedJson } from './extracted';
import { extractorVersion } from './extractor-version';
import type { CorpusStore, StoredArticle } from './store';

export interface CollectOptions {
  inputs: readonly string[];
  /** The size limit of one article in megabytes (see readArticles). */
  maxArticleMb?: number;
  /** Worker threads; 1 extracts on the calling thread, 0 asks `defaultJobs`. */
  jobs: number;
  /** How many workers for this many articles to extract, when `jobs` is 0. */
  defaultJobs: (articles: number) => number;
  /** Opens the store, once every input has been checked (so bad input leaves no store behind). */
  openStore?: () => CorpusStore | undefined;
  /** Called after each article, in input order, `done` counting from 1. */
  onProgress?: (done: number, total: number, article: StoredArticle) => void;
  onExtraction?: (extraction: Extraction, article: StoredArticle) => void;
}

export interface Collected {
  articles: StoredArticle[];
  extractions: Extraction[];
  /** Each article's sentences by id. */
  sentences: Map<string, Sentence[]>;
  /** Articles extracted in this run, taken from the store, and dropped from the store. */
  extracted: number;
  reused: number;
  removed: number;
}

interface Checked {
  source: ArticleSource;
  article: StoredArticle;
}

/** Reads and checks every input; what the store already holds need not be read again. */
function checkAll(inputs: readonly string[], options: ReadOptions): Checked[] {
  return listArticles(inputs, options).map((source) => ({ source, article: describe(source.read()) }));
}

function describe({ id, path, text }: Article): StoredArticle {
  return { id, path, hash: createHash('sha256').update(text).digest('hex'), title: text.split('\n', 1)[0]?.trim() ?? '', words: countWords(text) };
}

export async function collectExtractions(options: CollectOptions): Promise<Collected> {
  const checked = checkAll(options.inputs, options.maxArticleMb === undefined ? {} : { maxArticleMb: options.maxArticleMb });
  const store = options.openStore?.();
  const version = extractorVersion();
  const fresh = checked.filter(({ article }) => store?.has(article.id, article.hash, version) !== true).length;
  const jobs = options.jobs > 0 ? options.jobs : options.defaultJobs(fresh);
  const pool = jobs > 1 && fresh > 0 ? new ExtractionPool(jobs) : undefined;
  const collected: Collected = { articles: [], extractions: [], sentences: new Map(), extracted: 0, reused: 0, removed: 0 };
  const inFlight: Array<{ article: StoredArticle; json: Promise<ExtractedJson> | ExtractedJson; fresh: boolean }> = [];

  // Takes the oldest article in flight: its extraction joins the results in input order.
  const finishOldest = async (): Promise<void> => {
    const next = inFlight.shift();
    if (next === undefined) return;
    const json = await next.json;
    const extraction = JSON.parse(json.extraction) as Extraction;
    collected.articles.push(next.article);
    collected.extractions.push(extraction);
    collected.sentences.set(next.article.id, JSON.parse(json.sentences) as Sentence[]);
    if (next.fresh) {
      collected.extracted++;
      store?.put(next.article, json, extraction, version);
    } else collected.reused++;
    options.onExtraction?.(extraction, next.article);
    options.onProgress?.(collected.articles.length, checked.length, next.article);
  };

  try {
    for (const { source, article } of checked) {
      if (store?.has(article.id, article.hash, version) === true) {
        inFlight.push({ article, json: store.extracted(article.id), fresh: false });
      } else {
        // Read again (the first pass kept no text); the hash follows what is extracted.
        const read = source.read();
        const current = describe(read);
        inFlight.push({ article: current, json: pool === undefined ? extractedJson(read.text, read.id) : handled(pool.extract(read.id, read.text)), fresh: true });
      }
      // Each worker keeps a few articles queued; more would only hold texts in memory.
      while (inFlight.length > 4 * (pool === undefined ? 1 : jobs)) await finishOldest();
      // Without workers, yield so that a progress display can redraw between articles.
      if (pool === undefined) await new Promise((resolve) => setImmediate(resolve));
    }
    while (inFlight.length > 0) await finishOldest();
  } finally {
    await pool?.close();
  }
  if (store !== undefined) {
    const present = new Set(checked.map((c) => c.article.id));
    const gone = store.ids().filter((id) => !present.has(id));
    store.remove(gone);
    collected.removed = gone.length;
  }
  return collected;
}

/** A failure is rethrown where the result is awaited; this keeps an unawaited one from crashing. */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
