/**
 * @module Where the map starts and how tall it is. A journey is a long chain (13 steps from "heard of us" to
 * "redeployed"); ELK wraps it into rows to the shape of the space, and the whole map is shown when it can be read that
 * way. When it cannot, it starts at its left end at a readable zoom, with a mini-map for the rest. Pure.
 */
import type { Layout } from './elk-layout.ts';

/** Below this zoom the text of a box is too small to read. */
export const READABLE_ZOOM = 0.7;
const MARGIN = 12;

/** The width-to-height ratio ELK should aim for in a box this wide and at most this tall (in quarter steps). */
export const aspectFor = (width: number, maxHeight: number) =>
  Math.min(4, Math.max(1.25, Math.round((width / maxHeight) * 4) / 4));

export interface StartView {
  viewport: { x: number; y: number; zoom: number };
  height: number;
  /** Whether the whole map is in view. */
  fits: boolean;
}

/** The zoom that shows the whole layout in the box (at most 1). */
export const fitZoom = (layout: Layout, width: number, maxHeight: number) =>
  Math.min(
    1,
    (width - 2 * MARGIN) / Math.max(1, layout.width),
    (maxHeight - 2 * MARGIN) / Math.max(1, layout.height),
  );

/** The starting view of a layout in a box `width` wide and at most `maxHeight` tall. */
export function startView(layout: Layout, width: number, maxHeight: number): StartView {
  const w = Math.max(1, layout.width);
  const h = Math.max(1, layout.height);
  const fit = fitZoom(layout, width, maxHeight);
  if (fit >= READABLE_ZOOM) {
    const height = Math.max(220, Math.ceil(h * fit + 2 * MARGIN));
    return {
      viewport: { x: (width - w * fit) / 2, y: (height - h * fit) / 2, zoom: fit },
      height,
      fits: true,
    };
  }
  const zoom = Math.max(READABLE_ZOOM, Math.min(1, (maxHeight - 2 * MARGIN) / h));
  const height = Math.min(maxHeight, Math.ceil(h * zoom + 2 * MARGIN));
  return { viewport: { x: MARGIN, y: Math.max(MARGIN, (height - h * zoom) / 2), zoom }, height, fits: false };
}
