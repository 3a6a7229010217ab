// A worker thread of the extraction pool (extract-pool.ts): extracts the articles it is sent and
// answers with each extraction and the article's sentences as JSON, which the main thread stores
// as it is and parses once. A bad article (a page with no story) comes back as its KgError's parts.
import { parentPort } from 'node:worker_threads';
import { KgError, type KgErrorCode } from '../errors';
import { extractSource, type Extracted, type ExtractSource } from './extracted';

export interface ExtractTask {
  index: number;
  source: ExtractSource;
}

export type ExtractReply =
  | { index: number; extracted: Extracted }
  | { index: number; problem: { code: KgErrorCode; message: string; subject?: string } }
  | { index: number; error: string };

parentPort?.on('message', (task: ExtractTask) => {
  extractSource(task.source).then(
    (extracted): ExtractReply => ({ index: task.index, extracted }),
    (error: unknown): ExtractReply => {
      if (error instanceof KgError) return { index: task.index, problem: { code: error.code, message: error.message, ...(error.subject === undefined ? {} : { subject: error.subject }) } };
      return { index: task.index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    },
  ).then((reply) => parentPort?.postMessage(reply));
});
