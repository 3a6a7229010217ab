// Which edges a date range keeps: those with at least one piece of evidence dated in it. Read by
// the reducers on every frame, so each edge's evidence dates are collected once per graph.
import { overlaps } from '../../src/dates';
import type { KnowledgeGraph } from '../../src/types';

export interface DateWindow {
  since: string | null;
  until: string | null;
}

const datesByGraph = new WeakMap<KnowledgeGraph, Map<string, string[]>>();

function evidenceDates(graph: KnowledgeGraph, edge: string): string[] {
  let byEdge = datesByGraph.get(graph);
  if (byEdge === undefined) {
    byEdge = new Map();
    datesByGraph.set(graph, byEdge);
  }
  let dates = byEdge.get(edge);
  if (dates === undefined) {
    dates = [...new Set(graph.getEdgeAttribute(edge, 'evidence').flatMap((e) => (e.date === undefined ? [] : [e.date])))];
    byEdge.set(edge, dates);
  }
  return dates;
}

/** Whether the edge has evidence in the window; every edge is in an open window. */
export function edgeInWindow(graph: KnowledgeGraph, edge: string, window: DateWindow): boolean {
  if (window.since === null && window.until === null) return true;
  const range = { ...(window.since === null ? {} : { since: window.since }), ...(window.until === null ? {} : { until: window.until }) };
  return evidenceDates(graph, edge).some((date) => overlaps(date, range));
}
