import { describe, expect, it } from 'vitest';
import { buildMap } from '../map-fixtures.ts';
import { buildProcessGraph } from '../process-graph.ts';
import { layoutProcessGraph } from './elk-layout.ts';
import { edgeLabelText } from './map-text.ts';

// The real ELK (its bundled build, as the browser loads it) on the fixture firm's map.
describe('layoutProcessGraph', () => {
  it('places every activity, routes every transition (loops too) and keeps labels apart', async () => {
    const graph = buildProcessGraph(buildMap(), { minPercent: 0 });
    const layout = await layoutProcessGraph(
      graph,
      (id) => edgeLabelText(graph.edges.find((e) => e.id === id)!, false),
      2,
    );
    expect([...layout.nodes.keys()].sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    for (const edge of graph.edges) {
      const route = layout.edges.get(edge.id);
      expect(route?.points.length, edge.id).toBeGreaterThanOrEqual(2);
    }
    const loop = layout.edges.get('interviewed>interviewed')!;
    expect(loop.points.length).toBeGreaterThan(2);
    const boxes = [...layout.edges.values()].map((r) => r.label);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(
          a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height,
        ).toBe(false);
    // Wrapped into rows: far less wide than the 13 steps in one line (about 4,000 px).
    expect(layout.width).toBeLessThan(2600);
  }, 20_000);
});
