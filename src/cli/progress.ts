// A progress bar on stderr for runs over more than a handful of articles, on a terminal only:
// redirected output stays clean.
import { SingleBar, Presets } from 'cli-progress';

const MIN_ARTICLES_FOR_BAR = 6;

export interface Progress {
  update(done: number, total: number, article: { id: string }): void;
  stop(): void;
}

/** `stream` is stderr but for tests; the bar shows only when it is a terminal. */
export function createProgress(enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  let bar: SingleBar | undefined;
  return {
    update(done, total, article) {
      if (!enabled || total < MIN_ARTICLES_FOR_BAR || !stream.isTTY) return;
      if (bar === undefined) {
        bar = new SingleBar(
          { format: 'extracting [{bar}] {value}/{total} articles | {article}', stream, clearOnComplete: true, hideCursor: true },
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
