import { useForm } from 'react-hook-form';
import { createAssessmentRequest } from '../../contract/index.ts';
import { useApiMutation } from '../api/hooks.ts';
import { useUnsavedInput } from '../app/unsaved.ts';
import { Dialog } from '../components/Dialog.tsx';
import { toast } from '../components/toast.tsx';
import { numberOrNull } from '../forms/coerce.ts';
import { DialogFooter } from '../forms/DialogFooter.tsx';
import { SelectField, TextAreaField, TextField } from '../forms/Field.tsx';
import { FormProblem } from '../forms/FormProblem.tsx';
import { formResolver } from '../forms/resolver.ts';
import { useServerErrors } from '../forms/use-server-errors.ts';
import { todayIso } from '../lib/format.ts';

// A select holds strings; the API's `passed` is true, false or null (not recorded).
const passedFromSelect = (value: unknown) => (value === 'true' ? true : value === 'false' ? false : null);

/** Records a test or assessment a candidate took. */
export function AssessmentDialog({ candidateId, onClose }: { candidateId: string; onClose: () => void }) {
  const form = useForm({
    resolver: formResolver(createAssessmentRequest),
    mode: 'onChange',
    defaultValues: {
      candidateId,
      name: '',
      score: null,
      maxScore: null,
      passed: null,
      takenOn: todayIso(),
      notes: '',
    },
  });
  const mutation = useApiMutation('createAssessment');
  const { problem, onError, clear } = useServerErrors(form, ['candidateId']);
  const { errors, isDirty } = form.formState;
  useUnsavedInput(isDirty);

  const submit = form.handleSubmit(async (body) => {
    clear();
    try {
      await mutation.mutateAsync({ body });
      toast('Test recorded');
      onClose();
    } catch (error) {
      onError(error);
    }
  });

  return (
    <Dialog title="Record a test" onClose={onClose}>
      <form onSubmit={submit} noValidate className="stack">
        <TextField label="Test name" autoFocus error={errors.name?.message} {...form.register('name')} />
        <div className="form-grid">
          <TextField
            label="Score"
            type="number"
            step="any"
            min="0"
            error={errors.score?.message}
            {...form.register('score', { setValueAs: numberOrNull, deps: ['maxScore'] })}
          />
          <TextField
            label="Out of"
            type="number"
            step="any"
            min="0"
            error={errors.maxScore?.message}
            {...form.register('maxScore', { setValueAs: numberOrNull, deps: ['score'] })}
          />
          <SelectField
            label="Result"
            options={[
              { value: 'true', label: 'Passed' },
              { value: 'false', label: 'Failed' },
            ]}
            empty="Not recorded"
            error={errors.passed?.message}
            {...form.register('passed', { setValueAs: passedFromSelect })}
          />
          <TextField
            label="Taken on"
            type="date"
            error={errors.takenOn?.message}
            {...form.register('takenOn')}
          />
        </div>
        <TextAreaField label="Notes" error={errors.notes?.message} {...form.register('notes')} />
        <FormProblem problem={problem} />
        <DialogFooter submitLabel="Save test" pending={mutation.isPending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
