import { useFieldArray, useFormContext } from 'react-hook-form';
import { skillLevels } from '../../../domain/candidate.ts';
import { emptyToNull, numberOrNull } from '../../forms/coerce.ts';
import { optionsOf, SelectField, TextField } from '../../forms/Field.tsx';
import { rowLabel } from '../../forms/rows.ts';
import { skillLevelLabels } from '../../lib/labels.ts';

interface WithSkills {
  skills?:
    | { name: string; years?: number | null | undefined; level?: string | null | undefined }[]
    | undefined;
}

/** A candidate's skills: name, years of experience and level, as many rows as needed. */
export function SkillRows() {
  const { control, register, formState } = useFormContext<WithSkills>();
  const { fields, append, remove } = useFieldArray({ control, name: 'skills' });
  const errors = formState.errors.skills;
  return (
    <div className="rows">
      {fields.map((field, index) => (
        <div key={field.id} className="row-fields">
          <TextField
            label={rowLabel('Skill', index)}
            fieldClass="grow"
            error={errors?.[index]?.name?.message}
            {...register(`skills.${index}.name`)}
          />
          <TextField
            label={rowLabel('Years', index)}
            type="number"
            step="0.5"
            min="0"
            fieldClass="field-narrow"
            error={errors?.[index]?.years?.message}
            {...register(`skills.${index}.years`, { setValueAs: numberOrNull })}
          />
          <SelectField
            label={rowLabel('Level', index)}
            options={optionsOf(skillLevels, skillLevelLabels)}
            empty="—"
            fieldClass="field-narrow"
            error={errors?.[index]?.level?.message}
            {...register(`skills.${index}.level`, { setValueAs: emptyToNull })}
          />
          <button type="button" className="btn btn-ghost btn-small row-remove" onClick={() => remove(index)}>
            Remove<span className="visually-hidden"> {rowLabel('skill', index)}</span>
          </button>
        </div>
      ))}
      {typeof errors?.message === 'string' ? <p className="field-error">{errors.message}</p> : null}
      <button
        type="button"
        className="btn btn-small"
        onClick={() => append({ name: '', years: null, level: null })}
      >
        Add skill
      </button>
    </div>
  );
}
