// The viewer at scale in headless Chromium: a generated graph of 5,000 entities of which 60%
// stand alone (as in a corpus of news, where most names are never tied to another), checked
// through the DOM, sigma's own display data and label boxes, and pixels.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { generateGraph } from '../../bench/generate-graph';
import type { LabelOnScreen } from '../../viewer/app/test-hook';
import { CO_MENTION } from '../../src/schema';
import { bundleViewer } from '../../viewer/build';
import { startViewerServer, type ViewerServer } from '../../viewer/server';
import { checkGexf, hasSharedCheck, skipNote } from '../export/readers';
import { cameraAtRest, collectErrors, hasChromium, launchBrowser, openViewer, pixelStats, settle, type Browser } from './browser';

const graph = generateGraph(5000, 1, 11, { isolated: 0.6, coMentionsPerNode: 1 });
const typedDegree = (key: string): number => graph.edges(key).filter((edge) => graph.getEdgeAttribute(edge, 'relation') !== CO_MENTION).length;
const connected = graph.filterNodes((key) => typedDegree(key) > 0);

const visibleCount = (page: Page): Promise<number> => page.evaluate(() => window.__kgViewer!.visibleNodes().length);

/** Every visible node's disc lies inside the canvas. */
async function allVisibleInside(page: Page): Promise<{ outside: string[]; checked: number }> {
  return page.evaluate(() => {
    const hook = window.__kgViewer!;
    const { width, height } = hook.canvasSize()!;
    const keys = hook.visibleNodes();
    const outside = keys.filter((key) => {
      const p = hook.nodeOnScreen(key)!;
      const r = hook.nodeRadius(key)!;
      return p.x - r < 0 || p.y - r < 0 || p.x + r > width || p.y + r > height;
    });
    return { outside, checked: keys.length };
  });
}

function overlapping(labels: Array<{ key: string; x1: number; y1: number; x2: number; y2: number }>): string[] {
  const pairs: string[] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs.push(`${a.key} × ${b.key}`);
  });
  return pairs;
}

/** Labels not wholly inside the canvas: cut off at its edge. */
async function cutOff(page: Page, labels: LabelOnScreen[]): Promise<string[]> {
  const { width, height } = (await page.evaluate(() => window.__kgViewer!.canvasSize()))!;
  return labels.filter((l) => l.x1 < 0 || l.y1 < 0 || l.x2 > width || l.y2 > height).map((l) => l.key);
}

const describeInBrowser = hasChromium() ? describe : describe.skip;

describeInBrowser('viewer on 5,000 entities, 60% unconnected', () => {
  let work: string;
  let browser: Browser;
  let server: ViewerServer;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'kg-viewer-scale-'));
    const dist = join(work, 'dist');
    await bundleViewer(dist);
    const path = join(work, 'graph.json');
    writeFileSync(path, JSON.stringify(graph.export()));
    server = await startViewerServer({ root: dist, graphPath: path, port: 0 });
    // Camera moves jump rather than glide: each is one frame, and a frame of thousands of nodes
    // drawn by the processor is slow.
    browser = await launchBrowser('desktop', { reducedMotion: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  beforeEach(async () => {
    page = await browser.context.newPage();
    errors = collectErrors(page);
  });

  afterEach(async () => {
    await page.close();
    expect(errors).toEqual([]);
  });

  it('opens on the connected entities, says how many it hides, and shows them in one click', async () => {
    await openViewer(page, server.url);
    await settle(page);
    expect(connected.length).toBeLessThan(graph.order * 0.41);
    await expect(visibleCount(page)).resolves.toBe(connected.length);
    const hidden = graph.order - connected.length;
    await expect(page.locator('#unconnected-text').textContent()).resolves.toBe(`${hidden.toLocaleString('en-US')} unconnected entities hidden.`);
    await page.locator('#unconnected-toggle').click();
    await settle(page);
    await expect(visibleCount(page)).resolves.toBe(graph.order);
    expect(new URL(page.url()).searchParams.get('unconnected')).toBe('shown');
  });

  it('changes the visible count exactly with the minimum-degree slider and top N, and keeps them in the URL', async () => {
    await openViewer(page, server.url);
    for (const minimum of [2, 4]) {
      await page.locator('#min-degree').fill(String(minimum));
      await settle(page);
      await expect(visibleCount(page)).resolves.toBe(connected.filter((key) => typedDegree(key) >= minimum).length);
      await expect(page.locator('#min-degree-value').textContent()).resolves.toBe(String(minimum));
    }
    await page.locator('#min-degree').fill('0');
    await page.locator('#top-n').selectOption('100');
    await settle(page);
    await expect(visibleCount(page)).resolves.toBe(100);
    await page.locator('#top-by').selectOption('mentions');
    await settle(page);
    const shown = await page.evaluate(() => window.__kgViewer!.visibleNodes());
    expect(shown).toHaveLength(100);
    const mentions = (key: string): number => graph.getNodeAttribute(key, 'mentions');
    const lowestShown = Math.min(...shown.map(mentions));
    expect(Math.max(...connected.filter((key) => !shown.includes(key)).map(mentions))).toBeLessThanOrEqual(lowestShown);
    const params = new URL(page.url()).searchParams;
    expect([params.get('top'), params.get('top-by'), params.get('min-degree')]).toEqual(['100', 'mentions', null]);
    await page.reload();
    await openViewer(page, page.url());
    await expect(visibleCount(page)).resolves.toBe(100);
  });

  it('fits the visible entities into the canvas after a filter change, pixels and positions alike', async () => {
    await openViewer(page, server.url);
    await page.locator('#top-n').selectOption('25');
    await cameraAtRest(page);
    const inside = await allVisibleInside(page);
    expect(inside).toEqual({ outside: [], checked: 25 });
    const size = (await page.evaluate(() => window.__kgViewer!.canvasSize()))!;
    const shot = await pixelStats(page, await page.locator('#sigma').screenshot(), []);
    // Drawing reaches across the canvas (the fit uses the room) but leaves its margins blank.
    const box = shot.box!;
    expect(Math.max((box.x2 - box.x1) / size.width, (box.y2 - box.y1) / size.height)).toBeGreaterThan(0.6);
    expect(box.y1).toBeGreaterThan(2);
    expect(box.y2).toBeLessThan(shot.height - 3);
  });

  it('zooms in on a searched entity, and back to the fitted view on Esc', async () => {
    await openViewer(page, server.url);
    await cameraAtRest(page);
    const fitted = (await page.evaluate(() => window.__kgViewer!.camera()))!;
    const target = connected[0]!;
    await page.locator('#search').fill(graph.getNodeAttribute(target, 'label'));
    await page.locator('#search').press('Enter');
    await cameraAtRest(page);
    await expect(page.evaluate(() => window.__kgViewer!.selectedNode())).resolves.toBe(target);
    const zoomed = (await page.evaluate(() => window.__kgViewer!.camera()))!;
    expect(zoomed.ratio).toBeLessThan(fitted.ratio);
    await page.locator('#search').press('Escape');
    await cameraAtRest(page);
    const back = (await page.evaluate(() => window.__kgViewer!.camera()))!;
    await expect(page.evaluate(() => window.__kgViewer!.selectedNode())).resolves.toBeNull();
    expect((await allVisibleInside(page)).outside).toEqual([]);
    // The same view the fit button gives, and the one the page opened with.
    await page.locator('#zoom-fit').click();
    await cameraAtRest(page);
    const refitted = (await page.evaluate(() => window.__kgViewer!.camera()))!;
    for (const view of [refitted, fitted]) {
      expect(back.x).toBeCloseTo(view.x, 3);
      expect(back.y).toBeCloseTo(view.y, 3);
      expect(Math.abs(back.ratio / view.ratio - 1)).toBeLessThan(0.002);
    }
  });

  it('draws labels that never overlap, biggest first, and always those of the hovered entity and its neighbours', async () => {
    await openViewer(page, server.url);
    await cameraAtRest(page);
    const first = await page.evaluate(() => window.__kgViewer!.drawnLabels());
    expect(first.length).toBeGreaterThan(10);
    expect(overlapping(first)).toEqual([]);
    await expect(cutOff(page, first)).resolves.toEqual([]);
    await page.locator('#zoom-in').click();
    await cameraAtRest(page);
    const zoomed = await page.evaluate(() => window.__kgViewer!.drawnLabels());
    expect(overlapping(zoomed)).toEqual([]);
    // Zooming out pulls the nodes together: the very first frame of the new view already draws
    // the labels placed for it, none overlapping, not those of the view before.
    const firstFrame = await page.evaluate(
      () =>
        new Promise<LabelOnScreen[]>((resolve) => {
          document.dispatchEvent(new KeyboardEvent('keydown', { key: '-' }));
          requestAnimationFrame(() => resolve(window.__kgViewer!.drawnLabels()));
        }),
    );
    expect(firstFrame.length).toBeGreaterThan(10);
    expect(overlapping(firstFrame)).toEqual([]);
    await settle(page);
    const settled = await page.evaluate(() => window.__kgViewer!.drawnLabels());
    expect(firstFrame.map((label) => label.key).sort()).toEqual(settled.map((label) => label.key).sort());
    // The entity with the most connections is among the biggest: its label is drawn.
    const hub = connected.reduce((best, key) => (typedDegree(key) > typedDegree(best) ? key : best));
    await page.locator('#zoom-fit').click();
    await cameraAtRest(page);
    expect((await page.evaluate(() => window.__kgViewer!.drawnLabels())).map((l) => l.key)).toContain(hub);
    const at = (await page.evaluate((key) => window.__kgViewer!.nodeOnScreen(key), hub))!;
    const box = (await page.locator('#sigma').boundingBox())!;
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await page.waitForFunction((key) => window.__kgViewer!.hoveredNode() === key, hub);
    await settle(page);
    const hovered = new Set((await page.evaluate(() => window.__kgViewer!.drawnLabels())).map((l) => l.key));
    const neighbours = graph.neighbors(hub).filter((key) => graph.edges(hub, key).concat(graph.edges(key, hub)).some((edge) => graph.getEdgeAttribute(edge, 'relation') !== CO_MENTION));
    for (const key of [hub, ...neighbours]) expect(hovered.has(key)).toBe(true);
  });

  it('on a 390 px phone gives the graph the width and selects the node under a tap', async () => {
    const phone = await browser.newContext('phone');
    try {
      const tapPage = await phone.newPage();
      await openViewer(tapPage, `${server.url}?top=40`);
      await cameraAtRest(tapPage);
      const canvas = (await tapPage.locator('#sigma').boundingBox())!;
      expect(canvas.width).toBeGreaterThanOrEqual(350);
      // On a narrow screen too, labels are whole and apart.
      const labels = await tapPage.evaluate(() => window.__kgViewer!.drawnLabels());
      expect(labels.length).toBeGreaterThan(5);
      expect(overlapping(labels)).toEqual([]);
      await expect(cutOff(tapPage, labels)).resolves.toEqual([]);
      await expect(tapPage.locator('#sidebar').evaluate((el) => el.getBoundingClientRect().right)).resolves.toBeLessThanOrEqual(0);
      // The node farthest from any other, so the tap can only mean it.
      const target = await tapPage.evaluate(() => {
        const hook = window.__kgViewer!;
        const points = hook.visibleNodes().map((key) => ({ key, ...hook.nodeOnScreen(key)! }));
        const clearance = (p: { key: string; x: number; y: number }) => Math.min(...points.filter((q) => q.key !== p.key).map((q) => Math.hypot(q.x - p.x, q.y - p.y)));
        return points.reduce((best, p) => (clearance(p) > clearance(best) ? p : best));
      });
      await tapPage.touchscreen.tap(canvas.x + target.x, canvas.y + target.y);
      await expect(tapPage.evaluate(() => window.__kgViewer!.selectedNode())).resolves.toBe(target.key);
      await expect(tapPage.locator('#panel').isVisible()).resolves.toBe(true);
      await tapPage.locator('#sidebar-toggle').click();
      await tapPage.waitForTimeout(300);
      await expect(tapPage.locator('#sidebar').evaluate((el) => el.getBoundingClientRect().left)).resolves.toBeGreaterThanOrEqual(0);
      await tapPage.screenshot({ path: join(__dirname, '..', 'screenshots', 'viewer-phone.png') });
    } finally {
      await phone.close();
    }
  });

  it('focuses on the network of an entity, one or two steps deep, and backs out with Esc', async () => {
    const hub = connected.reduce((best, key) => (typedDegree(key) > typedDegree(best) ? key : best));
    await openViewer(page, `${server.url}?node=${hub}`);
    await page.locator('#panel [data-focus="1"]').click();
    await settle(page);
    const typedNeighbours = (key: string) => graph.neighbors(key).filter((other) => graph.edges(key, other).concat(graph.edges(other, key)).some((edge) => graph.getEdgeAttribute(edge, 'relation') !== CO_MENTION));
    const one = new Set([hub, ...typedNeighbours(hub)]);
    await expect(page.evaluate(() => window.__kgViewer!.visibleNodes().sort())).resolves.toEqual([...one].sort());
    await expect(page.locator('#ego-banner').isVisible()).resolves.toBe(true);
    expect(new URL(page.url()).searchParams.get('focus')).toBe(hub);
    await page.locator('#ego-depth').click();
    await settle(page);
    const two = new Set([...one].flatMap((key) => [key, ...typedNeighbours(key)]));
    await expect(visibleCount(page)).resolves.toBe(two.size);
    await page.locator('#sigma').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await settle(page);
    await expect(visibleCount(page)).resolves.toBe(connected.length);
    await expect(page.locator('#ego-banner').isHidden()).resolves.toBe(true);
  });

  it('tables the visible entities, sorted by a click, and downloads them as CSV', async () => {
    await openViewer(page, `${server.url}?top=120&color=community&size=pagerank`);
    await page.keyboard.press('t');
    await expect(page.locator('#table tbody tr').count()).resolves.toBe(120);
    const connections = async () => (await page.locator('#table tbody tr td:nth-child(3)').allTextContents()).map(Number);
    const descending = await connections();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await page.locator('#table th:nth-child(3) button').click();
    const ascending = await connections();
    expect(ascending).toEqual([...descending].reverse().sort((a, b) => a - b));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#table [data-action="csv"]').click()]);
    const lines = readFileSync((await download.path())!, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Entity,Kind,Connections,Mentions,Articles');
    const shown = new Set((await page.evaluate(() => window.__kgViewer!.visibleNodes())).map((key) => `Entity ${key.slice(1)}`));
    expect(new Set(lines.slice(1).map((line) => line.split(',')[0]))).toEqual(shown);
    await page.locator('#table [data-tab="relations"]').click();
    await expect(page.locator('#table tbody tr').count()).resolves.toBe(await page.evaluate(() => window.__kgViewer!.visibleEdges().length));
  });

  const itChecked = hasSharedCheck ? it : it.skip;
  if (!hasSharedCheck) skipNote('viewer GEXF check', 'check-gexf.sh is absent (it lives beside the repository in CI)');
  itChecked('saves the visible subgraph, co-mentions included when shown, as GEXF that check-gexf.sh passes', async () => {
    await openViewer(page, `${server.url}?co-mentions=on&top=300`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-gexf').click()]);
    const path = join(work, 'view.gexf');
    writeFileSync(path, readFileSync((await download.path())!));
    const edges = await page.evaluate(() => window.__kgViewer!.visibleEdges().length);
    const verdict = checkGexf(path);
    expect(verdict.output).toMatch(new RegExp(`^PASS .*nodes=300/300 edges=${edges}/${edges}`));
    expect(readFileSync(path, 'utf8')).toContain('value="mentioned-with"');
  });
});
