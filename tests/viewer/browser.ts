// Headless Chromium for the viewer's tests and benchmark: Debian's /usr/bin/chromium driven by
// playwright-core (no browser is ever downloaded), with a fresh profile each launch.
import { existsSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

export type Device = 'desktop' | 'phone';

export interface WindowOptions {
  /** The system asks for reduced motion (prefers-reduced-motion: reduce). */
  reducedMotion?: boolean;
}

export interface Browser {
  /** A desktop window (or the device asked for at launch). */
  context: BrowserContext;
  /** Another window in the same browser, e.g. a phone beside the desktop: no second launch. */
  newContext(device: Device, options?: WindowOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** A 1400 x 860 desktop window, or a 390 x 844 phone with a touch screen. */
function screenOf(device: Device): { viewport: { width: number; height: number }; hasTouch?: boolean; isMobile?: boolean } {
  return device === 'phone' ? { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } : { viewport: { width: 1400, height: 860 } };
}

/**
 * Launches Chromium (playwright gives it a fresh temporary profile) with one window for `device`.
 * `options` apply to every window of this browser unless a window names its own.
 */
export async function launchBrowser(device: Device = 'desktop', options: WindowOptions = {}): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const newContext = (kind: Device, own: WindowOptions = options): Promise<BrowserContext> =>
    browser.newContext({ ...screenOf(kind), acceptDownloads: true, reducedMotion: own.reducedMotion === true ? 'reduce' : 'no-preference' });
  return { context: await newContext(device), newContext, close: () => browser.close() };
}

/** Console errors and uncaught exceptions a page reports, collected as they happen. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Opens a viewer URL and waits until the graph is on screen (or the page gave up with an error). */
export async function openViewer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.__kgViewer?.ready === true || (window.__kgViewer?.lastError ?? null) !== null, null, { timeout: 60000 });
}

/** Waits two animation frames, so sigma has applied the latest view state. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

export interface PixelStats {
  nonWhite: number;
  total: number;
  /** For each colour asked about, whether some pixel has it (within 8 per channel). */
  found: boolean[];
  /** The smallest box holding every non-white pixel, or null on a blank image. */
  box: { x1: number; y1: number; x2: number; y2: number } | null;
  width: number;
  height: number;
}

/** Reads a PNG in the page: non-white pixels, where they lie, and which of `colors` appear, within `region` if given. */
export async function pixelStats(page: Page, png: Buffer, colors: readonly string[], region?: { x: number; y: number; width: number; height: number }): Promise<PixelStats> {
  return page.evaluate(
    async ({ data, colors: hexes, region: area }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { x: left, y: top, width, height } = area ?? { x: 0, y: 0, width: image.width, height: image.height };
      const pixels = context.getImageData(left, top, width, height).data;
      const targets = hexes.map((hex) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)));
      const found = targets.map(() => false);
      let nonWhite = 0;
      let box: { x1: number; y1: number; x2: number; y2: number } | null = null;
      for (let i = 0; i < pixels.length; i += 4) {
        const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
        if (r < 240 || g < 240 || b < 240) {
          nonWhite++;
          const x = (i / 4) % width;
          const y = Math.floor(i / 4 / width);
          box = box === null ? { x1: x, y1: y, x2: x, y2: y } : { x1: Math.min(box.x1, x), y1: Math.min(box.y1, y), x2: Math.max(box.x2, x), y2: Math.max(box.y2, y) };
        }
        targets.forEach((t, j) => {
          if (Math.abs(r - t[0]!) <= 8 && Math.abs(g - t[1]!) <= 8 && Math.abs(b - t[2]!) <= 8) found[j] = true;
        });
      }
      return { nonWhite, total: pixels.length / 4, found, box, width: image.width, height: image.height };
    },
    { data: png.toString('base64'), colors, region },
  );
}

/** Waits until the camera has stopped moving and sigma has drawn the result. */
export async function cameraAtRest(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__kgViewer?.cameraMoving() === false);
  await settle(page);
}
