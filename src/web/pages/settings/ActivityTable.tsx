import { type FieldArrayWithId, useFormContext } from 'react-hook-form';
import { numberOrNull } from '../../forms/coerce.ts';
import { type DefinitionForm, isBuiltIn, type SubjectType } from './definition-editor.ts';

interface Props {
  type: SubjectType;
  fields: FieldArrayWithId<DefinitionForm, 'activities', 'id'>[];
  onRemove: (index: number) => void;
}

/** The definition's activities: each label, stall threshold and whether it ends a journey; removable. */
export function ActivityTable({ type, fields, onRemove }: Props) {
  const { register, formState, watch, setValue, getValues } = useFormContext<DefinitionForm>();
  const errors = formState.errors.activities;
  return (
    <table className="table table-compact definition-table">
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">Label</th>
          <th scope="col">Stalls after (days)</th>
          <th scope="col">Ends the journey</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field, index) => {
          const key = field.key;
          const terminal = watch(`activities.${index}.terminal`);
          const rowErrors = errors?.[index];
          const builtIn = isBuiltIn(type, key);
          const name = getValues(`activities.${index}.label`) || key;
          return (
            <tr key={field.id}>
              <td>
                <code>{key}</code>
                {builtIn ? null : <span className="muted"> · the firm's own</span>}
                {rowErrors?.key?.message ? <p className="field-error">{rowErrors.key.message}</p> : null}
              </td>
              <td>
                <input
                  className="input"
                  aria-label={`Label of ${key}`}
                  aria-invalid={rowErrors?.label ? true : undefined}
                  {...register(`activities.${index}.label`)}
                />
                {rowErrors?.label?.message ? <p className="field-error">{rowErrors.label.message}</p> : null}
              </td>
              <td>
                <input
                  className="input input-narrow"
                  type="number"
                  min={1}
                  max={3650}
                  placeholder="never"
                  aria-label={`Stall days of ${key}`}
                  aria-invalid={rowErrors?.stallDays ? true : undefined}
                  disabled={terminal}
                  {...register(`activities.${index}.stallDays`, { setValueAs: numberOrNull })}
                />
                {rowErrors?.stallDays?.message ? (
                  <p className="field-error">{rowErrors.stallDays.message}</p>
                ) : null}
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${key} ends the journey`}
                  {...register(`activities.${index}.terminal`, {
                    // A journey that has ended never stalls: its threshold goes.
                    onChange: (event: { target: { checked: boolean } }) => {
                      if (event.target.checked)
                        setValue(`activities.${index}.stallDays`, null, {
                          shouldDirty: true,
                          shouldValidate: true,
                        });
                    },
                  })}
                />
              </td>
              <td className="cell-actions">
                <button
                  type="button"
                  className="btn-link danger"
                  aria-label={`${builtIn ? 'Leave out' : 'Remove'} ${name}`}
                  onClick={() => {
                    // Out of the definition is out of the funnel too.
                    setValue(
                      'stages',
                      getValues('stages').filter((s) => s !== key),
                      { shouldDirty: true },
                    );
                    onRemove(index);
                  }}
                >
                  {builtIn ? 'Leave out' : 'Remove'}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
