import { lazy, Suspense, useId, useMemo } from 'react';
import type { JourneyMapView } from '../../../contract/index.ts';
import { Section } from '../../components/Section.tsx';
import { Loading } from '../../components/states.tsx';
import type { Drill } from './journey-url.ts';
import { buildProcessGraph, suggestedThreshold, thresholdStops } from './process-graph.ts';

// React Flow and ELK are the largest libraries of the app: they load with the map, not with the page.
const ProcessMap = lazy(() => import('./map/ProcessMap.tsx').then((m) => ({ default: m.ProcessMap })));

interface Props {
  map: JourneyMapView;
  /** Percent of journeys a transition needs to be drawn; null: the suggested stop for this map. */
  threshold: number | null;
  onThreshold: (percent: number) => void;
  onDrill: (drill: Drill) => void;
  /** Segment name when two maps are shown. */
  name?: string;
  /** One thickness scale for two maps side by side. */
  scaleShare?: number;
  /** Hide the slider (the compare view has one for both maps). */
  slider?: boolean;
}

/** The process map with its threshold slider and legend. */
export function ProcessMapSection({
  map,
  threshold,
  onThreshold,
  onDrill,
  name,
  scaleShare,
  slider = true,
}: Props) {
  const minPercent = threshold ?? suggestedThreshold(map);
  const graph = useMemo(
    () => buildProcessGraph(map, { minPercent, ...(scaleShare !== undefined ? { scaleShare } : {}) }),
    [map, minPercent, scaleShare],
  );
  return (
    <Section
      title={name ? `Process map · ${name}` : 'Process map'}
      id={name ? undefined : 'process-map'}
      actions={slider ? <ThresholdSlider value={minPercent} onChange={onThreshold} /> : undefined}
    >
      <p className="muted legend">
        {graph.edges.length} of {graph.total} transitions shown
        {graph.hidden > 0 ? ` (${graph.hidden} rarer ones hidden)` : ''}. Thicker arrows: more journeys;
        labels: how many times · median time. <span className="legend-loop">Dashed purple</span>: a step
        repeated or a loop back. <span className="legend-stage">Numbered</span>: funnel stages. Click anything
        to list the people.
      </p>
      <Suspense fallback={<Loading label="Loading the map…" />}>
        <ProcessMap
          graph={graph}
          approximate={map.approximate}
          label={name ? `Process map diagram of ${name}` : 'Process map diagram'}
          onActivity={(activity) => onDrill({ kind: 'activity', activity })}
          onEdge={(activity, to) => onDrill({ kind: 'edge', activity, to })}
        />
      </Suspense>
    </Section>
  );
}

/** "Show paths taken by at least N %": steps through fixed stops (finer at the low end, where most paths are). */
export function ThresholdSlider({ value, onChange }: { value: number; onChange: (percent: number) => void }) {
  const id = useId();
  const index = Math.max(
    0,
    thresholdStops.findIndex((stop) => stop >= value),
  );
  return (
    <div className="threshold">
      <label htmlFor={id}>Show paths taken by at least {value} %</label>
      <input
        id={id}
        type="range"
        min={0}
        max={thresholdStops.length - 1}
        step={1}
        value={index}
        aria-valuetext={`${value} % of journeys`}
        onChange={(e) => onChange(thresholdStops[Number(e.target.value)] ?? 0)}
      />
    </div>
  );
}
