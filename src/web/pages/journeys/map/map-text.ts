/**
 * @module The words and numbers on the process map: an arrow's label, and the accessible names of boxes and arrows
 * (which the browser tests and screen readers go by).
 */
import { formatCount, formatShare, humanizeDuration } from '../../../lib/durations.ts';
import type { ActivityNode, TransitionEdge } from '../process-graph.ts';

/** "≈" before a percentile that is the labelled approximation. */
export const approx = (approximate: boolean) => (approximate ? '≈' : '');

/** The label on an arrow: how many times, and the median time it took. "820 · 1.5 d". */
export const edgeLabelText = (e: TransitionEdge, approximate: boolean) =>
  `${formatCount(e.count)} · ${approx(approximate)}${humanizeDuration(e.median)}`;

/** "Registered → Screened, 820 times, median 1.5 d". */
export const edgeName = (e: TransitionEdge, approximate: boolean) =>
  `${e.fromLabel} → ${e.toLabel}, ${formatCount(e.count)} ${e.count === 1 ? 'time' : 'times'}, median ${approx(approximate)}${humanizeDuration(e.median)}`;

/** What hovering an arrow tells. */
export function edgeDetails(e: TransitionEdge, approximate: boolean): string {
  const loop = e.kind === 'self' ? ' (again)' : e.kind === 'back' ? ' (a loop back)' : '';
  return [
    `${e.fromLabel} → ${e.toLabel}${loop}`,
    `${formatCount(e.count)} times, ${formatShare(e.share)} of journeys`,
    `median ${approx(approximate)}${humanizeDuration(e.median)}, 90 % within ${approx(approximate)}${humanizeDuration(e.p90)}`,
    approximate ? '≈ within 1 % of the exact value' : null,
    'Click to list the people',
  ]
    .filter(Boolean)
    .join('\n');
}

/** "Screened: 640 journeys, 702 events, stage 2 of the funnel, 12 stalled". */
export function nodeName(n: ActivityNode): string {
  return [
    `${n.label}: ${formatCount(n.journeys)} ${n.journeys === 1 ? 'journey' : 'journeys'}, ${formatCount(n.events)} ${n.events === 1 ? 'event' : 'events'}`,
    n.stage !== null ? `stage ${n.stage + 1} of the funnel` : null,
    n.stalled > 0 ? `${formatCount(n.stalled)} stalled` : null,
    n.pathSteps.length > 0 ? `step ${n.pathSteps.join(', ')}` : null,
  ]
    .filter(Boolean)
    .join(', ');
}
