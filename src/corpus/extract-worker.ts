// A worker thread of the extraction pool (extract-pool.ts): extracts the articles it is sent and
// answers with each extraction and the article's sentences as JSON, which the main thread stores
// as it is and parses once.
import { parentPort } from 'node:worker_threads';
import { extractedJson, type ExtractedJson } from './extracted';

export interface ExtractTask {
  index: number;
  id: string;
  text: string;
}

export type ExtractReply = { index: number; json: ExtractedJson } | { index: number; error: string };

parentPort?.on('message', (task: ExtractTask) => {
  let reply: ExtractReply;
  try {
    reply = { index: task.index, json: extractedJson(task.text, task.id) };
  } catch (error) {
    reply = { index: task.index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
