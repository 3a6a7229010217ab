// Articles and time in the viewer, in headless Chromium, on the dated harbour graph: titles in
// place of article ids, the reader marking evidence sentences, and the timeline's brush.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { overlaps } from '../../src/dates';
import { toGexf } from '../../src/export/gexf';
import { loadGraph } from '../../src/graph/load';
import { CO_MENTION } from '../../src/schema';
import { bundleViewer } from '../../viewer/build';
import { startViewerServer, type ViewerServer } from '../../viewer/server';
import { collectErrors, hasChromium, launchBrowser, openViewer, settle, type Browser } from './browser';

const HARBOUR = join(__dirname, '..', 'fixtures', 'query', 'harbour.json');
const SCREENSHOTS = join(__dirname, '..', 'screenshots');
const graph = loadGraph(HARBOUR);

/** The edges with evidence dated in the range: what the brush must leave on screen. */
function edgesIn(since: string, until: string): string[] {
  return graph.filterEdges((_key, a) => a.relation !== CO_MENTION && a.evidence.some((e) => e.date !== undefined && overlaps(e.date, { since, until }))).sort();
}

const visibleEdges = (page: Page): Promise<string[]> => page.evaluate(() => window.__kgViewer!.visibleEdges().sort());

const describeInBrowser = hasChromium() ? describe : describe.skip;
if (!hasChromium()) console.warn('viewer time tests skipped: /usr/bin/chromium is not installed (apt-get install chromium)');

describeInBrowser('viewer: articles and time', () => {
  let work: string;
  let browser: Browser;
  let server: ViewerServer;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'kg-viewer-time-'));
    await bundleViewer(join(work, 'dist'));
    server = await startViewerServer({ root: join(work, 'dist'), graphPath: HARBOUR, port: 0 });
    browser = await launchBrowser();
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

  it("names an entity's articles by title, linked to the story in a new tab", async () => {
    await openViewer(page, `${server.url}?node=velmora`);
    const links = page.locator('#panel-body .articles a.article-title');
    await expect(links.allTextContents()).resolves.toEqual(['Harbour stays open, mayor says']);
    await expect(links.first().getAttribute('href')).resolves.toBe('https://news.example/harbour-open');
    await expect(links.first().getAttribute('target')).resolves.toBe('_blank');
    await expect(links.first().getAttribute('rel')).resolves.toBe('noopener');
    const cites = await page.locator('#panel-body .evidence cite').allTextContents();
    expect(cites[0]).toContain('Harbour stays open, mayor says');
    for (const text of [...cites, ...(await page.locator('#panel-body .articles').allTextContents())]) expect(text).not.toMatch(/harbour-\d/);
  });

  it('lists the articles with search, and the reader marks the evidence sentences and names', async () => {
    await openViewer(page, server.url);
    await page.locator('#show-articles').click();
    await expect(page.locator('.article-entry button').allTextContents()).resolves.toEqual(['Castellan and Vantongeren meet again', 'Harbour stays open, mayor says']);
    await page.locator('#article-search').fill('mayor');
    await expect(page.locator('.article-entry button').allTextContents()).resolves.toEqual(['Harbour stays open, mayor says']);
    await page.locator('.article-entry button').click();
    await expect(page.locator('#panel-title').textContent()).resolves.toBe('Article');
    const marked = await page.locator('mark.evidence-sentence').allTextContents();
    expect(marked).toContain('Vantongeren visited Velmora last week.');
    expect(marked).not.toContain('Castellan and Vantongeren met again on Friday.');
    const names = await page.locator('mark.evidence-sentence mark').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Vantongeren', 'Velmora']));
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, 'viewer-reader.png'), await page.screenshot());
  });

  it('brushing a range hides exactly the edges without evidence in it, and keeps the range in the URL', async () => {
    await openViewer(page, server.url);
    await expect(visibleEdges(page)).resolves.toEqual(graph.filterEdges((_k, a) => a.relation !== CO_MENTION).sort());
    // 1990 to 2024: one bar per year; brush across the last (2024).
    const last = page.locator('#timeline rect').last();
    await expect(last.getAttribute('data-first')).resolves.toBe('2024-01-01');
    const box = (await last.boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await settle(page);
    expect(new URL(page.url()).searchParams.get('since')).toBe('2024-01-01');
    expect(new URL(page.url()).searchParams.get('until')).toBe('2024-12-31');
    const shown = await visibleEdges(page);
    expect(shown).toEqual(edgesIn('2024-01-01', '2024-12-31'));
    expect(shown).not.toContain('port-ardent|sister-city|velmora');
    writeFileSync(join(SCREENSHOTS, 'viewer-timeline.png'), await page.screenshot());
    await page.locator('#timeline button', { hasText: 'All dates' }).click();
    await settle(page);
    expect(new URL(page.url()).searchParams.has('since')).toBe(false);
  });

  it('keeps every camera button above the timeline and clickable, on a desktop and on a phone', async () => {
    const ids = ['zoom-in', 'zoom-out', 'zoom-fit', 'zoom-reset'];
    const buttons = (target: Page) =>
      target.evaluate((keys) => {
        const timeline = document.querySelector('#timeline')!.getBoundingClientRect();
        return keys.map((id) => {
          const button = document.getElementById(id)!;
          const box = button.getBoundingClientRect();
          const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
          return { id, clickable: hit === button, aboveTimeline: timeline.height > 0 && box.bottom <= timeline.top };
        });
      }, ids);
    const clear = ids.map((id) => ({ id, clickable: true, aboveTimeline: true }));
    await openViewer(page, server.url);
    await expect(buttons(page)).resolves.toEqual(clear);
    const phone = await browser.newContext('phone');
    try {
      const small = await phone.newPage();
      await openViewer(small, server.url);
      await expect(buttons(small)).resolves.toEqual(clear);
    } finally {
      await phone.close();
    }
  });

  it('opens a range from the URL', async () => {
    await openViewer(page, `${server.url}?since=2024-03-10&until=2024-03-20`);
    await settle(page);
    await expect(visibleEdges(page)).resolves.toEqual(edgesIn('2024-03-10', '2024-03-20'));
    await expect(page.locator('#timeline .range').textContent()).resolves.toBe('2024-03-10 to 2024-03-20');
  });

  it('opens a dynamic GEXF with its dates and titles', async () => {
    await openViewer(page, server.url);
    await page.locator('#open-file').setInputFiles({ name: 'harbour.gexf', mimeType: 'application/xml', buffer: Buffer.from(toGexf(graph)) });
    await page.waitForFunction(() => document.querySelector('#graph-name')?.textContent?.includes('harbour') === true);
    await page.locator('#show-articles').click();
    await expect(page.locator('.article-entry').allTextContents()).resolves.toEqual([
      expect.stringContaining('Castellan and Vantongeren meet again2024-03-18'),
      expect.stringContaining('Harbour stays open, mayor says2024-03-01'),
    ]);
    await expect(page.locator('#timeline rect').count()).resolves.toBe(35);
  });
});
