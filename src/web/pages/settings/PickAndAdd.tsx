import { useId, useState } from 'react';

interface Props {
  label: string;
  options: readonly { key: string; label: string }[];
  action: string;
  onAdd: (key: string) => void;
}

/** A choice from a list and a button that adds it (the choice clears once added). */
export function PickAndAdd({ label, options, action, onAdd }: Props) {
  const id = useId();
  const [chosen, setChosen] = useState('');
  return (
    <div className="row-fields">
      <div className="field grow">
        <label htmlFor={id}>{label}</label>
        <select id={id} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">Choose one…</option>
          {options.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="btn"
        disabled={!chosen}
        onClick={() => {
          onAdd(chosen);
          setChosen('');
        }}
      >
        {action}
      </button>
    </div>
  );
}
