import { useFormContext } from 'react-hook-form';
import {
  addStage,
  type DefinitionForm,
  moveItem,
  removeStage,
  stageCandidates,
} from './definition-editor.ts';
import { PickAndAdd } from './PickAndAdd.tsx';

/** The funnel's stages in order: move up or down, remove, add from the definition's activities. */
export function StageList() {
  const { watch, setValue, formState } = useFormContext<DefinitionForm>();
  const values = watch();
  const stages = values.stages;
  const labels = new Map(values.activities.map((a) => [a.key, a.label || a.key]));
  const label = (key: string) => labels.get(key) ?? key;
  const candidates = stageCandidates(values);
  const errors = formState.errors.stages;
  const set = (next: string[]) => setValue('stages', next, { shouldDirty: true, shouldValidate: true });

  return (
    <div className="stack">
      <ol className="stage-list" aria-label="Stages">
        {stages.map((key, index) => (
          <li key={key} className="stage-row">
            <span className="funnel-stage" aria-hidden="true">
              {index + 1}
            </span>
            <span className="grow">{label(key)}</span>
            <button
              type="button"
              className="btn btn-small"
              disabled={index === 0}
              aria-label={`Move ${label(key)} up`}
              onClick={() => set(moveItem(stages, index, -1))}
            >
              ↑
            </button>
            <button
              type="button"
              className="btn btn-small"
              disabled={index === stages.length - 1}
              aria-label={`Move ${label(key)} down`}
              onClick={() => set(moveItem(stages, index, 1))}
            >
              ↓
            </button>
            <button
              type="button"
              className="btn-link danger"
              aria-label={`Remove ${label(key)} from the stages`}
              onClick={() => set(removeStage(stages, index))}
            >
              Remove
            </button>
            {errors?.[index]?.message ? (
              <p className="field-error stage-error">{errors[index]?.message}</p>
            ) : null}
          </li>
        ))}
      </ol>
      {stages.length === 0 ? <p className="muted">No stages: the map shows no funnel.</p> : null}
      {errors?.message || errors?.root?.message ? (
        <p className="field-error">{errors.message ?? errors.root?.message}</p>
      ) : null}
      {candidates.length > 0 ? (
        <PickAndAdd
          label="Activity to add as a stage"
          options={candidates.map((a) => ({ key: a.key, label: a.label || a.key }))}
          action="Add stage"
          onAdd={(key) => set(addStage(stages, key))}
        />
      ) : null}
    </div>
  );
}
