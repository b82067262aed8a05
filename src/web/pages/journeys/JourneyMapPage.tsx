import { Link, useParams } from 'react-router';
import type { JourneyMapView } from '../../../contract/index.ts';
import { useApi } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { CompareSections } from './CompareSections.tsx';
import { DwellSection } from './DwellSection.tsx';
import { FunnelSection } from './FunnelSection.tsx';
import type { Drill, Population, SubjectType } from './journey-url.ts';
import { populationQueryOf, typeFromSegment } from './journey-url.ts';
import { LostSection } from './LostSection.tsx';
import { MapFacts } from './MapFacts.tsx';
import { MapFilters } from './MapFilters.tsx';
import { PeoplePanel } from './PeoplePanel.tsx';
import { ProcessMapSection, ThresholdSlider } from './ProcessMapSection.tsx';
import { largestShare, suggestedThreshold } from './process-graph.ts';
import { useMapState } from './use-map-state.ts';
import { VariantsSection } from './VariantsSection.tsx';

const titles: Record<SubjectType, string> = { candidate: 'Candidate journeys', client: 'Client journeys' };

/** The journey map of candidates or clients: process map, funnel, paths, time, losses; compared and drilled into. */
export function JourneyMapPage() {
  const { segment } = useParams();
  const type = typeFromSegment(segment);
  if (!type)
    return <ErrorState error={new Error('No such journey map: try candidate or client journeys.')} />;
  // A new type is a new page: nothing of the other type's state carries over.
  return <JourneyMap key={type} type={type} />;
}

function useMap(type: SubjectType, population: Population, exact: boolean, enabled = true) {
  return useApi(
    'journeyMap',
    { params: { type }, query: { ...populationQueryOf(population), exact: exact ? 'true' : undefined } },
    { placeholderData: (previous) => previous, enabled },
  );
}

function JourneyMap({ type }: { type: SubjectType }) {
  const user = useSession();
  const state = useMapState();
  const { a, b, compare, exact, drill } = state;
  const segments = useApi('journeySegments', { params: { type } }, { staleTime: 5 * 60_000 });
  const mapA = useMap(type, a, exact);
  const mapB = useMap(type, b, exact, compare);

  const drillInto = (side: 'a' | 'b') => (d: Drill) => state.openDrill({ drill: d, segment: side, page: 1 });
  const setThreshold = (percent: number) => state.update({ paths: String(percent) }, { replace: true });
  const drilledMap = drill?.segment === 'b' ? mapB.data : mapA.data;

  return (
    <div className="page page-map">
      <header className="page-header">
        <h1>{titles[type]}</h1>
        <div className="quick-actions">
          <label
            className="checkbox"
            title="Percentiles computed exactly even where a 1 % approximation is faster"
          >
            <input
              type="checkbox"
              checked={exact}
              onChange={(e) => state.update({ exact: e.target.checked ? 'true' : undefined })}
            />
            Exact times
          </label>
          <button
            type="button"
            className={`btn${compare ? ' btn-primary' : ''}`}
            aria-pressed={compare}
            onClick={() => state.setCompare(!compare)}
          >
            Compare
          </button>
          {user.role === 'admin' ? (
            <Link to={`/settings/journeys/${type}`} className="btn">
              Edit definition
            </Link>
          ) : null}
        </div>
      </header>

      <div className={compare ? 'map-grid' : undefined}>
        <div className="card filter-card">
          <MapFilters
            type={type}
            name={compare ? 'Segment A' : undefined}
            population={a}
            segments={segments.data}
            onChange={(p) => state.setPopulation('a', p)}
          />
          {mapA.data ? <MapFacts map={mapA.data} name={compare ? 'A' : undefined} /> : null}
        </div>
        {compare ? (
          <div className="card filter-card">
            <MapFilters
              type={type}
              name="Segment B"
              population={b}
              segments={segments.data}
              onChange={(p) => state.setPopulation('b', p)}
            />
            {mapB.data ? <MapFacts map={mapB.data} name="B" /> : null}
          </div>
        ) : null}
      </div>

      {mapA.error ? <ErrorState error={mapA.error} retry={() => mapA.refetch()} /> : null}
      {compare && mapB.error ? <ErrorState error={mapB.error} retry={() => mapB.refetch()} /> : null}
      {mapA.isPending ? <Loading label="Computing the map…" /> : null}

      {mapA.data && !compare ? (
        <SingleMap
          map={mapA.data}
          threshold={state.paths}
          onThreshold={setThreshold}
          onDrill={drillInto('a')}
          stale={mapA.isPlaceholderData}
        />
      ) : null}
      {mapA.data && compare && mapB.data ? (
        <ComparedMaps
          a={mapA.data}
          b={mapB.data}
          threshold={state.paths}
          onThreshold={setThreshold}
          onDrill={(side, d) => drillInto(side)(d)}
          stale={mapA.isPlaceholderData || mapB.isPlaceholderData}
        />
      ) : null}
      {compare && mapB.isPending ? <Loading label="Computing segment B…" /> : null}

      {drill ? (
        <PeoplePanel
          type={type}
          state={drill}
          population={drill.segment === 'b' ? b : a}
          map={drilledMap}
          segmentName={compare ? (drill.segment === 'b' ? 'Segment B' : 'Segment A') : undefined}
          onPage={(page) => state.openDrill({ ...drill, page })}
          onClose={() => state.openDrill(null)}
        />
      ) : null}
    </div>
  );
}

interface SingleProps {
  map: JourneyMapView;
  threshold: number | null;
  onThreshold: (percent: number) => void;
  onDrill: (drill: Drill) => void;
  stale: boolean;
}

function SingleMap({ map, threshold, onThreshold, onDrill, stale }: SingleProps) {
  return (
    <div className={`map-sections${stale ? ' is-stale' : ''}`}>
      <ProcessMapSection map={map} threshold={threshold} onThreshold={onThreshold} onDrill={onDrill} />
      <div className="map-grid">
        <FunnelSection map={map} onDrill={onDrill} />
        <LostSection map={map} onDrill={onDrill} />
      </div>
      <div className="map-grid">
        <VariantsSection map={map} onDrill={onDrill} />
        <DwellSection map={map} onDrill={onDrill} />
      </div>
    </div>
  );
}

interface ComparedProps {
  a: JourneyMapView;
  b: JourneyMapView;
  threshold: number | null;
  onThreshold: (percent: number) => void;
  onDrill: (segment: 'a' | 'b', drill: Drill) => void;
  stale: boolean;
}

function ComparedMaps({ a, b, threshold, onThreshold, onDrill, stale }: ComparedProps) {
  // One threshold and one thickness scale, so the same arrow weighs the same on both maps.
  const minPercent = threshold ?? Math.max(suggestedThreshold(a), suggestedThreshold(b));
  const scaleShare = Math.max(largestShare(a), largestShare(b));
  return (
    <div className={`map-sections${stale ? ' is-stale' : ''}`}>
      <CompareSections a={a} b={b} onDrill={onDrill} />
      <div className="compare-threshold">
        <ThresholdSlider value={minPercent} onChange={onThreshold} />
      </div>
      {/* Full width, one above the other: a map runs to about 950 px wide, half the page would shrink it past reading. */}
      <div className="stack">
        {(['a', 'b'] as const).map((side) => (
          <ProcessMapSection
            key={side}
            map={side === 'a' ? a : b}
            name={side === 'a' ? 'Segment A' : 'Segment B'}
            threshold={minPercent}
            onThreshold={onThreshold}
            onDrill={(d) => onDrill(side, d)}
            scaleShare={scaleShare}
            slider={false}
          />
        ))}
      </div>
    </div>
  );
}
