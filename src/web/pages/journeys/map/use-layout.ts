import { type RefObject, useEffect, useMemo, useState } from 'react';
import type { ProcessGraph } from '../process-graph.ts';
import { type Layout, layoutProcessGraph } from './elk-layout.ts';
import { edgeLabelText } from './map-text.ts';
import { aspectFor, fitZoom, READABLE_ZOOM } from './viewport.ts';

/** The element's width, following resizes (0 until it is measured). */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

export interface LayoutState {
  key: string;
  value: Layout | null;
  error: string | null;
}

/**
 * Lays the graph out again whenever what is drawn changes, or the space for it changes shape (not on every render,
 * nor on every pixel of a resize: the aspect ratio goes in steps).
 */
export function useLayout(
  graph: ProcessGraph,
  approximate: boolean,
  width: number,
  maxHeight: number,
): LayoutState {
  const aspect = width > 0 ? aspectFor(width, maxHeight) : 0;
  const key = useMemo(
    () =>
      JSON.stringify([
        aspect,
        graph.nodes.map((n) => [n.id, n.width]),
        graph.edges.map((e) => [e.id, edgeLabelText(e, approximate)]),
      ]),
    [graph, approximate, aspect],
  );
  const [state, setState] = useState<LayoutState>({ key: '', value: null, error: null });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the graph's shape and the aspect
  useEffect(() => {
    if (aspect === 0) return;
    let current = true;
    const labels = new Map(graph.edges.map((e) => [e.id, edgeLabelText(e, approximate)]));
    bestLayout(graph, (id) => labels.get(id) ?? '', aspect, width, maxHeight)
      .then((value) => current && setState({ key, value, error: null }))
      .catch((error: unknown) => current && setState({ key, value: null, error: String(error) }));
    return () => {
      current = false;
    };
  }, [key]);
  // Until the new layout is ready the old one stays on screen (no flash of "Laying out…" on a slider move).
  return state.key === key ? state : { key: state.key, value: state.value, error: null };
}

/**
 * ELK wraps rows to an aspect ratio, but the result comes in steps: a few ratios around the box's own are tried, and
 * the first whose whole map reads well in the box wins (else the one that shows most).
 */
async function bestLayout(
  graph: ProcessGraph,
  labelOf: (id: string) => string,
  aspect: number,
  width: number,
  maxHeight: number,
): Promise<Layout> {
  let best: Layout | null = null;
  let bestZoom = -1;
  for (const ratio of [...new Set([aspect, aspect * 0.75, aspect * 1.3, aspect * 1.7])]) {
    const layout = await layoutProcessGraph(graph, labelOf, ratio);
    const zoom = fitZoom(layout, width, maxHeight);
    if (zoom > bestZoom) [best, bestZoom] = [layout, zoom];
    if (zoom >= READABLE_ZOOM + 0.1) break;
  }
  return best!;
}
