/**
 * @module Where the map starts and how tall its box is. Laid out top to bottom, a journey map is narrow and tall: it is
 * drawn as large as the box's width allows, but small enough to show whole on the screen if that can be read, and the
 * box is as tall as the map, so the page scrolls through it. Only a map too wide at a readable zoom, or taller than the
 * box may grow, is panned, with a mini-map. Pure.
 */
import type { Layout } from './elk-layout.ts';

/** Below this zoom the text of a box is too small to read. */
export const READABLE_ZOOM = 0.8;
const MARGIN = 12;
const MIN_HEIGHT = 220;

export interface StartView {
  viewport: { x: number; y: number; zoom: number };
  height: number;
  /** Whether the whole map is in the box (nothing to pan to). */
  fits: boolean;
}

/**
 * The starting view of a layout in a box `width` wide and at most `maxHeight` tall, with `screenHeight` of the screen
 * to show it in.
 */
export function startView(layout: Layout, width: number, maxHeight: number, screenHeight: number): StartView {
  const w = Math.max(1, layout.width);
  const h = Math.max(1, layout.height);
  const fit = Math.min((width - 2 * MARGIN) / w, (screenHeight - 2 * MARGIN) / h);
  const zoom = Math.min(1, Math.max(READABLE_ZOOM, fit));
  const height = Math.max(MIN_HEIGHT, Math.min(maxHeight, Math.ceil(h * zoom + 2 * MARGIN)));
  const fitsWidth = w * zoom <= width - 2 * MARGIN;
  const fitsHeight = h * zoom <= height - 2 * MARGIN;
  return {
    // Centred where it fits; otherwise from its top left corner, where a journey starts.
    viewport: {
      x: fitsWidth ? (width - w * zoom) / 2 : MARGIN,
      y: fitsHeight ? (height - h * zoom) / 2 : MARGIN,
      zoom,
    },
    height,
    fits: fitsWidth && fitsHeight,
  };
}
