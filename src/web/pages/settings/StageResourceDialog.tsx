/**
 * @module Adds or changes one resource of the status page (admins). A change names the version read; when someone
 * else changed it meanwhile the form keeps what was typed, the list behind refreshes, and the latest version can be
 * loaded under the typed values.
 */
import { type Resolver, useForm } from 'react-hook-form';
import type { z } from 'zod';
import {
  createStageResourceRequest,
  type StageResourceView,
  type UpdateStageResourceRequest,
  updateStageResourceRequest,
} from '../../../contract/index.ts';
import { submissionStatuses } from '../../../domain/submission.ts';
import { isStale } from '../../api/errors.ts';
import { useApi, useApiMutation } from '../../api/hooks.ts';
import { useUnsavedInput } from '../../app/unsaved.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { toast } from '../../components/toast.tsx';
import { DialogFooter } from '../../forms/DialogFooter.tsx';
import { optionsOf, SelectField, TextAreaField, TextField } from '../../forms/Field.tsx';
import { FormProblem } from '../../forms/FormProblem.tsx';
import { formResolver } from '../../forms/resolver.ts';
import { changedFields } from '../../forms/server-issues.ts';
import { useServerErrors } from '../../forms/use-server-errors.ts';
import { submissionStatusLabels } from '../../lib/labels.ts';

type Values = z.input<typeof createStageResourceRequest> & { version?: number };
type Output = z.output<typeof createStageResourceRequest> & { version?: number };

interface Props {
  /** The resource to change; absent to add one. */
  resource?: StageResourceView;
  onClose: () => void;
  /** Reloads the list behind the dialog (someone else changed or removed the resource). */
  onStale: () => void;
}

const toValues = (r?: StageResourceView): Values =>
  r
    ? { version: r.version, stage: r.stage, title: r.title, url: r.url ?? '', body: r.body ?? '' }
    : { stage: 'applied', title: '', url: '', body: '' };

/** The add / edit form of a status page resource, in a dialog. */
export function StageResourceDialog({ resource, onClose, onStale }: Props) {
  const initial = toValues(resource);
  const schema = resource ? updateStageResourceRequest : createStageResourceRequest;
  const form = useForm<Values, unknown, Output>({
    // The two schemas share field names; a change adds the version.
    resolver: formResolver(schema) as unknown as Resolver<Values, unknown, Output>,
    defaultValues: initial,
  });
  const create = useApiMutation('createStageResource');
  const update = useApiMutation('updateStageResource');
  const { problem, onError, clear } = useServerErrors(form);
  const { errors, isDirty, isSubmitting } = form.formState;
  useUnsavedInput(isDirty);

  const submit = form.handleSubmit(async (values) => {
    clear();
    try {
      if (resource) {
        const body = changedFields(values, initial, ['version']) as UpdateStageResourceRequest;
        await update.mutateAsync({ params: { id: resource.id }, body });
        toast(`Resource saved: ${values.title}`);
      } else {
        const { version: _version, ...body } = values;
        await create.mutateAsync({ body });
        toast(`Resource added: ${values.title}`);
      }
      onClose();
    } catch (error) {
      onError(error);
      if (isStale(error)) onStale();
    }
  });

  // The page's list, as the cache holds it: refused as stale, the save had the page read it again (onStale), so
  // "Load latest" takes the version from that read (waiting while it runs) instead of asking a second time.
  const list = useApi('listStageResources', {}, { enabled: false });
  const reloadLatest = resource
    ? () => {
        const latest = list.data?.items.find((item) => item.id === resource.id);
        if (latest) form.setValue('version', latest.version);
        clear();
      }
    : undefined;

  return (
    <Dialog title={resource ? `Edit resource: ${resource.title}` : 'Add a resource'} onClose={onClose}>
      <form onSubmit={submit} noValidate className="stack">
        <SelectField
          label="Stage"
          options={optionsOf(submissionStatuses, submissionStatusLabels)}
          hint="Candidates see it on their status page while an application is at this stage"
          error={errors.stage?.message}
          {...form.register('stage')}
        />
        <TextField label="Title" autoFocus error={errors.title?.message} {...form.register('title')} />
        <TextField
          label="Link"
          inputMode="url"
          placeholder="https://"
          hint="Optional: a web address starting with https:// or http://"
          error={errors.url?.message}
          {...form.register('url')}
        />
        <TextAreaField label="Text" hint="Optional" error={errors.body?.message} {...form.register('body')} />
        <FormProblem problem={problem} onReloadLatest={reloadLatest} reloading={list.isFetching} />
        <DialogFooter
          submitLabel={resource ? 'Save resource' : 'Add resource'}
          pending={isSubmitting}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
