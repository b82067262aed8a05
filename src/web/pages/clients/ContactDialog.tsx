import { FormProvider, type Resolver, useForm } from 'react-hook-form';
import type { z } from 'zod';
import {
  type ContactDetail,
  contactRoles,
  createContactRequest,
  type UpdateContactRequest,
  updateContactRequest,
} from '../../../contract/index.ts';
import { call } from '../../api/client.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { useUnsavedInput } from '../../app/unsaved.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { toast } from '../../components/toast.tsx';
import { ContactPointRows } from '../../forms/ContactPointRows.tsx';
import { emptyToUndefined } from '../../forms/coerce.ts';
import { DialogFooter } from '../../forms/DialogFooter.tsx';
import { blankWhenEmpty, withBlankRowsDropped } from '../../forms/drop-blank-rows.ts';
import { optionsOf, SelectField, TextAreaField, TextField } from '../../forms/Field.tsx';
import { FormProblem } from '../../forms/FormProblem.tsx';
import { formResolver } from '../../forms/resolver.ts';
import { changedFields } from '../../forms/server-issues.ts';
import { useServerErrors } from '../../forms/use-server-errors.ts';
import { contactRoleLabels } from '../../lib/labels.ts';

type Values = z.input<typeof createContactRequest> & { version?: number; active?: boolean };
type Output = z.output<typeof createContactRequest> & { version?: number; active?: boolean };

const toValues = (c?: ContactDetail): Values =>
  c
    ? {
        version: c.version,
        active: c.active,
        firstName: c.firstName,
        lastName: c.lastName,
        title: c.title ?? '',
        role: c.role,
        emails: c.emails.length ? c.emails : [{ address: '', label: 'work' }],
        phones: c.phones.length ? c.phones : [{ number: '', label: 'work' }],
        notes: c.notes ?? '',
      }
    : {
        firstName: '',
        lastName: '',
        title: '',
        role: 'hiring_manager',
        emails: [{ address: '', label: 'work' }],
        phones: [{ number: '', label: 'work' }],
        notes: '',
      };

interface Props {
  clientId: string;
  contact?: ContactDetail;
  onClose: () => void;
}

/** Adds a contact person to a client, or corrects one. */
export function ContactDialog({ clientId, contact, onClose }: Props) {
  const initial = toValues(contact);
  const schema = contact ? updateContactRequest : createContactRequest;
  const form = useForm<Values, unknown, Output>({
    resolver: withBlankRowsDropped(
      // Same field names in both schemas; an update adds version and active.
      formResolver(schema) as unknown as Resolver<Values, unknown, Output>,
      { emails: blankWhenEmpty('address'), phones: blankWhenEmpty('number') },
    ),
    mode: 'onChange',
    defaultValues: initial,
  });
  const create = useApiMutation('createContact');
  const update = useApiMutation('updateContact');
  const { problem, onError, clear } = useServerErrors(form);
  const { errors, isDirty, isSubmitting } = form.formState;
  useUnsavedInput(isDirty);

  const submit = form.handleSubmit(async (values) => {
    clear();
    try {
      if (contact) {
        // Rows dropped as blank make the arrays differ from what was loaded; compare against that shape.
        const body = changedFields(values, initial, ['version']) as UpdateContactRequest;
        await update.mutateAsync({ params: { id: contact.id }, body });
        toast('Contact saved');
      } else {
        const { version: _v, active: _a, ...body } = values;
        const created = await create.mutateAsync({ params: { id: clientId }, body });
        toast(`${created.firstName} ${created.lastName} added`);
      }
      onClose();
    } catch (error) {
      onError(error);
    }
  });

  const reloadLatest = contact
    ? async () => {
        const latest = await call('getContact', { params: { id: contact.id } });
        form.setValue('version', latest.version);
        clear();
      }
    : undefined;

  return (
    <Dialog
      title={contact ? `Edit ${contact.firstName} ${contact.lastName}` : 'Add contact'}
      onClose={onClose}
    >
      <FormProvider {...form}>
        <form onSubmit={submit} noValidate className="stack">
          <div className="form-grid">
            <TextField
              label="First name"
              autoFocus
              error={errors.firstName?.message}
              {...form.register('firstName')}
            />
            <TextField label="Last name" error={errors.lastName?.message} {...form.register('lastName')} />
            <TextField label="Job title" error={errors.title?.message} {...form.register('title')} />
            <SelectField
              label="Role"
              options={optionsOf(contactRoles, contactRoleLabels)}
              error={errors.role?.message}
              {...form.register('role', { setValueAs: emptyToUndefined })}
            />
          </div>
          <ContactPointRows kind="emails" />
          <ContactPointRows kind="phones" />
          <TextAreaField label="Notes" rows={3} error={errors.notes?.message} {...form.register('notes')} />
          {contact ? (
            <label className="checkbox">
              <input type="checkbox" {...form.register('active')} />
              Still works there (active)
            </label>
          ) : null}
          <FormProblem problem={problem} onReloadLatest={reloadLatest} />
          <DialogFooter submitLabel="Save contact" pending={isSubmitting} onCancel={onClose} />
        </form>
      </FormProvider>
    </Dialog>
  );
}
