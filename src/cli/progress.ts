// A progress bar on stderr for runs over more than a handful of articles, on a terminal only:
// redirected output stays clean.
import { SingleBar, Presets } from 'cli-progress';
import type { Article } from '../article/read';

const MIN_ARTICLES_FOR_BAR = 6;

export interface Progress {
  update(done: number, total: number, article: Article): void;
  stop(): void;
}

export function createProgress(enabled: boolean): Progress {
  let bar: SingleBar | undefined;
  return {
    update(done, total, article) {
      if (!enabled || total < MIN_ARTICLES_FOR_BAR || !process.stderr.isTTY) return;
      if (bar === undefined) {
        bar = new SingleBar(
          { format: 'extracting [{bar}] {value}/{total} articles | {article}', stream: process.stderr, clearOnComplete: true, hideCursor: true },
          Presets.shades_classic,
        );
        bar.start(total, 0, { article: '' });
      }
      bar.update(done, { article: article.id });
    },
    stop() {
      bar?.stop();
    },
  };
}
