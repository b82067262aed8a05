import { describe, expect, it } from 'vitest';
import { arrowHead, labelAtStart, nearStart, roundedPath, separateLabels, shortenEnd } from './geometry.ts';
import { startView } from './viewport.ts';

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
  it('puts a label under the start of its line, and knows when ELK put one elsewhere', () => {
    const route = [
      { x: 200, y: 40 },
      { x: 260, y: 40 },
    ];
    const box = labelAtStart(route, { width: 50, height: 18 });
    expect(box).toEqual({ x: 204, y: 42, width: 50, height: 18 });
    expect(nearStart(route, box)).toBe(true);
    expect(nearStart(route, { x: 20, y: 300, width: 50, height: 18 })).toBe(false);
  });
});

describe('startView', () => {
  const layout = (width: number, height: number) => ({ nodes: new Map(), edges: new Map(), width, height });
  it('shows the whole map, centred, when it reads well that way, and is only as tall as it needs', () => {
    const view = startView(layout(1000, 400), 1200, 700);
    expect(view.fits).toBe(true);
    expect(view.viewport.zoom).toBe(1);
    expect(view.height).toBe(424);
    expect(view.viewport.x).toBe(100);
  });
  it('starts a map too large to read whole at its left end, at a readable zoom', () => {
    const view = startView(layout(4000, 300), 1200, 700);
    expect(view.fits).toBe(false);
    expect(view.viewport).toMatchObject({ x: 12, zoom: 1 });
    expect(view.height).toBe(324);
  });
});
