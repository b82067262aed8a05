import { useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  type SaveTemplateRequest,
  saveTemplateRequest,
  type TemplateList,
  type TemplateView,
} from '../../../contract/messages.ts';
import { useApi, useApiMutation } from '../../api/hooks.ts';
import { useUnsavedInput } from '../../app/unsaved.ts';
import { Badge } from '../../components/Badge.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { Section } from '../../components/Section.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { toast } from '../../components/toast.tsx';
import { DialogFooter } from '../../forms/DialogFooter.tsx';
import { TextAreaField, TextField } from '../../forms/Field.tsx';
import { FormProblem } from '../../forms/FormProblem.tsx';
import { formResolver } from '../../forms/resolver.ts';
import { useServerErrors } from '../../forms/use-server-errors.ts';
import { messageChannelLabels } from '../messages/message-text.ts';

const audienceLabels = { candidate: 'Candidates', contact: 'Client contacts', staff: 'Staff' } as const;

/** The firm's message templates: read by everyone, changed by admins. */
export function TemplatesSection({ canEdit }: { canEdit: boolean }) {
  const templates = useApi('listTemplates', {});
  const [open, setOpen] = useState<string | null>(null);
  const current = templates.data?.items.find((t) => t.key === open);
  return (
    <Section title="Templates" id="templates" count={templates.data?.items.length}>
      {templates.isPending ? (
        <Loading />
      ) : templates.error ? (
        <ErrorState error={templates.error} retry={() => templates.refetch()} />
      ) : (
        <table className="table table-compact">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Channel</th>
              <th scope="col">For</th>
              <th scope="col">Subject</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {templates.data.items.map((t) => (
              <tr key={t.key}>
                <td className="cell-primary">
                  {t.name} {t.custom ? <Badge tone="active">Changed</Badge> : null}
                </td>
                <td>{messageChannelLabels[t.channel]}</td>
                <td>{audienceLabels[t.audience]}</td>
                <td className="cell-clip">{t.subject || '—'}</td>
                <td className="cell-actions">
                  <button type="button" className="btn-link" onClick={() => setOpen(t.key)}>
                    {canEdit ? 'Edit' : 'View'}
                    <span className="visually-hidden"> {t.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {current && templates.data ? (
        <TemplateDialog
          key={`${current.key}-${current.version}`}
          template={current}
          mergeFields={templates.data.mergeFields}
          canEdit={canEdit}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </Section>
  );
}

interface DialogProps {
  template: TemplateView;
  mergeFields: TemplateList['mergeFields'];
  canEdit: boolean;
  onClose: () => void;
}

function TemplateDialog({ template, mergeFields, canEdit, onClose }: DialogProps) {
  const form = useForm<SaveTemplateRequest>({
    resolver: formResolver(saveTemplateRequest),
    defaultValues: {
      name: template.name,
      subject: template.subject ?? '',
      body: template.body,
      version: template.version,
    },
  });
  const mutation = useApiMutation('saveTemplate');
  const { problem, onError, clear } = useServerErrors(form, ['version']);
  const { errors, isDirty } = form.formState;
  useUnsavedInput(isDirty);
  const submit = form.handleSubmit(async (body) => {
    clear();
    try {
      await mutation.mutateAsync({
        params: { key: template.key },
        body: { ...body, subject: template.channel === 'email' ? body.subject : undefined },
      });
      toast(`Template saved: ${body.name}`);
      onClose();
    } catch (error) {
      onError(error);
    }
  });
  return (
    <Dialog title={`${canEdit ? 'Edit' : 'Template'}: ${template.name}`} onClose={onClose} wide>
      <div className="template-grid">
        <form onSubmit={submit} noValidate className="stack">
          <TextField
            label="Name"
            readOnly={!canEdit}
            error={errors.name?.message}
            {...form.register('name')}
          />
          {template.channel === 'email' ? (
            <TextField
              label="Subject"
              readOnly={!canEdit}
              error={errors.subject?.message}
              {...form.register('subject')}
            />
          ) : null}
          <TextAreaField
            label="Text"
            rows={14}
            readOnly={!canEdit}
            error={errors.body?.message}
            {...form.register('body')}
          />
          <FormProblem problem={problem} />
          {canEdit ? (
            <DialogFooter submitLabel="Save template" pending={mutation.isPending} onCancel={onClose} />
          ) : (
            <div className="form-footer">
              <button type="button" className="btn" onClick={onClose}>
                Close
              </button>
            </div>
          )}
        </form>
        <section aria-label="Merge fields" className="stack">
          <h3>Merge fields</h3>
          <p className="muted">Written in double braces, filled in for each person and job order.</p>
          <ul className="merge-fields">
            {mergeFields.map((f) => (
              <li key={f.key}>
                <code>{`{{${f.key}}}`}</code> {f.label}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </Dialog>
  );
}
