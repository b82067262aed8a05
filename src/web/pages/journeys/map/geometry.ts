/**
 * @module Drawing a routed transition: an orthogonal polyline with rounded corners that stops short of its target so
 * the arrowhead, sized to the line, ends exactly on the box. Pure, so it is tested without a browser.
 */
import type { Box, Point } from './elk-layout.ts';

/**
 * The arrowhead's length and half-width for a line of this width: heavy lines get heavier heads, but short ones, to
 * leave room for the label on the arrow.
 */
export const arrowSize = (strokeWidth: number) => ({
  length: 6 + strokeWidth * 0.6,
  halfWidth: 3 + strokeWidth * 0.5,
});

const distance = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y);
const toward = (from: Point, to: Point, by: number): Point => {
  const d = distance(from, to);
  if (d === 0) return from;
  return { x: from.x + ((to.x - from.x) * by) / d, y: from.y + ((to.y - from.y) * by) / d };
};
const fmt = (p: Point) => `${round(p.x)},${round(p.y)}`;
const round = (n: number) => Math.round(n * 10) / 10;

/** The SVG path of a polyline, corners rounded with the given radius (smaller where segments are short). */
export function roundedPath(points: readonly Point[], radius = 8): string {
  if (points.length === 0) return '';
  const first = points[0]!;
  let d = `M${fmt(first)}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!;
    const next = points[i + 1];
    if (!next) {
      d += ` L${fmt(p)}`;
      break;
    }
    const prev = points[i - 1]!;
    const r = Math.min(radius, distance(prev, p) / 2, distance(p, next) / 2);
    d += ` L${fmt(toward(p, prev, r))} Q${fmt(p)} ${fmt(toward(p, next, r))}`;
  }
  return d;
}

/** The line's points with the last one pulled back by `by`, where the arrowhead takes over. */
export function shortenEnd(points: readonly Point[], by: number): Point[] {
  if (points.length < 2) return [...points];
  const end = points[points.length - 1]!;
  const before = points[points.length - 2]!;
  const pulled = toward(end, before, Math.min(by, distance(before, end)));
  return [...points.slice(0, -1), pulled];
}

/** The arrowhead (a triangle path) at the end of a polyline. */
export function arrowHead(points: readonly Point[], strokeWidth: number): string {
  if (points.length < 2) return '';
  const tip = points[points.length - 1]!;
  const before = points[points.length - 2]!;
  const { length, halfWidth } = arrowSize(strokeWidth);
  const base = toward(tip, before, length);
  const d = distance(before, tip) || 1;
  const nx = -(tip.y - before.y) / d;
  const ny = (tip.x - before.x) / d;
  const left = { x: base.x + nx * halfWidth, y: base.y + ny * halfWidth };
  const right = { x: base.x - nx * halfWidth, y: base.y - ny * halfWidth };
  return `M${fmt(tip)} L${fmt(left)} L${fmt(right)} Z`;
}

/** The middle of a polyline's longest segment (where a label goes when the layout gave it no place). */
export function midpoint(points: readonly Point[]): Point {
  let best: Point = points[0] ?? { x: 0, y: 0 };
  let longest = -1;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const d = distance(a, b);
    if (d > longest) {
      longest = d;
      best = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }
  }
  return best;
}

const overlaps = (a: Box, b: Box, gap: number) =>
  a.x < b.x + b.width + gap &&
  b.x < a.x + a.width + gap &&
  a.y < b.y + b.height + gap &&
  b.y < a.y + a.height + gap;

/**
 * Moves labels apart that overlap (a guard behind ELK, which keeps the labels it places apart but knows nothing of one
 * put on a `midpoint`): top to bottom, each label that touches one already placed goes just below it. Returns new
 * boxes; the input is left alone.
 */
export function separateLabels<K>(labels: ReadonlyMap<K, Box>, gap = 2): Map<K, Box> {
  const order = [...labels.entries()].sort(([, a], [, b]) => a.y - b.y || a.x - b.x);
  const placed: Box[] = [];
  const result = new Map<K, Box>();
  for (const [key, box] of order) {
    const moved = { ...box };
    for (let guard = 0; guard < 50; guard++) {
      const hit = placed.find((p) => overlaps(p, moved, gap));
      if (!hit) break;
      moved.y = hit.y + hit.height + gap;
    }
    placed.push(moved);
    result.set(key, moved);
  }
  return result;
}
