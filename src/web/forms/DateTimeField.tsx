import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';
import { localInputToIso } from '../lib/format.ts';
import { Field } from './Field.tsx';

const pad = (n: number) => String(n).padStart(2, '0');
/** An ISO instant as the local `YYYY-MM-DDTHH:mm` a datetime-local input shows. */
const toLocalInput = (iso: unknown) => {
  if (typeof iso !== 'string' || !iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
};

interface Props<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  hint?: string;
}

/**
 * A local date and time input whose form value is an ISO instant (what the API takes), so defaults and typed values
 * have one shape and validate the same way.
 */
export function DateTimeField<T extends FieldValues>({ control, name, label, hint }: Props<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field label={label} error={fieldState.error?.message} hint={hint}>
          {(ids) => (
            <input
              type="datetime-local"
              {...ids}
              ref={field.ref}
              name={field.name}
              value={toLocalInput(field.value)}
              onBlur={field.onBlur}
              onChange={(event) => field.onChange(localInputToIso(event.target.value))}
            />
          )}
        </Field>
      )}
    />
  );
}
