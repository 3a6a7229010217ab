// Reads a saved graph (graphology's own serialisation, as `kg build` writes it) and checks it.
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { KgError } from '../errors';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from '../types';
import { validateGraph } from './validate';

/** Builds a checked graph from parsed JSON; `source` names where it came from in errors. */
export function parseGraph(data: unknown, source: string): KnowledgeGraph {
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { nodes?: unknown }).nodes)) {
    throw new KgError('GRAPH_INVALID', `${source}: not a graph (expected graphology JSON with "nodes" and "edges")`, source);
  }
  const graph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'mixed', multi: true, allowSelfLoops: false });
  try {
    graph.import(data as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
  } catch (error) {
    throw new KgError('GRAPH_INVALID', `${source}: ${(error as Error).message}`, source);
  }
  const checked = graph as KnowledgeGraph;
  validateGraph(checked, source);
  return checked;
}

export function loadGraph(path: string): KnowledgeGraph {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new KgError('INPUT_MISSING', `${path}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'unknown error'})`}`, path);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new KgError('GRAPH_INVALID', `${path}: not valid JSON (${(error as Error).message})`, path);
  }
  return parseGraph(data, path);
}
