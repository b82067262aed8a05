import { describe, expect, it } from 'vitest';
import { arrowHead, arrowSize, midpoint, roundedPath, separateLabels, shortenEnd } from './geometry.ts';
import { READABLE_ZOOM, startView } from './viewport.ts';

describe('drawing a routed line', () => {
  const route = [
    { x: 0, y: 0 },
    { x: 100, y: 0 },
    { x: 100, y: 50 },
    { x: 200, y: 50 },
  ];
  it('rounds the corners of an orthogonal route', () => {
    expect(roundedPath(route, 8)).toBe('M0,0 L92,0 Q100,0 100,8 L100,42 Q100,50 108,50 L200,50');
    expect(roundedPath([route[0]!, route[1]!])).toBe('M0,0 L100,0');
    expect(roundedPath([])).toBe('');
  });
  it('stops the line short of the target, where the arrowhead ends on the box', () => {
    expect(shortenEnd(route, 10).at(-1)).toEqual({ x: 190, y: 50 });
    expect(arrowHead(route, 2)).toMatch(/^M200,50 L/);
  });
  it('gives heavy lines heavier heads, always wider than the line and short enough to leave room for a label', () => {
    for (const width of [1.5, 6, 12]) {
      const { length, halfWidth } = arrowSize(width);
      expect(2 * halfWidth).toBeGreaterThan(width);
      expect(length).toBeLessThan(14);
    }
    expect(arrowSize(12).halfWidth).toBeGreaterThan(arrowSize(2).halfWidth);
  });
});

describe('labels', () => {
  it('moves apart labels that overlap, keeping the others where they are', () => {
    const labels = new Map([
      ['a', { x: 0, y: 0, width: 60, height: 18 }],
      ['b', { x: 10, y: 5, width: 60, height: 18 }],
      ['c', { x: 300, y: 5, width: 60, height: 18 }],
    ]);
    const out = separateLabels(labels, 2);
    expect(out.get('a')).toEqual(labels.get('a'));
    expect(out.get('b')).toMatchObject({ x: 10, y: 20 });
    expect(out.get('c')).toEqual(labels.get('c'));
    expect(labels.get('b')!.y).toBe(5);
  });
  it("puts a label the layout gave no place on the middle of its line's longest stretch", () => {
    expect(
      midpoint([
        { x: 0, y: 0 },
        { x: 0, y: 20 },
        { x: 100, y: 20 },
        { x: 100, y: 40 },
      ]),
    ).toEqual({ x: 50, y: 20 });
  });
});

describe('startView', () => {
  const layout = (width: number, height: number) => ({ nodes: new Map(), edges: new Map(), width, height });
  it('draws a map that fits the box and the screen at full size, centred, in a box as tall as the map', () => {
    const view = startView(layout(900, 1400), 1200, 2400, 1600);
    expect(view).toEqual({ viewport: { x: 150, y: 12, zoom: 1 }, height: 1424, fits: true });
  });
  it('shrinks a map to show it whole on the screen, or to the box, but never below a readable zoom', () => {
    const tall = startView(layout(900, 1400), 1200, 2400, 900);
    expect(tall.viewport.zoom).toBe(READABLE_ZOOM);
    expect(tall.height).toBe(Math.ceil(1400 * READABLE_ZOOM + 24));
    const wider = startView(layout(1300, 1000), 1100, 2400, 1600);
    expect(wider.viewport.zoom).toBeCloseTo(1076 / 1300);
    expect(wider.fits).toBe(true);
  });
  it('starts a map too wide to read whole at its top left, and pans one taller than the box may grow', () => {
    const wide = startView(layout(2000, 600), 1100, 2400, 900);
    expect(wide).toMatchObject({ viewport: { x: 12, zoom: READABLE_ZOOM }, fits: false });
    const tall = startView(layout(800, 4000), 1200, 2400, 900);
    expect(tall).toMatchObject({ height: 2400, viewport: { y: 12 }, fits: false });
  });
  it('keeps a flat map in a box of some height, centred', () => {
    expect(startView(layout(300, 100), 1200, 2400, 900)).toMatchObject({ height: 220, viewport: { y: 60 } });
  });
});
