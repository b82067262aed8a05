import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormProvider, useFieldArray, useForm } from 'react-hook-form';
import {
  type JourneyDefinitionView,
  type SaveJourneyDefinitionInput,
  saveJourneyDefinitionRequest,
} from '../../../contract/index.ts';
import { call } from '../../api/client.ts';
import { ApiError, errorMessage } from '../../api/errors.ts';
import { apiKey, useApiMutation } from '../../api/hooks.ts';
import { useUnsavedInput } from '../../app/unsaved.ts';
import { toast } from '../../components/toast.tsx';
import { FormProblem } from '../../forms/FormProblem.tsx';
import { formResolver } from '../../forms/resolver.ts';
import { useServerErrors } from '../../forms/use-server-errors.ts';
import { ActivityTable } from './ActivityTable.tsx';
import { AddActivity } from './AddActivity.tsx';
import { type DefinitionForm, formOf, type SubjectType } from './definition-editor.ts';
import { StageList } from './StageList.tsx';

interface Props {
  type: SubjectType;
  loaded: JourneyDefinitionView;
}

/**
 * The definition as a form: activities (label, stall days, terminal), adding and leaving out activities, the funnel's
 * stages in order. Saving names the version it was based on; if someone saved first, the edits stay and the admin
 * chooses: load theirs, or keep these edits on top of it.
 */
export function DefinitionEditor({ type, loaded }: Props) {
  const form = useForm<DefinitionForm, unknown, SaveJourneyDefinitionInput>({
    resolver: formResolver(saveJourneyDefinitionRequest),
    mode: 'onChange',
    defaultValues: formOf(loaded),
  });
  const activities = useFieldArray({ control: form.control, name: 'activities' });
  const save = useApiMutation('saveJourneyDefinition');
  const queryClient = useQueryClient();
  const { problem, onError, clear } = useServerErrors(form, ['basedOn']);
  const [conflict, setConflict] = useState<string | null>(null);
  const [latest, setLatest] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const { isDirty, errors } = form.formState;
  useUnsavedInput(isDirty);

  const submit = form.handleSubmit(async (body) => {
    clear();
    setConflict(null);
    try {
      const saved = await save.mutateAsync({ params: { type }, body });
      toast(`Definition saved as version ${saved.version}`);
      form.reset(formOf(saved));
      queryClient.setQueryData(apiKey('journeyDefinition', { params: { type } }), saved);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.issues.length === 0) {
        setConflict(error.message);
        // The history shows who saved first.
        void queryClient.invalidateQueries({ queryKey: ['api', 'journeyDefinitions'] });
        return;
      }
      onError(error);
    }
  });

  /** Fetches the latest version; `keepEdits`: rebase these edits on it, else show it instead of them. */
  const loadLatest = async (keepEdits: boolean) => {
    setLatest({ busy: true, error: null });
    try {
      const fresh = await call('journeyDefinition', { params: { type } });
      setConflict(null);
      setLatest({ busy: false, error: null });
      if (keepEdits) form.setValue('basedOn', fresh.version, { shouldDirty: true });
      // The page shows the latest version: a fresh form of it replaces this one.
      else queryClient.setQueryData(apiKey('journeyDefinition', { params: { type } }), fresh);
    } catch (error) {
      setLatest({ busy: false, error: errorMessage(error) });
    }
  };

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="stack record-form definition-form">
        <p className="muted">
          Editing version {form.watch('basedOn')}
          {loaded.editedBy
            ? `, saved by ${loaded.editedBy.name}`
            : loaded.version === 0
              ? ", Waypoint's default"
              : ''}
          .
        </p>
        <fieldset>
          <legend>Activities</legend>
          <ActivityTable
            type={type}
            fields={activities.fields}
            onRemove={(index) => activities.remove(index)}
          />
          {errors.activities?.root?.message || errors.activities?.message ? (
            <p className="field-error">{errors.activities?.root?.message ?? errors.activities?.message}</p>
          ) : null}
          <AddActivity type={type} onAdd={(row) => activities.append(row)} />
        </fieldset>
        <fieldset>
          <legend>Funnel stages, in order</legend>
          <StageList />
        </fieldset>
        <FormProblem problem={problem} />
        {conflict ? (
          <div className="form-problem form-problem-conflict" role="alert">
            <p>{conflict || 'Someone else saved the definition first.'}</p>
            <p>Your edits are still in the form.</p>
            <div className="row-gap">
              <button type="button" className="btn" disabled={latest.busy} onClick={() => loadLatest(false)}>
                Load latest
              </button>
              <button type="button" className="btn" disabled={latest.busy} onClick={() => loadLatest(true)}>
                Keep my edits on top of the latest
              </button>
            </div>
            {latest.error ? <p className="field-error">{latest.error}</p> : null}
          </div>
        ) : null}
        <div className="form-footer">
          <button
            type="button"
            className="btn"
            disabled={!isDirty || save.isPending}
            onClick={() => {
              form.reset(formOf(loaded));
              clear();
              setConflict(null);
            }}
          >
            Discard changes
          </button>
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save definition'}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
