// One entry point for `kg export`: renders a graph in the chosen format into the files to write
// (all rendered before the first is written, by writeFilesAtomic, so a failure leaves no output).
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { KgError } from '../errors';
import type { KnowledgeGraph } from '../types';
import { toCsv } from './csv';
import { toCypher, type CypherOptions } from './cypher';
import { toGexf, type GexfOptions } from './gexf';
import { toGraphml } from './graphml';
import { checkOutputFolder } from './output-folder';
import type { OutputFile } from './write-file';

/** `neo4j-csv` is `csv` by the name the scale documentation uses: its files are in the layout `neo4j-admin database import` reads. */
export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'neo4j-csv', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export type ExportOptions = GexfOptions & CypherOptions;

/** The files an export writes: `out` is the file, or for csv the folder for nodes.csv and edges.csv. */
export function renderExport(graph: KnowledgeGraph, format: ExportFormat, out: string, options: ExportOptions = {}): OutputFile[] {
  switch (format) {
    case 'gexf':
      return [{ path: out, content: toGexf(graph, options) }];
    case 'graphml':
      return [{ path: out, content: toGraphml(graph) }];
    case 'cypher':
      return [{ path: out, content: toCypher(graph, options) }];
    case 'csv':
    case 'neo4j-csv': {
      const { nodes, edges } = toCsv(graph);
      return [
        { path: join(out, 'nodes.csv'), content: nodes },
        { path: join(out, 'edges.csv'), content: edges },
      ];
    }
  }
}

function isDirectory(path: string): boolean | undefined {
  try {
    return statSync(path).isDirectory();
  } catch {
    return undefined;
  }
}

/** Checks where the files go before any is written: csv needs a folder, the others a file path. */
export function checkOutput(format: ExportFormat, out: string): void {
  const directory = isDirectory(out);
  const folder = format === 'csv' || format === 'neo4j-csv';
  if (folder && directory === false) {
    throw new KgError('USAGE', `${out}: is a file; --format ${format} writes nodes.csv and edges.csv into a folder`, out);
  }
  if (!folder && directory === true) {
    throw new KgError('USAGE', `${out}: is a folder; --format ${format} writes one file`, out);
  }
  checkOutputFolder(folder ? out : dirname(out));
}
