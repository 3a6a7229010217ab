// Runs the whole construction table and prints it: rows and passes per class, then every failing
// row with what is missing and what is spurious.
import { checkRow, passes, type RowResult } from './check';
import type { ConstructionClass } from './row';

export interface ClassResult {
  name: string;
  results: RowResult[];
}

export function runTable(classes: readonly ConstructionClass[]): ClassResult[] {
  return classes.map((c) => ({ name: c.name, results: c.rows.map(checkRow) }));
}

export const passing = (table: readonly ClassResult[]): number => table.reduce((n, c) => n + c.results.filter(passes).length, 0);

export function summary(table: readonly ClassResult[]): string {
  const width = Math.max(...table.map((c) => c.name.length), 'all'.length);
  const line = (name: string, rows: number, pass: number): string =>
    `${name.padEnd(width)}  ${String(rows).padStart(4)}  ${String(pass).padStart(4)}  ${((100 * pass) / Math.max(rows, 1)).toFixed(0).padStart(3)}%`;
  const rows = table.reduce((n, c) => n + c.results.length, 0);
  return [
    `${'class'.padEnd(width)}  rows  pass`,
    ...table.map((c) => line(c.name, c.results.length, c.results.filter(passes).length)),
    line('all', rows, passing(table)),
  ].join('\n');
}

export function failures(table: readonly ClassResult[]): string {
  const out: string[] = [];
  for (const c of table) {
    for (const r of c.results.filter((result) => !passes(result))) {
      out.push(`FAIL [${c.name}] ${r.row.text}`);
      if (r.missing.length) out.push(`  missing:  ${r.missing.join('; ')}`);
      if (r.spurious.length) out.push(`  spurious: ${r.spurious.join('; ')}`);
      if (r.unnamed.length) out.push(`  no entity: ${r.unnamed.join('; ')}`);
    }
  }
  return out.join('\n');
}
