// Saving the view as a PNG a reader can understand on its own: the graph drawn at twice its size
// on screen, under a header with the graph's title, what is shown and the active filters, beside
// a legend of the colours in use.
import type { Renderer } from './graph-view';

export interface LegendEntry {
  label: string;
  color: string;
  shape: 'dot' | 'line';
}

export interface PngFrame {
  title: string;
  /** "showing 120 of 1,923 entities · 80 relations" */
  stats: string;
  filters: readonly string[];
  legend: readonly LegendEntry[];
}

export const PNG_SCALE = 2;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const INK = '#1b1f24';
const MUTED = '#5b6470';
const PAD = 16;
const LINE = 18;
const LEGEND_WIDTH = 190;

/**
 * Runs `draw` while the page claims `ratio` device pixels per CSS pixel. Sigma sizes its WebGL
 * canvas from window.devicePixelRatio on resize, and has no setting for it: this is how it draws
 * at 2x without a second renderer.
 */
function withPixelRatio<T>(renderer: Renderer, ratio: number, draw: () => T): T {
  const original = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => ratio });
  try {
    renderer.resize(true);
    renderer.refresh();
    return draw();
  } finally {
    if (original === undefined) Reflect.deleteProperty(window, 'devicePixelRatio');
    else Object.defineProperty(window, 'devicePixelRatio', original);
    renderer.resize(true);
    renderer.refresh();
  }
}

/** The view, header and legend on one white canvas, PNG_SCALE times the CSS size. */
export function frameCanvas(renderer: Renderer, frame: PngFrame): HTMLCanvasElement {
  const { width, height } = renderer.getDimensions();
  const header = PAD + 24 + LINE * (1 + frame.filters.length) + PAD / 2;
  const legendHeight = PAD * 2 + LINE * frame.legend.length;
  const canvas = document.createElement('canvas');
  canvas.width = (width + LEGEND_WIDTH) * PNG_SCALE;
  canvas.height = (header + Math.max(height, legendHeight)) * PNG_SCALE;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('viewer: this browser cannot draw on a 2D canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  // The WebGL stage keeps no copy of its last frame: it is redrawn and copied in the same task.
  withPixelRatio(renderer, PNG_SCALE, () => context.drawImage(renderer.getStageCanvas(), 0, header * PNG_SCALE, width * PNG_SCALE, height * PNG_SCALE));
  context.scale(PNG_SCALE, PNG_SCALE);
  context.textBaseline = 'middle';
  context.fillStyle = INK;
  context.font = `600 18px ${FONT}`;
  context.fillText(frame.title, PAD, PAD + 10);
  context.font = `13px ${FONT}`;
  context.fillStyle = MUTED;
  [frame.stats, ...frame.filters].forEach((line, i) => context.fillText(line, PAD, PAD + 24 + LINE * i + LINE / 2));
  context.strokeStyle = '#d8dde3';
  context.beginPath();
  context.moveTo(0, header - 0.5);
  context.lineTo(width + LEGEND_WIDTH, header - 0.5);
  context.moveTo(width + 0.5, header);
  context.lineTo(width + 0.5, header + Math.max(height, legendHeight));
  context.stroke();
  frame.legend.forEach((entry, i) => {
    const x = width + PAD;
    const y = header + PAD + LINE * i + LINE / 2;
    context.fillStyle = entry.color;
    if (entry.shape === 'dot') {
      context.beginPath();
      context.arc(x + 6, y, 5, 0, Math.PI * 2);
      context.fill();
    } else {
      context.fillRect(x, y - 1.5, 14, 3);
    }
    context.fillStyle = INK;
    context.fillText(entry.label, x + 22, y);
  });
  return canvas;
}

export function pngBlob(renderer: Renderer, frame: PngFrame): Promise<Blob> {
  const canvas = frameCanvas(renderer, frame);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob === null ? reject(new Error('viewer: the view could not be encoded as PNG')) : resolve(blob)), 'image/png');
  });
}
