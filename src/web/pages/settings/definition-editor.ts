/**
 * @module The journey definition editor's rules, apart from React: moving stages, adding and removing stages and
 * activities (an activity left out of the definition also leaves the funnel), which built-in activities can be added
 * back, and what a new key must look like. Pure, so it is tested without a browser.
 */
import type { JourneyDefinitionView, SaveJourneyDefinitionRequest } from '../../../contract/index.ts';
import { builtInActivities, defaultJourney } from '../../../domain/journey-definition.ts';
import { activityLabels } from '../../../domain/touchpoint.ts';
import { humanize } from '../../lib/labels.ts';

export type SubjectType = 'candidate' | 'client';
export type DefinitionForm = SaveJourneyDefinitionRequest;
export type ActivityRow = DefinitionForm['activities'][number];

/** The list with the item at `index` moved by `delta` places; out of range leaves the list as it is. */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item as T);
  return next;
}

/** Appends a stage, unless it is one already. */
export const addStage = (stages: readonly string[], key: string): string[] =>
  stages.includes(key) ? [...stages] : [...stages, key];

/** Removes the stage at `index`. */
export const removeStage = (stages: readonly string[], index: number): string[] =>
  stages.filter((_, i) => i !== index);

/** Leaves an activity out of the definition, and so out of the funnel. */
export function removeActivity(form: DefinitionForm, index: number): DefinitionForm {
  const key = form.activities[index]?.key;
  return {
    ...form,
    activities: form.activities.filter((_, i) => i !== index),
    stages: form.stages.filter((s) => s !== key),
  };
}

/** Activities that can become a stage: in the definition, not a stage yet. */
export const stageCandidates = (form: DefinitionForm) =>
  form.activities.filter((a) => a.key && !form.stages.includes(a.key));

const labelOfBuiltIn = (key: string) => activityLabels[key as keyof typeof activityLabels] ?? humanize(key);

/** Built-in activities not in the definition, to add back. */
export function missingBuiltIns(type: SubjectType, form: DefinitionForm): { key: string; label: string }[] {
  const present = new Set(form.activities.map((a) => a.key));
  return builtInActivities(type)
    .filter((key) => !present.has(key))
    .map((key) => ({ key, label: labelOfBuiltIn(key) }));
}

/** A built-in activity as Waypoint's default has it (its threshold, whether it ends a journey). */
export function builtInRow(type: SubjectType, key: string): ActivityRow {
  const shipped = defaultJourney(type).activities.find((a) => a.key === key);
  return shipped
    ? { key, label: shipped.label, stallDays: shipped.stallDays, terminal: shipped.terminal }
    : { key, label: labelOfBuiltIn(key), stallDays: null, terminal: false };
}

export const isBuiltIn = (type: SubjectType, key: string) => builtInActivities(type).includes(key);

const KEY = /^[a-z][a-z0-9_]{1,39}$/;

/** Why a new activity key cannot be added, or null when it can. */
export function keyProblem(type: SubjectType, key: string, form: DefinitionForm): string | null {
  if (!key) return 'Enter a key';
  if (!KEY.test(key)) return 'Use lower_snake_case: a letter, then letters, digits or _ (2 to 40)';
  if (form.activities.some((a) => a.key === key)) return 'Already in the definition';
  if (isBuiltIn(type, key)) return 'A built-in activity: add it from the list of built-in activities';
  return null;
}

/** A readable key suggested from a label: "Reference check" → "reference_check". */
export const keyFromLabel = (label: string) =>
  label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^(\d)/, 'a_$1')
    .slice(0, 40);

/** The form's values for a loaded definition: what is saved is based on this version. */
export const formOf = (def: JourneyDefinitionView): DefinitionForm => ({
  basedOn: def.version,
  activities: def.activities.map((a) => ({
    key: a.key,
    label: a.label,
    stallDays: a.stallDays,
    terminal: a.terminal,
  })),
  stages: [...def.stages],
});
