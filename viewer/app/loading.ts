// Getting a graph into the viewer: the served /graph.json, or a file the user opens or drops
// (our graph.json or a .gexf). Everything goes through the contract's parser and validator, so a
// file that is not a graph gets one clear message naming it.
import { KgError } from '../../src/errors';
import { parseGraph } from '../../src/graph/parse';
import { validateGraph } from '../../src/graph/validate';
import type { KnowledgeGraph } from '../../src/types';
import { graphFromGexf } from './gexf-import';

/** Parses file contents by extension, or by the first character when the name says nothing. */
export function graphFromText(name: string, text: string): KnowledgeGraph {
  const trimmed = text.trimStart();
  if (trimmed === '') throw new KgError('INPUT_EMPTY', `${name}: the file is empty`, name);
  const lower = name.toLowerCase();
  if (lower.endsWith('.gexf') || lower.endsWith('.xml') || (!lower.endsWith('.json') && trimmed.startsWith('<'))) {
    const graph = graphFromGexf(text, name);
    validateGraph(graph, name);
    return graph;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new KgError('GRAPH_INVALID', `${name}: not a graph (neither graph JSON nor GEXF)`, name);
  }
  return parseGraph(data, name);
}

/** Fetches and checks the graph the server publishes; a missing graph says how to build one. */
export async function fetchGraph(url: string): Promise<KnowledgeGraph> {
  const response = await fetch(url, { cache: 'no-cache' });
  const text = await response.text();
  if (!response.ok) throw new KgError('INPUT_MISSING', text.trim() || `${url}: HTTP ${response.status}`, url);
  return graphFromText('graph.json', text);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
}

export interface FileOpenTargets {
  input: HTMLInputElement;
  dropZone: HTMLElement;
  /** Shown while a file is dragged over the page. */
  overlay: HTMLElement;
}

/** Wires the file picker and drag-and-drop; each file read is handed over parsed, or as an error. */
export function bindFileOpen(targets: FileOpenTargets, onGraph: (graph: KnowledgeGraph, name: string) => void, onError: (message: string) => void): void {
  const open = async (file: File): Promise<void> => {
    try {
      onGraph(graphFromText(file.name, await file.text()), file.name);
    } catch (error) {
      onError(errorMessage(error));
    }
  };
  targets.input.addEventListener('change', () => {
    const file = targets.input.files?.[0];
    if (file !== undefined) void open(file);
    targets.input.value = '';
  });
  let depth = 0;
  const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;
  targets.dropZone.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    depth += 1;
    targets.overlay.hidden = false;
  });
  targets.dropZone.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) targets.overlay.hidden = true;
  });
  targets.dropZone.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer !== null) event.dataTransfer.dropEffect = 'copy';
  });
  targets.dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    depth = 0;
    targets.overlay.hidden = true;
    const file = event.dataTransfer?.files[0];
    if (file !== undefined) void open(file);
  });
}
