// Loads the hand-made query fixtures (invented people and places) through the project's loader.
import { join } from 'node:path';
import { loadGraph } from '../../src/graph/load';
import type { KnowledgeGraph } from '../../src/types';

export const HARBOUR = join(__dirname, '..', 'fixtures', 'query', 'harbour.json');
export const EMPTY = join(__dirname, '..', 'fixtures', 'query', 'empty.json');

export function harbour(): KnowledgeGraph {
  return loadGraph(HARBOUR);
}

export function empty(): KnowledgeGraph {
  return loadGraph(EMPTY);
}

/** The KgError a call throws, so tests can check its code and message. */
export function thrown(fn: () => unknown): { code?: string; message: string } {
  try {
    fn();
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected an error');
}
