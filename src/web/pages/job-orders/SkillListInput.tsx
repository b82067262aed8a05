import { useState } from 'react';
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';
import { Field } from '../../forms/Field.tsx';

const split = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

interface Props<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
}

/**
 * A list of skills typed as "forklift, reach truck, WMS". The text is kept as typed (a trailing comma and space
 * survive) while the form value is the list.
 */
export function SkillListInput<T extends FieldValues>({ control, name, label }: Props<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <SkillText
          label={label}
          value={(field.value as string[] | undefined) ?? []}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={fieldState.error?.message ?? firstItemError(fieldState.error)}
        />
      )}
    />
  );
}

function firstItemError(error: unknown): string | undefined {
  if (!Array.isArray(error)) return undefined;
  const first = error.find(Boolean) as { message?: string } | undefined;
  return first?.message;
}

function SkillText(props: {
  label: string;
  value: string[];
  onChange: (value: string[]) => void;
  onBlur: () => void;
  error: string | undefined;
}) {
  const [text, setText] = useState(props.value.join(', '));
  return (
    <Field label={props.label} error={props.error} hint="Separate with commas" className="span-2">
      {(ids) => (
        <input
          {...ids}
          value={text}
          onBlur={props.onBlur}
          onChange={(event) => {
            setText(event.target.value);
            props.onChange(split(event.target.value));
          }}
        />
      )}
    </Field>
  );
}
