import { describe, expect, it } from 'vitest';
import { buildMap } from './map-fixtures.ts';
import {
  buildProcessGraph,
  edgeId,
  largestShare,
  MAX_STROKE,
  MIN_STROKE,
  strokeWidthFor,
  suggestedThreshold,
} from './process-graph.ts';

describe('strokeWidthFor', () => {
  it('runs from a hairline to the widest stroke, by the square root of the share', () => {
    expect(strokeWidthFor(0.82, 0.82)).toBe(MAX_STROKE);
    expect(strokeWidthFor(0, 0.82)).toBe(MIN_STROKE);
    const quarter = strokeWidthFor(0.25, 1);
    expect(quarter).toBeCloseTo(MIN_STROKE + (MAX_STROKE - MIN_STROKE) * 0.5);
    expect(strokeWidthFor(0.5, 1)).toBeGreaterThan(quarter);
  });
  it('never goes past the widest stroke, and copes with an empty map', () => {
    expect(strokeWidthFor(2, 1)).toBe(MAX_STROKE);
    expect(strokeWidthFor(0.3, 0)).toBe(MIN_STROKE);
  });
});

describe('buildProcessGraph', () => {
  const map = buildMap();

  it('makes a node per activity seen, in the definition order, with counts and funnel stages', () => {
    const graph = buildProcessGraph(map, { minPercent: 0 });
    const ids = graph.nodes.map((n) => n.id);
    expect(ids.slice(0, 3)).toEqual(['heard_of_us', 'registered', 'screened']);
    const registered = graph.nodes.find((n) => n.id === 'registered')!;
    expect(registered).toMatchObject({ label: 'Registered', events: 1000, stage: 0, stalled: 40 });
    expect(graph.nodes.find((n) => n.id === 'placed')?.stage).toBe(3);
    expect(graph.nodes.find((n) => n.id === 'interviewed')?.stage).toBeNull();
    expect(graph.nodes.find((n) => n.id === 'withdrew')?.terminal).toBe(true);
  });

  it('sizes nodes by journeys, the busiest widest', () => {
    const graph = buildProcessGraph(map, { minPercent: 0 });
    const width = (id: string) => graph.nodes.find((n) => n.id === id)!.width;
    expect(width('registered')).toBeGreaterThan(width('redeployed'));
  });

  it('keeps stages that no journey reached yet, and leaves out activities nobody did', () => {
    const empty = buildMap({
      activities: [{ activity: 'registered', events: 3, journeys: 3 }],
      edges: [],
      funnel: [{ activity: 'registered', count: 3, conversion: null }],
    });
    const ids = buildProcessGraph(empty, { minPercent: 0 }).nodes.map((n) => n.id);
    expect(ids).toEqual(['registered', 'screened', 'submitted', 'placed']);
  });

  it('tells loops apart: the same activity again, and a move back to an earlier one', () => {
    const graph = buildProcessGraph(map, { minPercent: 0 });
    const kind = (from: string, to: string) => graph.edges.find((e) => e.id === edgeId(from, to))?.kind;
    expect(kind('interviewed', 'interviewed')).toBe('self');
    expect(kind('assignment_ended', 'redeployed')).toBe('forward');
    expect(kind('redeployed', 'assignment_started')).toBe('back');
    expect(kind('not_selected', 'submitted')).toBe('back');
    expect(kind('registered', 'screened')).toBe('forward');
  });

  it('scales thickness by volume, the heaviest transition widest, and lists heaviest first', () => {
    const graph = buildProcessGraph(map, { minPercent: 0 });
    expect(graph.edges[0]).toMatchObject({ id: 'registered>screened', strokeWidth: MAX_STROKE, share: 0.82 });
    const widths = graph.edges.map((e) => e.strokeWidth);
    expect([...widths].sort((a, b) => b - a)).toEqual(widths);
    expect(graph.edges.find((e) => e.id === 'tested>withdrew')!.strokeWidth).toBeLessThan(3);
  });

  it('hides transitions below the threshold, keeps those exactly at it, and counts what it hid', () => {
    const all = buildProcessGraph(map, { minPercent: 0 });
    expect(all.hidden).toBe(0);
    expect(all.total).toBe(map.edges.length);
    const five = buildProcessGraph(map, { minPercent: 7 });
    expect(five.edges.every((e) => e.share >= 0.07)).toBe(true);
    expect(five.edges.some((e) => e.id === 'redeployed>assignment_started')).toBe(false);
    expect(five.edges.some((e) => e.id === 'assignment_ended>redeployed')).toBe(true); // 70 of 1,000: kept
    expect(five.hidden + five.edges.length).toBe(map.edges.length);
    // Nodes stay: a hidden transition does not hide what happened.
    expect(five.nodes).toHaveLength(all.nodes.length);
  });

  it('shares one thickness scale between two maps when asked', () => {
    const small = buildMap({ journeys: 2000 });
    const scale = Math.max(largestShare(map), largestShare(small));
    const own = buildProcessGraph(small, { minPercent: 0 });
    const shared = buildProcessGraph(small, { minPercent: 0, scaleShare: scale });
    expect(own.edges[0]!.strokeWidth).toBe(MAX_STROKE);
    expect(shared.edges[0]!.strokeWidth).toBeLessThan(MAX_STROKE);
  });

  it("numbers a person's steps on the nodes and keeps their transitions whatever the threshold", () => {
    const path = ['registered', 'screened', 'withdrew'].map((activity) => ({ activity }));
    const graph = buildProcessGraph(map, { minPercent: 50, path });
    expect(graph.nodes.find((n) => n.id === 'registered')!.pathSteps).toEqual([1]);
    expect(graph.nodes.find((n) => n.id === 'withdrew')!.pathSteps).toEqual([3]);
    const onPath = graph.edges.filter((e) => e.onPath).map((e) => e.id);
    expect(onPath.sort()).toEqual(['registered>screened', 'screened>withdrew']);
    expect(graph.edges.every((e) => e.onPath || e.share >= 0.5)).toBe(true);
  });

  it('numbers every visit of a step the path repeats', () => {
    const path = ['interviewed', 'interviewed', 'tested'].map((activity) => ({ activity }));
    const graph = buildProcessGraph(map, { minPercent: 0, path });
    expect(graph.nodes.find((n) => n.id === 'interviewed')!.pathSteps).toEqual([1, 2]);
    expect(graph.edges.find((e) => e.id === 'interviewed>interviewed')!.onPath).toBe(true);
  });
});

describe('suggestedThreshold', () => {
  it('leaves everything showing on a small map', () => {
    expect(suggestedThreshold(buildMap())).toBe(0);
  });
  it('raises the threshold until at most the readable number of transitions shows', () => {
    const map = buildMap();
    const busy = buildMap({
      edges: [
        ...map.edges,
        ...Array.from({ length: 60 }, (_, i) => ({
          from: 'screened',
          to: `extra_${i}`,
          count: 2,
          median: 3600,
          p90: 7200,
        })),
      ],
    });
    const stop = suggestedThreshold(busy);
    expect(stop).toBeGreaterThan(0);
    expect(buildProcessGraph(busy, { minPercent: stop }).edges.length).toBeLessThanOrEqual(28);
  });
});
