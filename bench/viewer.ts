// Viewer benchmark in headless Chromium: time to first paint and frame time while hovering, on
// generated graphs of 1k, 10k and 50k nodes (5 typed edges and 2 co-mentions each), with the
// co-mention layer off (the default view) and on. The baseline, run in the same process, is the
// 9-node fixture graph: page, bundle and WebGL start-up without the data.
// Usage: npm run bench:viewer [-- --sizes 1000,10000 --runs 3 --co-mentions off,on]
// (at 50k nodes one run of one layer takes many minutes on a software GPU: --co-mentions picks
// which layers to time)
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/viewer/browser';
import { bundleViewer } from '../viewer/build';
import { startViewerServer } from '../viewer/server';
import { CO_MENTION } from '../src/schema';
import { generateGraph } from './generate-graph';

const FIXTURE = join(__dirname, '..', 'tests', 'fixtures', 'graphs', 'small.json');
const GOAL_MS = 3000;
const CO_MENTIONS_PER_NODE = 2;

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Records the time between animation frames while `during` runs, and returns their median. */
async function medianFrameMs(page: Page, during: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
    let last = performance.now();
    const tick = (now: number): void => {
      w.__frames.push(now - last);
      last = now;
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await during();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames.slice(1);
  });
  return median(frames);
}

interface Run {
  firstPaintMs: number;
  /**
   * When the frame after the first paint began: Chromium starts a frame only once the one before
   * is drawn, so this counts the drawing too, which a software GPU does well after the page asked.
   */
  onScreenMs: number;
  idleFrameMs: number;
  hoverFrameMs: number;
}

async function measure(page: Page, url: string): Promise<Run> {
  await page.goto(url);
  await page.waitForFunction(() => window.__kgViewer?.ready === true || window.__kgViewer?.lastError != null, null, { timeout: 300000 });
  const error = await page.evaluate(() => window.__kgViewer!.lastError);
  if (error !== null) throw new Error(`viewer reported: ${error}`);
  const firstPaintMs = await page.evaluate(() => window.__kgViewer!.firstPaintMs!);
  const onScreenMs = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))));
  const box = (await page.locator('#sigma').boundingBox())!;
  // Hover targets: nodes spread through the graph, each followed by a move into empty space.
  const targets = await page.evaluate(() => {
    const hook = window.__kgViewer!;
    const keys = hook.visibleNodes();
    const step = Math.max(1, Math.floor(keys.length / 10));
    return keys.filter((_k, i) => i % step === 0).slice(0, 10).map((k) => hook.nodeOnScreen(k));
  });
  const idleFrameMs = await medianFrameMs(page, () => page.waitForTimeout(1000));
  const hoverFrameMs = await medianFrameMs(page, async () => {
    for (const target of targets) {
      if (target === null) continue;
      await page.mouse.move(box.x + target.x, box.y + target.y, { steps: 4 });
      await page.waitForTimeout(60);
      await page.mouse.move(box.x + 4, box.y + 4, { steps: 4 });
      await page.waitForTimeout(60);
    }
  });
  return { firstPaintMs, onScreenMs, idleFrameMs, hoverFrameMs };
}

async function main(): Promise<void> {
  const sizes = option('sizes', '1000,10000,50000').split(',').map(Number);
  const runs = Number(option('runs', '3'));
  const layers = option('co-mentions', 'off,on').split(',');
  if (layers.length === 0 || layers.some((layer) => layer !== 'off' && layer !== 'on')) throw new Error(`--co-mentions takes off, on or off,on, not ${layers.join(',')}`);
  const work = mkdtempSync(join(tmpdir(), 'kg-bench-viewer-'));
  const browser = await launchBrowser();
  const results: Array<{ graph: string; nodes: number; edges: number } & Run> = [];
  try {
    const dist = join(work, 'dist');
    await bundleViewer(dist);
    const cases: Array<{ name: string; path: string; query: string; nodes: number; edges: number }> = [{ name: 'fixture (baseline)', path: FIXTURE, query: '', nodes: 9, edges: 11 }];
    for (const n of sizes) {
      const graph = generateGraph(n, 5, 1, { coMentionsPerNode: CO_MENTIONS_PER_NODE });
      const path = join(work, `graph-${n}.json`);
      writeFileSync(path, JSON.stringify(graph.export()));
      const coMentions = graph.filterEdges((_key, attributes) => attributes.relation === CO_MENTION).length;
      if (layers.includes('off')) cases.push({ name: `${n} co-mentions off`, path, query: '', nodes: graph.order, edges: graph.size - coMentions });
      if (layers.includes('on')) cases.push({ name: `${n} co-mentions on`, path, query: '?co-mentions=on', nodes: graph.order, edges: graph.size });
    }
    for (const c of cases) {
      const server = await startViewerServer({ root: dist, graphPath: c.path, port: 0 });
      const measured: Run[] = [];
      try {
        for (let i = 0; i < runs; i++) {
          const page = await browser.context.newPage();
          page.setDefaultTimeout(600000);
          const run = await measure(page, `${server.url}${c.query}`);
          measured.push(run);
          // Each run as it ends: at 50k nodes a case takes many minutes.
          process.stderr.write(`${c.name} run ${i + 1}/${runs}: first paint ${run.firstPaintMs.toFixed(0)} ms, on screen ${run.onScreenMs.toFixed(0)} ms, hover frame ${run.hoverFrameMs.toFixed(1)} ms\n`);
          await page.close();
        }
      } catch (error) {
        process.stdout.write(`${c.name}: failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})\n`);
      } finally {
        await server.close();
      }
      if (measured.length === 0) continue;
      const run = {
        firstPaintMs: median(measured.map((m) => m.firstPaintMs)),
        onScreenMs: median(measured.map((m) => m.onScreenMs)),
        idleFrameMs: median(measured.map((m) => m.idleFrameMs)),
        hoverFrameMs: median(measured.map((m) => m.hoverFrameMs)),
      };
      results.push({ graph: c.name, nodes: c.nodes, edges: c.edges, ...run });
      process.stdout.write(`${c.name}: ${c.nodes} nodes, ${c.edges} edges: first paint ${run.firstPaintMs.toFixed(0)} ms (on screen ${run.onScreenMs.toFixed(0)} ms), frame ${run.idleFrameMs.toFixed(1)} ms idle / ${run.hoverFrameMs.toFixed(1)} ms hovering (median of ${runs})\n`);
    }
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
  const baseline = results[0]!;
  process.stdout.write('\ngraph                    nodes   edges  first paint  ×baseline   on screen  idle frame  hover frame\n');
  for (const r of results) {
    process.stdout.write(
      `${r.graph.padEnd(23)} ${String(r.nodes).padStart(6)} ${String(r.edges).padStart(7)} ${`${r.firstPaintMs.toFixed(0)} ms`.padStart(12)} ${(r.firstPaintMs / baseline.firstPaintMs).toFixed(2).padStart(10)} ${`${r.onScreenMs.toFixed(0)} ms`.padStart(11)} ${`${r.idleFrameMs.toFixed(1)} ms`.padStart(11)} ${`${r.hoverFrameMs.toFixed(1)} ms`.padStart(12)}\n`,
    );
  }
  const tenK = results.find((r) => r.nodes === 10000 && r.graph.endsWith('off'));
  if (tenK !== undefined) process.stdout.write(`\ngoal: 10k nodes / 50k edges first paint under ${GOAL_MS} ms: ${tenK.firstPaintMs < GOAL_MS ? 'met' : 'NOT met'} (${tenK.firstPaintMs.toFixed(0)} ms)\n`);
  const out = join(__dirname, 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'viewer.json'), `${JSON.stringify({ date: new Date().toISOString(), runs, results }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:viewer: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
