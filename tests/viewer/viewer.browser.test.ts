// End-to-end: the bundled viewer in headless Chromium against the fixture graph and a hostile one.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { toGexf } from '../../src/export/gexf';
import { loadGraph } from '../../src/graph/load';
import { ENTITY_KINDS, KIND_COLORS, RELATION_TYPES } from '../../src/schema';
import { CAMERA } from '../../viewer/app/settings';
import { bundleViewer } from '../../viewer/build';
import { startViewerServer, type ViewerServer } from '../../viewer/server';
import { cameraAtRest, collectErrors, hasChromium, launchBrowser, openViewer, pixelStats, settle, type Browser } from './browser';

const FIXTURE = join(__dirname, '..', 'fixtures', 'graphs', 'small.json');
const SCREENSHOTS = join(__dirname, '..', 'screenshots');

interface FixtureData {
  nodes: Array<{ key: string; attributes: Record<string, unknown> }>;
  edges: Array<{ key: string; attributes: { evidence: Array<{ sentence: string }> } & Record<string, unknown> }>;
}

const fixtureData = (): FixtureData => JSON.parse(readFileSync(FIXTURE, 'utf8')) as FixtureData;
const graph = loadGraph(FIXTURE);

/** Labels, aliases and evidence written to attack a page that renders text as HTML. */
function hostileGraph(): FixtureData {
  const data = fixtureData();
  for (const node of data.nodes) {
    delete node.attributes.x;
    delete node.attributes.y;
  }
  const dana = data.nodes.find((n) => n.key === 'dana-price')!;
  dana.attributes.label = '<img src=x onerror="window.__pwned=1">Dana <b>Price</b>';
  dana.attributes.aliases = ['<script>window.__pwned=2</script>'];
  const edge = data.edges.find((e) => e.key === 'dana-price|met-with|bren-okafor')!;
  edge.attributes.evidence[0]!.sentence = 'Price <i>met</i> Okafor <script>window.__pwned=3</script> at <a href="javascript:alert(1)">noon</a>.';
  return data;
}

/** Drops a file on the page the way a browser does: dragenter, then drop, with the file in a DataTransfer. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(({ name: fileName, text: contents }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([contents], fileName, { type: 'application/xml' }));
    return transfer;
  }, { name, text });
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}

/**
 * A GEXF whose third node has `id` for its id. Two parallel edges make graphology's parser build a
 * multi graph, where an edge ending at "__proto__" or "constructor" writes into Object itself.
 */
function gexfEndingAt(id: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">
<nodes><node id="a" label="Ana Reyes"/><node id="b" label="Bo Lind"/><node id="${id}" label="Cy Moor"/></nodes>
<edges><edge id="e1" source="a" target="b"/><edge id="e2" source="a" target="b"/><edge id="e3" source="a" target="${id}"/></edges>
</graph></gexf>`;
}

const describeInBrowser = hasChromium() ? describe : describe.skip;
if (!hasChromium()) console.warn('viewer browser tests skipped: /usr/bin/chromium is not installed (apt-get install chromium)');

describeInBrowser('viewer in headless Chromium', () => {
  let work: string;
  let browser: Browser;
  let fixtureServer: ViewerServer;
  let hostileServer: ViewerServer;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'kg-viewer-test-'));
    mkdirSync(SCREENSHOTS, { recursive: true });
    const dist = join(work, 'dist');
    await bundleViewer(dist);
    const hostilePath = join(work, 'hostile.json');
    writeFileSync(hostilePath, JSON.stringify(hostileGraph()));
    fixtureServer = await startViewerServer({ root: dist, graphPath: FIXTURE, port: 0 });
    hostileServer = await startViewerServer({ root: dist, graphPath: hostilePath, port: 0 });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await fixtureServer?.close();
    await hostileServer?.close();
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

  it('loads the graph and draws it in the colours of its kinds', async () => {
    await openViewer(page, fixtureServer.url);
    const hook = await page.evaluate(() => ({ ready: window.__kgViewer!.ready, order: window.__kgViewer!.order(), size: window.__kgViewer!.size(), error: window.__kgViewer!.lastError }));
    expect(hook).toEqual({ ready: true, order: graph.order, size: graph.size, error: null });
    await expect(page.locator('#graph-stats').textContent()).resolves.toBe('9 entities · 11 relations');
    await settle(page);
    const shot = await page.locator('#sigma').screenshot();
    writeFileSync(join(SCREENSHOTS, 'viewer-fixture.png'), shot);
    const stats = await pixelStats(page, shot, ENTITY_KINDS.map((kind) => KIND_COLORS[kind]));
    expect(stats.nonWhite / stats.total).toBeGreaterThan(0.002);
    expect(stats.found).toEqual(ENTITY_KINDS.map(() => true));
  });

  it('draws the first view in one frame after sigma\'s own, and nothing more while nothing changes', async () => {
    await openViewer(page, fixtureServer.url);
    await cameraAtRest(page);
    await page.waitForTimeout(300);
    await expect(page.evaluate(() => window.__kgViewer!.framesDrawn())).resolves.toBe(1);
  });

  it('shows legend counts equal to the graph', async () => {
    await openViewer(page, fixtureServer.url);
    const data = fixtureData();
    for (const kind of ENTITY_KINDS) {
      const expected = data.nodes.filter((n) => n.attributes.kind === kind).length;
      await expect(page.locator(`label:has(input[data-kind="${kind}"]) .count`).getAttribute('data-count')).resolves.toBe(String(expected));
    }
    for (const relation of RELATION_TYPES) {
      const expected = data.edges.filter((e) => e.attributes.relation === relation).length;
      await expect(page.locator(`label:has(input[data-relation="${relation}"]) .count`).getAttribute('data-count')).resolves.toBe(String(expected));
    }
  });

  it('finds a node by alias from the keyboard and shows its relations with evidence', async () => {
    await openViewer(page, fixtureServer.url);
    await page.locator('#sigma').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search');
    await page.keyboard.type('Torres');
    await expect(page.locator('#search-results [role="option"]').first().locator('.option-label').textContent()).resolves.toBe('Alma Torres');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => window.__kgViewer!.selectedNode())).resolves.toBe('alma-torres');
    await expect(page.locator('#panel h2').textContent()).resolves.toBe('Alma Torres');
    const groups = await page.locator('#panel .relation-group').evaluateAll((sections) =>
      sections.map((s) => [s.getAttribute('data-relation'), s.querySelectorAll('.relation-entry').length]),
    );
    expect(groups).toEqual([['met-with', 2], ['affiliated-with', 1], ['visited', 2]]);
    const visited = page.locator('#panel .relation-group[data-relation="visited"] blockquote');
    await expect(visited.allTextContents()).resolves.toContain('Torres visited Kestrel Bay, a city in Norland Province.');
    await expect(page.locator('#panel .relation-group[data-relation="visited"] mark').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Torres', 'Kestrel Bay', 'Alma Torres', 'Port Vella']),
    );
    expect(new URL(page.url()).searchParams.get('node')).toBe('alma-torres');
    await page.locator('#sigma').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Escape');
    await expect(page.evaluate(() => window.__kgViewer!.selectedNode())).resolves.toBeNull();
    await expect(page.locator('#panel').isHidden()).resolves.toBe(true);
  });

  it('selects an alias-only match: "KB" finds Kestrel Bay', async () => {
    await openViewer(page, fixtureServer.url);
    await page.locator('#search').fill('KB');
    await page.locator('#search').press('Enter');
    await expect(page.evaluate(() => window.__kgViewer!.selectedNode())).resolves.toBe('kestrel-bay');
  });

  it('turning a kind off hides exactly its nodes and their edges', async () => {
    await openViewer(page, fixtureServer.url);
    await page.locator('input[data-kind="person"]').uncheck();
    await settle(page);
    const persons = graph.filterNodes((_k, a) => a.kind === 'person');
    const shown = await page.evaluate(() => window.__kgViewer!.visibleNodes());
    expect(shown.sort()).toEqual(graph.filterNodes((_k, a) => a.kind !== 'person').sort());
    const edges = await page.evaluate(() => window.__kgViewer!.visibleEdges());
    expect(edges.sort()).toEqual(graph.filterEdges((_k, _a, s, t) => !persons.includes(s) && !persons.includes(t)).sort());
    expect(new URL(page.url()).searchParams.get('kinds')).toBe('city,institution,country,region');
    await page.locator('input[data-kind="person"]').check();
    await settle(page);
    await expect(page.evaluate(() => window.__kgViewer!.visibleNodes().length)).resolves.toBe(graph.order);
  });

  it('turning a relation off hides exactly its edges', async () => {
    await openViewer(page, fixtureServer.url);
    await page.locator('input[data-relation="visited"]').uncheck();
    await settle(page);
    const edges = await page.evaluate(() => window.__kgViewer!.visibleEdges());
    expect(edges.sort()).toEqual(graph.filterEdges((_k, a) => a.relation !== 'visited').sort());
  });

  it('a deep link selects its node and restores the filters', async () => {
    await openViewer(page, `${fixtureServer.url}?node=kestrel-bay&kinds=city,region`);
    await expect(page.evaluate(() => window.__kgViewer!.selectedNode())).resolves.toBe('kestrel-bay');
    await expect(page.locator('#panel h2').textContent()).resolves.toBe('Kestrel Bay');
    await settle(page);
    const shown = await page.evaluate(() => window.__kgViewer!.visibleNodes());
    expect(shown.sort()).toEqual(graph.filterNodes((_k, a) => a.kind === 'city' || a.kind === 'region').sort());
    await expect(page.locator('input[data-kind="person"]').isChecked()).resolves.toBe(false);
    await expect(page.locator('input[data-kind="city"]').isChecked()).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'viewer-deep-link.png') });
  });

  it('clicking a node selects it and clicking an edge shows its evidence', async () => {
    await openViewer(page, fixtureServer.url);
    const dana = await page.evaluate(() => window.__kgViewer!.nodeOnScreen('dana-price'));
    await page.locator('#sigma').click({ position: dana! });
    await expect(page.evaluate(() => window.__kgViewer!.selectedNode())).resolves.toBe('dana-price');
    // The panel opening narrows the graph area; sigma re-fits on its next frames.
    await page.waitForTimeout(300);
    await settle(page);
    const source = await page.evaluate(() => window.__kgViewer!.nodeOnScreen('dana-price'));
    const target = await page.evaluate(() => window.__kgViewer!.nodeOnScreen('bren-okafor'));
    await page.locator('#sigma').click({ position: { x: (source!.x + target!.x) / 2, y: (source!.y + target!.y) / 2 } });
    await expect(page.evaluate(() => window.__kgViewer!.selectedEdge())).resolves.toBe('dana-price|met-with|bren-okafor');
    await expect(page.locator('#panel .evidence blockquote').allTextContents()).resolves.toEqual(['Dana Price met Okafor and Torres in Kestrel Bay.']);
    await page.screenshot({ path: join(SCREENSHOTS, 'viewer-edge.png') });
  });

  it('shows HTML and script in labels and evidence as text, and runs none of it', async () => {
    await openViewer(page, `${hostileServer.url}?node=dana-price`);
    await expect(page.evaluate(() => window.__kgViewer!.lastError)).resolves.toBeNull();
    await expect(page.locator('#panel h2').textContent()).resolves.toBe('<img src=x onerror="window.__pwned=1">Dana <b>Price</b>');
    await expect(page.locator('#panel .facts dd').first().textContent()).resolves.toBe('<script>window.__pwned=2</script>');
    await expect(page.locator('#panel blockquote').allTextContents()).resolves.toContain(
      'Price <i>met</i> Okafor <script>window.__pwned=3</script> at <a href="javascript:alert(1)">noon</a>.',
    );
    await page.locator('#search').fill('<script');
    await expect(page.locator('#search-results .option-alias').first().textContent()).resolves.toBe('“<script>window.__pwned=2</script>”');
    const injected = await page.evaluate(() => document.querySelectorAll('#panel-body script, #panel-body img, #panel-body b, #panel-body i, #panel-body a, #search-results script, #search-results img').length);
    expect(injected).toBe(0);
    // The table's CSV quotes the label (it holds quotes) and doubles its quotes.
    await page.locator('#table-toggle').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#table [data-action="csv"]').click()]);
    expect(readFileSync((await download.path())!, 'utf8').split('\r\n')).toContain('"<img src=x onerror=""window.__pwned=1"">Dana <b>Price</b>",person,2,1,1');
    await page.waitForTimeout(300);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await page.screenshot({ path: join(SCREENSHOTS, 'viewer-hostile.png') });
  });

  it('lays out a graph without positions in a worker, on its own', async () => {
    const toggle = page.locator('#layout-toggle');
    const position = (): Promise<{ x: number; y: number } | null> => page.evaluate(() => window.__kgViewer!.nodeOnScreen('alma-torres'));
    // The worker's positions arrive when it gets processor time: wait for them, not for a clock.
    const moves = (from: { x: number; y: number } | null): Promise<unknown> =>
      page.waitForFunction((start) => {
        const now = window.__kgViewer!.nodeOnScreen('alma-torres');
        return now !== null && (now.x !== start?.x || now.y !== start?.y);
      }, from);
    // The run on its own lasts a few seconds and may end at any moment: the button is read and
    // clicked in one step in the page, so no timer fires between the two.
    const flip = (): Promise<string[]> =>
      page.evaluate(() => {
        const button = document.querySelector<HTMLButtonElement>('#layout-toggle')!;
        const before = button.getAttribute('aria-pressed') ?? '';
        button.click();
        return [before, button.getAttribute('aria-pressed') ?? ''];
      });
    await openViewer(page, hostileServer.url);
    await moves(await position());
    let flipped = await flip();
    // Still running on its own: that click stopped it, and the next starts it again.
    if (flipped[0] === 'true') {
      expect(flipped).toEqual(['true', 'false']);
      flipped = await flip();
    }
    expect(flipped).toEqual(['false', 'true']);
    await moves(await position());
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    // Positions the worker sends after a stop are dropped: once sigma has drawn the last ones, the nodes stay.
    await settle(page);
    const stopped = await position();
    await settle(page);
    await expect(position()).resolves.toEqual(stopped);
  });

  it('opens a GEXF file and names a file that is not a graph', async () => {
    await openViewer(page, fixtureServer.url);
    await page.locator('#open-file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Just some notes.') });
    // The page reads the file asynchronously: wait for its verdict before reading the message.
    await page.waitForFunction(() => window.__kgViewer!.lastError !== null);
    await expect(page.locator('#error').textContent()).resolves.toBe('notes.txt: not a graph (neither graph JSON nor GEXF)');
    await page.locator('#open-file').setInputFiles({ name: 'fixture.gexf', mimeType: 'application/xml', buffer: Buffer.from(toGexf(graph)) });
    await page.waitForFunction(() => window.__kgViewer!.lastError === null);
    const loaded = await page.evaluate(() => [window.__kgViewer!.order(), window.__kgViewer!.size()]);
    expect(loaded).toEqual([graph.order, graph.size]);
    await page.locator('#search').fill('Institute');
    await page.locator('#search').press('Enter');
    await expect(page.locator('#panel .relation-group[data-relation="affiliated-with"] blockquote').textContent()).resolves.toBe(
      'Okafor, an economist at the Institute of Tide Studies, will visit Port Vella next year.',
    );
  });

  it('refuses a dropped GEXF whose node id every JavaScript object has, and goes on working', async () => {
    await openViewer(page, fixtureServer.url);
    for (const id of ['__proto__', 'constructor', 'toString']) {
      const name = `${id}.gexf`;
      await dropFile(page, name, gexfEndingAt(id));
      const message = `${name}: node id "${id}" is a name JavaScript objects reserve; rename the node`;
      await page.waitForFunction((text) => window.__kgViewer!.lastError === text, message);
      await expect(page.locator('#error').textContent()).resolves.toBe(message);
      await expect(page.locator('#error').isVisible()).resolves.toBe(true);
    }
    // Nothing was written into Object, its prototype or their methods.
    const written = await page.evaluate(() => [Object.prototype, Object, Object.prototype.toString].map((target) => Object.keys(target)));
    expect(written).toEqual([[], [], []]);
    await expect(page.evaluate(() => [window.__kgViewer!.order(), window.__kgViewer!.size()])).resolves.toEqual([graph.order, graph.size]);
    await page.locator('#search').fill('Torres');
    await page.locator('#search').press('Enter');
    await expect(page.evaluate(() => window.__kgViewer!.selectedNode())).resolves.toBe('alma-torres');
    await dropFile(page, 'dropped.gexf', toGexf(graph));
    await page.waitForFunction(() => window.__kgViewer!.lastError === null && document.querySelector('#graph-name')?.textContent === '— dropped');
    await expect(page.evaluate(() => [window.__kgViewer!.order(), window.__kgViewer!.size()])).resolves.toEqual([graph.order, graph.size]);
  });

  it('animates camera moves, and makes them in one step when the system asks for reduced motion', async () => {
    /** Presses a zoom key and reads the camera at once, before any frame has passed. */
    const zoomAndLook = (target: Page, key: string) =>
      target.evaluate((pressed) => {
        document.dispatchEvent(new KeyboardEvent('keydown', { key: pressed }));
        return { moving: window.__kgViewer!.cameraMoving(), ratio: window.__kgViewer!.camera()!.ratio };
      }, key);
    await openViewer(page, fixtureServer.url);
    await cameraAtRest(page);
    await expect(zoomAndLook(page, '+')).resolves.toMatchObject({ moving: true });
    const calm = await browser.newContext('desktop', { reducedMotion: true });
    try {
      const still = await calm.newPage();
      await openViewer(still, fixtureServer.url);
      await cameraAtRest(still);
      const fitted = (await still.evaluate(() => window.__kgViewer!.camera()))!;
      const zoomed = await zoomAndLook(still, '+');
      expect(zoomed.moving).toBe(false);
      expect(zoomed.ratio).toBeCloseTo(fitted.ratio / CAMERA.zoomFactor, 6);
      const refitted = await zoomAndLook(still, '0');
      expect(refitted).toEqual({ moving: false, ratio: fitted.ratio });
    } finally {
      await calm.close();
    }
  });

  it('exports the view as PNG and the visible subgraph as GEXF', async () => {
    await openViewer(page, fixtureServer.url);
    await page.locator('input[data-kind="institution"]').uncheck();
    const [gexfDownload] = await Promise.all([page.waitForEvent('download'), page.locator('#export-gexf').click()]);
    const gexf = readFileSync((await gexfDownload.path())!, 'utf8');
    expect(gexfDownload.suggestedFilename()).toBe('fixture-view.gexf');
    const nodeIds = [...gexf.matchAll(/<node id="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(nodeIds).toEqual(graph.filterNodes((_k, a) => a.kind !== 'institution').sort());
    expect(gexf).not.toContain('daily-lantern');
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.locator('#export-png').click()]);
    const png = readFileSync((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Twice the view's size, with a header above it and a legend to its right.
    const view = (await page.evaluate(() => window.__kgViewer!.canvasSize()))!;
    const whole = await pixelStats(page, png, []);
    expect(whole.width).toBeGreaterThan(2 * view.width);
    expect(whole.height).toBeGreaterThan(2 * view.height);
    const graphArea = { x: 0, y: whole.height - 2 * view.height, width: 2 * view.width, height: 2 * view.height };
    const drawn = await pixelStats(page, png, [KIND_COLORS.person, KIND_COLORS.institution], graphArea);
    expect(drawn.nonWhite).toBeGreaterThan(400);
    expect(drawn.found).toEqual([true, false]);
    const header = await pixelStats(page, png, [], { x: 0, y: 0, width: whole.width, height: graphArea.y - 4 });
    expect(header.nonWhite).toBeGreaterThan(200);
    const legend = await pixelStats(page, png, [KIND_COLORS.person, KIND_COLORS.city], { x: graphArea.width + 4, y: graphArea.y, width: whole.width - graphArea.width - 4, height: graphArea.height });
    expect(legend.found).toEqual([true, true]);
  });
});
