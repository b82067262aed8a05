/** @module From a journey definition (domain) to what the engine needs to compute a map. */
import type { JourneyDefinition } from '../domain/journey-definition.ts';
import type { MapDefinition } from './model.ts';

export function mapDefinitionOf(def: JourneyDefinition): MapDefinition {
  const stallDays: Record<string, number> = {};
  for (const a of def.activities) if (a.stallDays !== null && !a.terminal) stallDays[a.key] = a.stallDays;
  return {
    activities: def.activities.map((a) => a.key),
    stages: [...def.stages],
    stallDays,
    terminal: def.activities.filter((a) => a.terminal).map((a) => a.key),
  };
}
