import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

interface Option {
  id: string;
  title: string;
  detail?: string;
  disabledReason?: string;
}

interface Props {
  legend: string;
  options: Option[];
  register: UseFormRegisterReturn;
  error?: string | undefined;
  status?: ReactNode;
}

/** Search results to choose one from, as radio buttons so the keyboard and screen readers work as usual. */
export function PickList({ legend, options, register, error, status }: Props) {
  return (
    <fieldset className="pick-list" aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {status}
      <ul>
        {options.map((option) => (
          <li key={option.id}>
            <label className={option.disabledReason ? 'pick-disabled' : undefined}>
              <input type="radio" value={option.id} disabled={Boolean(option.disabledReason)} {...register} />
              <span className="pick-title">{option.title}</span>
              {option.detail ? <span className="pick-detail">{option.detail}</span> : null}
              {option.disabledReason ? <span className="pick-detail">({option.disabledReason})</span> : null}
            </label>
          </li>
        ))}
      </ul>
      {error ? <p className="field-error">{error}</p> : null}
    </fieldset>
  );
}
