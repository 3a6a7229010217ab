// Reads a saved graph (graphology's own serialisation, as `kg build` writes it) and checks it.
import { readFileSync } from 'node:fs';
import type { SerializedGraph } from 'graphology-types';
import { KgError } from '../errors';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from '../types';
import { createKnowledgeGraph } from './create';
import { validateGraph } from './validate';

/** Builds a checked graph from parsed JSON; `source` names where it came from in errors. */
export function parseGraph(data: unknown, source: string): KnowledgeGraph {
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { nodes?: unknown }).nodes)) {
    throw new KgError('GRAPH_INVALID', `${source}: not a graph (expected graphology JSON with "nodes" and "edges")`, source);
  }
  const graph = createKnowledgeGraph();
  try {
    graph.import(data as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
  } catch (error) {
    throw new KgError('GRAPH_INVALID', `${source}: ${(error as Error).message}`, source);
  }
  validateGraph(graph, source);
  return graph;
}

export function loadGraph(path: string): KnowledgeGraph {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a graph.json file' : `cannot read (${code ?? 'unknown error'})`;
    throw new KgError('INPUT_MISSING', `${path}: ${problem}`, path);
  }
  if (text.trim() === '') throw new KgError('GRAPH_INVALID', `${path}: file is empty, expected a graph.json`, path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new KgError('GRAPH_INVALID', `${path}: not valid JSON (${printable((error as Error).message)})`, path);
  }
  return parseGraph(data, path);
}

/**
 * JSON.parse quotes the start of the text in its message: for a binary file that is garbage and
 * line breaks, which would break the one-line error and the terminal. Keep printable text only.
 */
function printable(message: string): string {
  return message.replace(/[^\P{C}]|\uFFFD/gu, ' ').replace(/\s+/g, ' ').trim();
}
