import { useId, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import {
  type ActivityRow,
  builtInRow,
  type DefinitionForm,
  keyFromLabel,
  keyProblem,
  missingBuiltIns,
  type SubjectType,
} from './definition-editor.ts';
import { PickAndAdd } from './PickAndAdd.tsx';

interface Props {
  type: SubjectType;
  onAdd: (row: ActivityRow) => void;
}

/** Adds a firm's own activity (a key and a label), or puts back a built-in one the definition leaves out. */
export function AddActivity({ type, onAdd }: Props) {
  const id = useId();
  const { watch } = useFormContext<DefinitionForm>();
  const values = watch();
  const missing = missingBuiltIns(type, values);
  const [label, setLabel] = useState('');
  const [key, setKey] = useState('');
  const [keyEdited, setKeyEdited] = useState(false);
  const [tried, setTried] = useState(false);
  const effectiveKey = keyEdited ? key : keyFromLabel(label);
  const problem = keyProblem(type, effectiveKey, values);
  const labelProblem = label.trim() ? null : 'Enter a label';

  const addOwn = () => {
    setTried(true);
    if (problem || labelProblem) return;
    onAdd({ key: effectiveKey, label: label.trim(), stallDays: null, terminal: false });
    setLabel('');
    setKey('');
    setKeyEdited(false);
    setTried(false);
  };

  return (
    <div className="add-activity">
      <div className="row-fields">
        <div className="field grow">
          <label htmlFor={`${id}-label`}>New activity</label>
          <input
            id={`${id}-label`}
            value={label}
            placeholder="Reference check"
            maxLength={60}
            onChange={(e) => setLabel(e.target.value)}
            aria-invalid={tried && labelProblem ? true : undefined}
          />
          {tried && labelProblem ? <p className="field-error">{labelProblem}</p> : null}
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-key`}>Key</label>
          <input
            id={`${id}-key`}
            value={effectiveKey}
            placeholder="reference_check"
            maxLength={40}
            onChange={(e) => {
              setKeyEdited(true);
              setKey(e.target.value);
            }}
            aria-invalid={tried && problem ? true : undefined}
            aria-describedby={`${id}-key-hint`}
          />
          {tried && problem ? (
            <p id={`${id}-key-hint`} className="field-error">
              {problem}
            </p>
          ) : (
            <p id={`${id}-key-hint`} className="field-hint">
              lower_snake_case; stored on each touchpoint, so it cannot change later
            </p>
          )}
        </div>
        <button type="button" className="btn" onClick={addOwn}>
          Add activity
        </button>
      </div>
      {missing.length > 0 ? (
        <PickAndAdd
          label="Built-in activity left out"
          options={missing}
          action="Add back"
          onAdd={(key) => onAdd(builtInRow(type, key))}
        />
      ) : null}
    </div>
  );
}
