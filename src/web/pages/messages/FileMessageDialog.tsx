import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { MessageView } from '../../../contract/messages.ts';
import { PickList } from '../../actions/PickList.tsx';
import { useApi, useApiMutation } from '../../api/hooks.ts';
import { useUnsavedInput } from '../../app/unsaved.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { toast } from '../../components/toast.tsx';
import { DialogFooter } from '../../forms/DialogFooter.tsx';
import { FormProblem } from '../../forms/FormProblem.tsx';
import { useServerErrors } from '../../forms/use-server-errors.ts';
import { useDebounced } from '../../lib/use-debounced.ts';

interface Props {
  message: MessageView;
  onClose: () => void;
}

const kindLabel = { candidate: 'Candidate', contact: 'Contact' } as const;

/** Files a message from an unknown address on a candidate's or a client contact's timeline, found by search. */
export function FileMessageDialog({ message, onClose }: Props) {
  const [search, setSearch] = useState(message.from ?? '');
  const q = useDebounced(search.trim(), 200);
  const results = useApi(
    'search',
    { query: { q, limit: 20 } },
    { enabled: q.length > 0, placeholderData: (previous) => previous },
  );
  const hits = (results.data?.items ?? []).filter((h) => h.type === 'candidate' || h.type === 'contact');
  const form = useForm<{ pick: string }>({ defaultValues: { pick: '' } });
  const [pickError, setPickError] = useState<string | undefined>();
  const mutation = useApiMutation('fileMessage');
  const { problem, onError, clear } = useServerErrors(form);
  useUnsavedInput(form.formState.isDirty);

  const submit = form.handleSubmit(async ({ pick }) => {
    clear();
    const [type, id] = pick.split(':');
    if (!id || (type !== 'candidate' && type !== 'contact')) {
      setPickError('Choose the person it is from');
      return;
    }
    setPickError(undefined);
    try {
      await mutation.mutateAsync({
        params: { id: message.id },
        body: {
          version: message.version,
          to: type === 'candidate' ? { candidateId: id } : { contactId: id },
        },
      });
      toast('Message filed');
      onClose();
    } catch (error) {
      onError(error);
    }
  });

  return (
    <Dialog title="File message" onClose={onClose}>
      <form onSubmit={submit} noValidate className="stack">
        <p className="muted">
          From {message.from ?? 'an unknown sender'}
          {message.subject ? `: ${message.subject}` : ''}
        </p>
        <input
          type="search"
          className="search-box"
          aria-label="Find person"
          placeholder="Find a candidate or contact by name, email or phone…"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <PickList
          legend="File on the timeline of"
          register={form.register('pick')}
          error={pickError}
          status={
            !q ? (
              <p className="muted">Type a name, email or phone number.</p>
            ) : results.isPending ? (
              <p className="muted">Searching…</p>
            ) : hits.length === 0 ? (
              <p className="muted">No candidate or contact matches.</p>
            ) : null
          }
          options={hits.map((h) => ({
            id: `${h.type}:${h.id}`,
            title: h.title,
            detail: [kindLabel[h.type as 'candidate' | 'contact'], h.subtitle].filter(Boolean).join(' · '),
          }))}
        />
        <FormProblem problem={problem} />
        <DialogFooter submitLabel="File message" pending={mutation.isPending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
