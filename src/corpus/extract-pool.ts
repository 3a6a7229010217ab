// Extraction on every core: a pool of worker threads (extract-worker.ts), each loading the
// extractor once. Callers hand articles over one by one and await their extraction's JSON; how
// many are in flight at once is theirs to bound (see collect.ts).
import { extname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { KgError } from '../errors';
import type { ExtractReply, ExtractTask } from './extract-worker';
import type { Extracted, ExtractSource } from './extracted';

interface Pending {
  resolve: (extracted: Extracted) => void;
  reject: (error: Error) => void;
}

/**
 * Megabytes of each semi-space of a worker's young generation. Extraction makes many short-lived
 * objects over a large long-lived heap (lexicons, the tagger's model); twice V8's default halves
 * the scavenges, a tenth of extraction's CPU time, for some 50 MB more per worker. The bench
 * runs with the same (`--max-semi-space-size` in package.json).
 */
export const SEMI_SPACE_MB = 32;

/** The worker's code: the compiled file, or the TypeScript source through ts-node. */
function startWorker(): Worker {
  // V8's young generation is three semi-spaces: the two it copies between, and one for large objects.
  const resourceLimits = { maxYoungGenerationSizeMb: 3 * SEMI_SPACE_MB };
  const entry = join(__dirname, `extract-worker${extname(__filename)}`);
  if (extname(entry) !== '.ts') return new Worker(entry, { resourceLimits });
  const project = resolve(__dirname, '..', '..', 'tsconfig.json');
  const code = `require(${JSON.stringify(require.resolve('ts-node'))}).register({ transpileOnly: true, project: ${JSON.stringify(project)} }); require(${JSON.stringify(entry)});`;
  return new Worker(code, { eval: true, resourceLimits });
}

export class ExtractionPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: ExtractTask[] = [];
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  private failure: Error | undefined;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = startWorker();
      worker.on('message', (reply: ExtractReply) => this.settle(worker, reply));
      worker.on('error', (error) => this.fail(error));
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** The article's extraction and sentences, as JSON; rejects with the KgError of a bad article. */
  extract(source: ExtractSource): Promise<Extracted> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const index = this.next++;
    const result = new Promise<Extracted>((resolve, reject) => this.pending.set(index, { resolve, reject }));
    this.queue.push({ index, source });
    this.dispatch();
    return result;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) (this.idle.pop() as Worker).postMessage(this.queue.shift());
  }

  private settle(worker: Worker, reply: ExtractReply): void {
    const pending = this.pending.get(reply.index);
    this.pending.delete(reply.index);
    this.idle.push(worker);
    this.dispatch();
    if ('extracted' in reply) pending?.resolve(reply.extracted);
    else if ('problem' in reply) pending?.reject(new KgError(reply.problem.code, reply.problem.message, reply.problem.subject));
    else pending?.reject(new Error(reply.error));
  }

  private fail(error: Error): void {
    this.failure = error;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
