import { type RefObject, useEffect, useMemo, useState } from 'react';
import type { ProcessGraph } from '../process-graph.ts';
import { type Layout, layoutProcessGraph } from './elk-layout.ts';
import { edgeLabelText } from './map-text.ts';

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

/** Lays the graph out again whenever what is drawn changes (not on every render: the key stands for its shape). */
export function useLayout(graph: ProcessGraph, approximate: boolean): LayoutState {
  const key = useMemo(
    () =>
      JSON.stringify([
        graph.nodes.map((n) => [n.id, n.width]),
        graph.edges.map((e) => [e.id, edgeLabelText(e, approximate)]),
      ]),
    [graph, approximate],
  );
  const [state, setState] = useState<LayoutState>({ key: '', value: null, error: null });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the graph's shape
  useEffect(() => {
    let current = true;
    const labels = new Map(graph.edges.map((e) => [e.id, edgeLabelText(e, approximate)]));
    layoutProcessGraph(graph, (id) => labels.get(id) ?? '')
      .then((value) => current && setState({ key, value, error: null }))
      .catch((error: unknown) => current && setState({ key, value: null, error: String(error) }));
    return () => {
      current = false;
    };
  }, [key]);
  // Until the new layout is ready the old one stays on screen (no flash of "Laying out…" on a slider move).
  return state.key === key ? state : { key: state.key, value: state.value, error: null };
}
