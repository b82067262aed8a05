import { describe, expect, it } from 'vitest';
import { buildMap } from '../map-fixtures.ts';
import { buildProcessGraph } from '../process-graph.ts';
import { type Box, layoutProcessGraph, type Point } from './elk-layout.ts';
import { edgeLabelText } from './map-text.ts';

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Whether the segment a–b passes through the box (shrunk by `inset`, so touching its border does not count). */
function crosses(a: Point, b: Point, box: Box, inset = 0): boolean {
  const left = box.x + inset;
  const right = box.x + box.width - inset;
  const top = box.y + inset;
  const bottom = box.y + box.height - inset;
  // The routes are orthogonal: each segment is a horizontal or a vertical line.
  if (a.y === b.y)
    return a.y > top && a.y < bottom && Math.max(a.x, b.x) > left && Math.min(a.x, b.x) < right;
  return a.x > left && a.x < right && Math.max(a.y, b.y) > top && Math.min(a.y, b.y) < bottom;
}

// The real ELK (its bundled build, as the browser loads it) on the fixture firm's map, every transition shown.
describe('layoutProcessGraph', async () => {
  const graph = buildProcessGraph(buildMap(), { minPercent: 0 });
  const layout = await layoutProcessGraph(graph, (id) =>
    edgeLabelText(graph.edges.find((e) => e.id === id)!, false),
  );
  const box = (id: string): Box => {
    const node = graph.nodes.find((n) => n.id === id)!;
    return { ...layout.nodes.get(id)!, width: node.width, height: node.height };
  };

  it('places every activity and routes every transition, loops too, orthogonally', () => {
    expect([...layout.nodes.keys()].sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    for (const edge of graph.edges) {
      const points = layout.edges.get(edge.id)?.points ?? [];
      expect(points.length, edge.id).toBeGreaterThanOrEqual(2);
      for (const [i, p] of points.slice(1).entries()) {
        const q = points[i]!;
        expect(p.x === q.x || p.y === q.y, edge.id).toBe(true);
      }
    }
    expect(layout.edges.get('interviewed>interviewed')!.points.length).toBeGreaterThan(2);
  });

  it('runs top to bottom, without wrapping: forward arrows leave the bottom of a box and point down into the next', () => {
    for (const edge of graph.edges.filter((e) => e.kind === 'forward')) {
      const points = layout.edges.get(edge.id)!.points;
      const [from, to] = [box(edge.from), box(edge.to)];
      expect(to.y, edge.id).toBeGreaterThan(from.y + from.height);
      expect(points[0]!.y, edge.id).toBeCloseTo(from.y + from.height);
      expect(points.at(-1)!.y, edge.id).toBeCloseTo(to.y);
      expect(points.at(-2)!.x, edge.id).toBeCloseTo(points.at(-1)!.x);
    }
    // The 15 steps stand in one column of layers: far taller than wide.
    expect(layout.height).toBeGreaterThan(layout.width);
  });

  it('takes loops back around the boxes, and no line through a box', () => {
    const back = graph.edges.filter((e) => e.kind === 'back');
    expect(back.length).toBeGreaterThan(0);
    for (const edge of back) {
      const points = layout.edges.get(edge.id)!.points;
      expect(Math.min(...points.map((p) => p.y)), edge.id).toBeLessThan(box(edge.to).y);
    }
    for (const edge of graph.edges) {
      const points = layout.edges.get(edge.id)!.points;
      for (const node of graph.nodes)
        for (const [i, p] of points.slice(1).entries())
          expect(crosses(points[i]!, p, box(node.id), 1), `${edge.id} through ${node.id}`).toBe(false);
    }
  });

  it('puts each label on its own arrow, apart from the other labels and off the boxes', () => {
    const labels = [...layout.edges.entries()].map(([id, route]) => ({ id, ...route.label }));
    for (const label of labels) {
      const points = layout.edges.get(label.id)!.points;
      const touching = { x: label.x - 4, y: label.y - 4, width: label.width + 8, height: label.height + 8 };
      expect(
        points.slice(1).some((p, i) => crosses(points[i]!, p, touching)),
        `${label.id}'s label by its line`,
      ).toBe(true);
      for (const node of graph.nodes)
        expect(overlap(label, box(node.id)), `${label.id} on ${node.id}`).toBe(false);
    }
    for (const [i, a] of labels.entries())
      for (const b of labels.slice(i + 1)) expect(overlap(a, b), `${a.id} and ${b.id}`).toBe(false);
  });

  it('puts the activities no arrow shown reaches in rows under the map, in order, inside its width', async () => {
    const sparse = buildProcessGraph(buildMap(), { minPercent: 30 });
    const linked = new Set(sparse.edges.flatMap((e) => [e.from, e.to]));
    const apart = sparse.nodes.filter((n) => !linked.has(n.id));
    expect(apart.length).toBeGreaterThan(4);
    const out = await layoutProcessGraph(sparse, (id) =>
      edgeLabelText(sparse.edges.find((e) => e.id === id)!, false),
    );
    const at = (id: string): Box => {
      const node = sparse.nodes.find((n) => n.id === id)!;
      return { ...out.nodes.get(id)!, width: node.width, height: node.height };
    };
    const lowestLinked = Math.max(...[...linked].map((id) => at(id).y + at(id).height));
    const rows = apart.map((n) => at(n.id));
    for (const [i, b] of rows.entries()) {
      expect(b.y).toBeGreaterThan(lowestLinked);
      expect(b.x + b.width).toBeLessThanOrEqual(out.width);
      expect(b.y + b.height).toBeLessThanOrEqual(out.height);
      const before = rows[i - 1];
      if (before) expect(b.y > before.y || (b.y === before.y && b.x > before.x + before.width)).toBe(true);
    }
    expect(new Set(rows.map((b) => b.y)).size).toBeGreaterThan(1);
  });
});
