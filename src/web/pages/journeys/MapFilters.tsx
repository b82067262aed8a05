import { useId } from 'react';
import type { JourneySegments } from '../../../contract/index.ts';
import { FilterSelect } from '../../components/table.tsx';
import type { Population, SubjectType } from './journey-url.ts';

interface Props {
  type: SubjectType;
  /** "Segment A" or "Segment B" when comparing; nothing otherwise. */
  name?: string;
  population: Population;
  segments: JourneySegments | undefined;
  onChange: (population: Population) => void;
}

const modeHelp = {
  event: 'Only what happened between the dates: journeys are cut to the window, stalls measured at its end.',
  cohort: 'Whole journeys of people whose journey began between the dates, up to now.',
} as const;

/** Who is on the map: source, branch, owner, category, and a date window read as events or as a cohort. */
export function MapFilters({ type, name, population: p, segments, onChange }: Props) {
  const id = useId();
  const prefix = name ? `${name}: ` : '';
  const set = (patch: Partial<Population>) => onChange({ ...p, ...patch });
  const windowHalf = (p.from === undefined) !== (p.to === undefined);
  const backwards = p.from !== undefined && p.to !== undefined && p.from >= p.to;
  const mode = p.mode ?? 'event';
  return (
    <fieldset className="map-filters" aria-label={name ? `${name} filters` : 'Filters'}>
      {name ? <legend className="segment-name">{name}</legend> : null}
      <div className="toolbar">
        <FilterSelect
          label={`${prefix}Source`}
          value={p.source}
          options={segments?.sources ?? []}
          onChange={(source) => set({ source })}
        />
        <FilterSelect
          label={`${prefix}Branch`}
          value={p.branchId}
          options={(segments?.branches ?? []).map((b) => ({ value: b.id, label: b.name }))}
          onChange={(branchId) => set({ branchId })}
        />
        <FilterSelect
          label={`${prefix}Owner`}
          value={p.ownerId}
          options={(segments?.owners ?? []).map((o) => ({ value: o.id, label: o.name }))}
          onChange={(ownerId) => set({ ownerId })}
        />
        <FilterSelect
          label={`${prefix}${type === 'candidate' ? 'Job category' : 'Industry'}`}
          value={p.category}
          options={segments?.categories ?? []}
          onChange={(category) => set({ category })}
        />
        <label className="filter">
          <span>{prefix}From</span>
          <input
            type="date"
            value={p.from ?? ''}
            onChange={(e) => set({ from: e.target.value || undefined })}
            aria-describedby={`${id}-window`}
          />
        </label>
        <label className="filter">
          <span>{prefix}To (not included)</span>
          <input
            type="date"
            value={p.to ?? ''}
            onChange={(e) => set({ to: e.target.value || undefined })}
            aria-describedby={`${id}-window`}
          />
        </label>
        <div className="filter" role="radiogroup" aria-label={`${prefix}Window counts`}>
          <span>Window counts</span>
          <div className="segmented">
            {(['event', 'cohort'] as const).map((m) => (
              <label key={m} className={`segment-option${mode === m ? ' is-on' : ''}`}>
                <input
                  type="radio"
                  name={`${id}-mode`}
                  value={m}
                  checked={mode === m}
                  onChange={() => set({ mode: m })}
                />
                {m === 'event' ? 'Events' : 'Cohort'}
              </label>
            ))}
          </div>
        </div>
        {p.from || p.to ? (
          <button
            type="button"
            className="btn btn-small btn-ghost"
            onClick={() => set({ from: undefined, to: undefined, mode: undefined })}
          >
            {prefix}All time
          </button>
        ) : null}
      </div>
      <p id={`${id}-window`} className={`field-hint${windowHalf || backwards ? ' field-error' : ''}`}>
        {windowHalf
          ? 'Set both dates to use a window; until then the map covers all time.'
          : backwards
            ? 'The end must be after the start; until then the map covers all time.'
            : `${mode === 'event' ? 'Events' : 'Cohort'}: ${modeHelp[mode]}`}
      </p>
    </fieldset>
  );
}
