import { useForm } from 'react-hook-form';
import { createInterviewRequest, type SubmissionView } from '../../contract/index.ts';
import { interviewOutcomes } from '../../domain/interview.ts';
import { useApiMutation } from '../api/hooks.ts';
import { useUnsavedInput } from '../app/unsaved.ts';
import { Dialog } from '../components/Dialog.tsx';
import { toast } from '../components/toast.tsx';
import { emptyToNull } from '../forms/coerce.ts';
import { DateTimeField } from '../forms/DateTimeField.tsx';
import { DialogFooter } from '../forms/DialogFooter.tsx';
import { optionsOf, SelectField, TextAreaField, TextField } from '../forms/Field.tsx';
import { FormProblem } from '../forms/FormProblem.tsx';
import { formResolver } from '../forms/resolver.ts';
import { useServerErrors } from '../forms/use-server-errors.ts';
import { outcomeLabels } from '../lib/labels.ts';

interface Props {
  candidateId: string;
  kind: 'screening' | 'internal';
  submissions: SubmissionView[];
  onClose: () => void;
}

/** Records a screening or an internal interview and how it went. */
export function InterviewDialog({ candidateId, kind, submissions, onClose }: Props) {
  const form = useForm({
    resolver: formResolver(createInterviewRequest),
    mode: 'onChange',
    defaultValues: {
      candidateId,
      kind,
      submissionId: null,
      scheduledAt: new Date().toISOString(),
      interviewer: '',
      outcome: 'passed',
      notes: '',
    },
  });
  const mutation = useApiMutation('createInterview');
  const { problem, onError, clear } = useServerErrors(form, ['candidateId', 'kind']);
  const { errors, isDirty } = form.formState;
  useUnsavedInput(isDirty);
  const screening = kind === 'screening';

  const submit = form.handleSubmit(async (body) => {
    clear();
    try {
      await mutation.mutateAsync({ body });
      toast(screening ? 'Screening recorded' : 'Interview recorded');
      onClose();
    } catch (error) {
      onError(error);
    }
  });

  return (
    <Dialog title={screening ? 'Record a screening' : 'Record an interview'} onClose={onClose}>
      <form onSubmit={submit} noValidate className="stack">
        <div className="form-grid">
          <SelectField
            label="Outcome"
            options={optionsOf(interviewOutcomes, outcomeLabels)}
            error={errors.outcome?.message}
            {...form.register('outcome')}
          />
          <DateTimeField control={form.control} name="scheduledAt" label="When" />
          <TextField
            label="Interviewer"
            error={errors.interviewer?.message}
            {...form.register('interviewer')}
          />
          {submissions.length > 0 ? (
            <SelectField
              label="About job order"
              options={submissions.map((s) => ({
                value: s.id,
                label: `${s.jobOrder.name} — ${s.client.name}`,
              }))}
              empty="No particular job order"
              error={errors.submissionId?.message}
              {...form.register('submissionId', { setValueAs: emptyToNull })}
            />
          ) : null}
        </div>
        <TextAreaField label="Notes" error={errors.notes?.message} {...form.register('notes')} />
        <FormProblem problem={problem} />
        <DialogFooter
          submitLabel={screening ? 'Save screening' : 'Save interview'}
          pending={mutation.isPending}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
