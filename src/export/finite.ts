// Layout values (x, y, size) are optional and may be NaN after a failed layout; every exporter
// leaves such a value out rather than write a number no reader accepts.
export function isFiniteNumber(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
