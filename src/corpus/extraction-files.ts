// Extractions as files, for corpora beyond one machine: `kg extract --extractions` writes one
// `ID.extraction.json` per article (the map step, on any number of machines), and
// `kg build --from-extractions DIR...` merges them (the reduce step) into the graph a single
// build over the same articles in the same order gives.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KgError } from '../errors';
import type { Extraction, Sentence } from '../extract/types';
import type { Collected } from './collect';
import type { StoredArticle } from './store';

export const EXTRACTION_SUFFIX = '.extraction.json';

export interface ExtractionFile {
  article: StoredArticle;
  extraction: Extraction;
  sentences: Sentence[];
}

export function extractionFileContent(article: StoredArticle, extraction: Extraction, sentences: readonly Sentence[]): string {
  return `${JSON.stringify({ article, extraction, sentences })}\n`;
}

function parseFile(path: string): ExtractionFile {
  let data: Partial<ExtractionFile>;
  try {
    data = JSON.parse(readFileSync(path, 'utf8')) as Partial<ExtractionFile>;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new KgError('INPUT_MISSING', `${path}: ${code === undefined ? 'not valid JSON' : `cannot be read (${code})`}`, path);
  }
  if (typeof data.article?.id !== 'string' || !Array.isArray(data.extraction?.entities) || !Array.isArray(data.sentences)) {
    throw new KgError('GRAPH_INVALID', `${path}: not an extraction file (expected "article", "extraction" and "sentences")`, path);
  }
  return data as ExtractionFile;
}

/** Every `*.extraction.json` of the folders, folder by folder, each in name order. */
export function readExtractionFiles(dirs: readonly string[]): Collected {
  const collected: Collected = { articles: [], extractions: [], sentences: new Map(), digests: [], extracted: 0, reused: 0, removed: 0, skipped: [] };
  const seen = new Map<string, string>();
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith(EXTRACTION_SUFFIX)).sort();
    } catch {
      throw new KgError('INPUT_MISSING', `${dir}: no such folder`, dir);
    }
    if (names.length === 0) throw new KgError('INPUT_NO_ARTICLES', `${dir}: folder holds no ${EXTRACTION_SUFFIX} files`, dir);
    for (const name of names) {
      const path = join(dir, name);
      const file = parseFile(path);
      const previous = seen.get(file.article.id);
      if (previous !== undefined) throw new KgError('USAGE', `${path}: article id "${file.article.id}" is already used by ${previous}`, path);
      seen.set(file.article.id, path);
      collected.articles.push(file.article);
      collected.extractions.push(file.extraction);
      collected.sentences.set(file.article.id, file.sentences);
      collected.reused++;
    }
  }
  return collected;
}
