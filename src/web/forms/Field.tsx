import { type ComponentProps, type ReactNode, useId } from 'react';

interface ControlIds {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  className?: string | undefined;
  children: (ids: ControlIds) => ReactNode;
}

/** A labelled control with its error underneath; the label is bound to the control so it is its accessible name. */
export function Field({ label, error, hint, className, children }: FieldProps) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {hint && !error ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Marks a control that asks for focus, so a `Dialog` can focus it once it is open: React's `autoFocus` fires while
 * the dialog is still closed, and showModal then focuses the first focusable element instead.
 */
const autofocusMark = (autoFocus: boolean | undefined) => (autoFocus ? { 'data-autofocus': '' } : {});

type Common = { label: string; error?: string | undefined; hint?: string | undefined; fieldClass?: string };

/** A labelled `<input>`; pass `register(...)` props straight in. */
export function TextField({ label, error, hint, fieldClass, ...input }: Common & ComponentProps<'input'>) {
  return (
    <Field label={label} error={error} hint={hint} className={fieldClass}>
      {(ids) => <input type="text" {...input} {...ids} {...autofocusMark(input.autoFocus)} />}
    </Field>
  );
}

/** A labelled `<textarea>`. */
export function TextAreaField({
  label,
  error,
  hint,
  fieldClass,
  ...input
}: Common & ComponentProps<'textarea'>) {
  return (
    <Field label={label} error={error} hint={hint} className={fieldClass}>
      {(ids) => <textarea rows={4} {...input} {...ids} {...autofocusMark(input.autoFocus)} />}
    </Field>
  );
}

interface Option {
  value: string;
  label: string;
}

/** A labelled `<select>`; `empty` adds a first option meaning "none". */
export function SelectField({
  label,
  error,
  hint,
  fieldClass,
  options,
  empty,
  ...select
}: Common & ComponentProps<'select'> & { options: readonly Option[]; empty?: string }) {
  return (
    <Field label={label} error={error} hint={hint} className={fieldClass}>
      {(ids) => (
        <select {...select} {...ids} {...autofocusMark(select.autoFocus)}>
          {empty !== undefined ? <option value="">{empty}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Options for a select from an enum and its label table. */
export const optionsOf = (values: readonly string[], labels?: Record<string, string>): Option[] =>
  values.map((value) => ({ value, label: labels?.[value] ?? value }));
