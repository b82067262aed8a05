import { useForm } from 'react-hook-form';
import { type SaveSignatureRequest, saveSignatureRequest } from '../../../contract/messages.ts';
import { useApi, useApiMutation } from '../../api/hooks.ts';
import { useUnsavedInput } from '../../app/unsaved.ts';
import { Section } from '../../components/Section.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { toast } from '../../components/toast.tsx';
import { TextAreaField } from '../../forms/Field.tsx';
import { FormProblem } from '../../forms/FormProblem.tsx';
import { formResolver } from '../../forms/resolver.ts';
import { useServerErrors } from '../../forms/use-server-errors.ts';

/** The signature `{{signature}}` fills in for my emails. */
export function SignatureSection() {
  const signature = useApi('getSignature', {});
  return (
    <Section title="My signature" id="signature">
      {signature.isPending ? (
        <Loading />
      ) : signature.error ? (
        <ErrorState error={signature.error} retry={() => signature.refetch()} />
      ) : (
        <SignatureForm key={signature.data.signature ?? ''} initial={signature.data.signature ?? ''} />
      )}
    </Section>
  );
}

function SignatureForm({ initial }: { initial: string }) {
  const form = useForm<SaveSignatureRequest>({
    resolver: formResolver(saveSignatureRequest),
    defaultValues: { signature: initial },
  });
  const mutation = useApiMutation('saveSignature');
  const { problem, onError, clear } = useServerErrors(form);
  const { errors, isDirty } = form.formState;
  useUnsavedInput(isDirty);
  const submit = form.handleSubmit(async (body) => {
    clear();
    try {
      const saved = await mutation.mutateAsync({ body });
      form.reset({ signature: saved.signature ?? '' });
      toast('Signature saved');
    } catch (error) {
      onError(error);
    }
  });
  return (
    <form onSubmit={submit} noValidate className="stack">
      <TextAreaField
        label="Signature"
        rows={4}
        hint="Leave empty for your name and the firm's"
        error={errors.signature?.message}
        {...form.register('signature')}
      />
      <FormProblem problem={problem} />
      <div>
        <button type="submit" className="btn btn-primary" disabled={mutation.isPending || !isDirty}>
          {mutation.isPending ? 'Saving…' : 'Save signature'}
        </button>
      </div>
    </form>
  );
}
