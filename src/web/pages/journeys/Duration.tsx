import { humanizeDuration } from '../../lib/durations.ts';

/**
 * A percentile of time: "2 d", or "≈2 d" when the map's percentiles are the labelled approximation, with the
 * promise it keeps on hover.
 */
export function Duration({ seconds, approximate }: { seconds: number; approximate: boolean }) {
  if (!approximate) return <>{humanizeDuration(seconds)}</>;
  return (
    <abbr className="approx" title="within 1 % of the exact value">
      ≈{humanizeDuration(seconds)}
    </abbr>
  );
}
