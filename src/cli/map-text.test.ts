/** The journey map as terminal text, from an inline view (no database): sections, numbers, humanized durations. */
import { describe, expect, it } from 'vitest';
import type { JourneyMapView } from '../contract/journeys.ts';
import { humanDuration } from './durations.ts';
import { mapText, pathText } from './map-text.ts';

const H = 3600;
const D = 24 * H;

const activity = (key: string, label: string) => ({
  key,
  label,
  stallDays: 7,
  terminal: false,
  builtIn: true,
});

const view = (over: Partial<JourneyMapView> = {}): JourneyMapView => ({
  type: 'candidate',
  definition: {
    version: 0,
    activities: [
      activity('registered', 'Registered'),
      activity('screened', 'Screened'),
      activity('placed', 'Placed'),
    ],
    stages: ['registered', 'screened', 'placed'],
  },
  window: { mode: 'all', from: null, to: null, asOf: '2026-11-02T17:00:00.000Z' },
  approximate: true,
  journeys: 1200,
  events: 4321,
  activities: [],
  funnel: [
    { activity: 'registered', count: 1200, conversion: null },
    { activity: 'screened', count: 900, conversion: 0.75 },
    { activity: 'placed', count: 300, conversion: 1 / 3 },
  ],
  variants: {
    distinct: 42,
    top: [
      {
        key: 'registered,screened',
        activities: ['registered', 'screened'],
        count: 600,
        share: 0.5,
        medianDuration: 2.5 * D,
      },
      { key: 'registered', activities: ['registered'], count: 300, share: 0.25, medianDuration: 0 },
    ],
  },
  edges: [],
  dwell: [
    { activity: 'registered', count: 900, median: 5 * H, p90: 3 * D },
    { activity: 'screened', count: 300, median: 12 * D, p90: 40 * D },
    { activity: 'placed', count: 0, median: Number.NaN, p90: Number.NaN },
  ],
  stalled: {
    count: 25,
    byActivity: [
      { activity: 'registered', count: 5 },
      { activity: 'screened', count: 20 },
    ],
  },
  computeMs: 1.5,
  ...over,
});

describe('pathText', () => {
  it("names the steps in the definition's words and writes a step repeated in a row once, with its count", () => {
    const names: Record<string, string> = { a: 'Applied', i: 'Interviewed', o: 'Offered' };
    const nameOf = (key: string) => names[key] ?? key;
    expect(pathText(['a', 'i', 'i', 'i', 'o', 'i'], nameOf)).toBe(
      'Applied → Interviewed ×3 → Offered → Interviewed',
    );
    expect(pathText(['x', 'x'], nameOf)).toBe('x ×2');
    expect(pathText(['a'], nameOf)).toBe('Applied');
    expect(pathText([], nameOf)).toBe('');
  });
});

describe('humanDuration', () => {
  it('uses the largest unit that fits, one decimal below ten', () => {
    expect(humanDuration(0)).toBe('0 s');
    expect(humanDuration(42)).toBe('42 s');
    expect(humanDuration(125)).toBe('2 min');
    expect(humanDuration(5.5 * H)).toBe('5.5 h');
    expect(humanDuration(13 * H)).toBe('13 h');
    expect(humanDuration(3.24 * D)).toBe('3.2 d');
    expect(humanDuration(41.4 * D)).toBe('41 d');
    expect(humanDuration(Number.NaN)).toBe('–');
  });
});

describe('mapText', () => {
  it('shows the population, the funnel, the top variants, the stalls and the dwell times', () => {
    const text = mapText(view(), ['source referral']);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Candidate journeys · source referral');
    expect(text).toContain('1,200 journeys, 4,321 events · all time');
    expect(text).toContain('as of 2026-11-02 17:00 UTC · definition v0 (default) · percentiles approximate');
    expect(lines.find((l) => l.includes('2. Screened'))).toMatch(/2\. Screened\s+900\s+75\.0 %$/);
    expect(lines.find((l) => l.includes('3. Placed'))).toMatch(/300\s+33\.3 %$/);
    expect(text).toContain('Top variants (2 of 42 distinct paths)');
    expect(lines.find((l) => l.includes('Registered → Screened'))).toMatch(
      /600\s+50\.0 %\s+2\.5 d\s+Registered → Screened$/,
    );
    expect(text).toContain('Stalled (25 journeys');
    // Most stalled first.
    expect(text.indexOf('  Screened ')).toBeLessThan(text.indexOf('  Registered  '));
    expect(lines.find((l) => l.startsWith('  Screened') && l.includes('12 d'))).toMatch(/12 d\s+40 d\s+300$/);
    expect(lines.find((l) => l.startsWith('  Registered') && l.includes('h'))).toMatch(/5 h\s+3 d\s+900$/);
    // Nothing measured after the last step: not listed.
    expect(text).not.toMatch(/Placed\s+–/);
  });

  it('labels a window and its mode, and says when a population is empty', () => {
    const text = mapText(
      view({
        journeys: 0,
        events: 0,
        window: {
          mode: 'cohort',
          from: '2026-05-01T00:00:00.000Z',
          to: '2026-11-01T00:00:00.000Z',
          asOf: '2026-11-02T17:00:00.000Z',
        },
      }),
    );
    expect(text).toContain('2026-05-01 to 2026-10-31 (cohort mode');
    expect(text).toContain('No journeys in this population.');
    expect(text).not.toContain('Funnel');
  });
});
