import { useFieldArray, useFormContext } from 'react-hook-form';
import { TextField } from './Field.tsx';
import { rowLabel } from './rows.ts';

interface WithContactPoints {
  emails?: { address: string; label?: string | undefined }[] | undefined;
  phones?: { number: string; label?: string | undefined }[] | undefined;
}

const emailKinds = ['work', 'personal', 'other'];
const phoneKinds = ['mobile', 'home', 'work', 'other'];

/** Emails or phone numbers of a person, as many rows as they have (up to five). */
export function ContactPointRows({ kind }: { kind: 'emails' | 'phones' }) {
  const { control, register, formState } = useFormContext<WithContactPoints>();
  const { fields, append, remove } = useFieldArray({ control, name: kind as 'emails' });
  const isEmail = kind === 'emails';
  const base = isEmail ? 'Email' : 'Phone';
  const errors = formState.errors[kind];
  const kinds = isEmail ? emailKinds : phoneKinds;
  return (
    <div className="rows">
      {fields.map((field, index) => {
        const rowErrors = errors?.[index] as
          | { address?: { message?: string }; number?: { message?: string }; label?: { message?: string } }
          | undefined;
        return (
          <div key={field.id} className="row-fields">
            <TextField
              label={rowLabel(base, index)}
              type={isEmail ? 'email' : 'tel'}
              fieldClass="grow"
              error={isEmail ? rowErrors?.address?.message : rowErrors?.number?.message}
              {...register(
                isEmail ? `emails.${index}.address` : (`phones.${index}.number` as 'emails.0.address'),
              )}
            />
            <div className="field field-narrow">
              <label htmlFor={`${field.id}-kind`}>{rowLabel('Kind', index)}</label>
              <select id={`${field.id}-kind`} {...register(`${kind}.${index}.label` as 'emails.0.label')}>
                {kinds.map((k) => (
                  <option key={k} value={k}>
                    {k}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="btn btn-ghost btn-small row-remove"
              onClick={() => remove(index)}
            >
              Remove<span className="visually-hidden"> {rowLabel(base.toLowerCase(), index)}</span>
            </button>
          </div>
        );
      })}
      {typeof errors?.message === 'string' ? <p className="field-error">{errors.message}</p> : null}
      {fields.length < 5 ? (
        <button
          type="button"
          className="btn btn-small"
          onClick={() =>
            append(
              (isEmail ? { address: '', label: 'work' } : { number: '', label: 'mobile' }) as {
                address: string;
                label: string;
              },
            )
          }
        >
          {isEmail ? 'Add email' : 'Add phone'}
        </button>
      ) : null}
    </div>
  );
}
