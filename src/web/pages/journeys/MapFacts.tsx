import type { JourneyMapView } from '../../../contract/index.ts';
import { formatCount } from '../../lib/durations.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';

/** Where the numbers come from: the definition version, the population, the window, as of when, how fast. */
export function MapFacts({ map, name }: { map: JourneyMapView; name?: string }) {
  const w = map.window;
  const window =
    w.mode === 'all'
      ? 'All time'
      : `${formatDate(w.from)} – ${formatDate(w.to)} (not included), ${
          w.mode === 'event' ? 'events in the window' : 'journeys that began in it'
        }`;
  return (
    <p className="map-facts">
      {name ? <strong>{name}</strong> : null}
      <span>
        <strong>{formatCount(map.journeys)}</strong> journeys · {formatCount(map.events)} events ·{' '}
        {formatCount(map.variants.distinct)} distinct paths
      </span>
      <span>{window}</span>
      <span>as of {formatDateTime(w.asOf)}</span>
      <span>definition v{map.definition.version}</span>
      <span>computed in {map.computeMs < 10 ? map.computeMs.toFixed(1) : Math.round(map.computeMs)} ms</span>
      {map.approximate ? (
        <span title="within 1 % of the exact value">times ≈ (within 1 % of the exact value)</span>
      ) : null}
    </p>
  );
}
