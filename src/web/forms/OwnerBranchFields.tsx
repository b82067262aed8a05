import { useFormContext, useWatch } from 'react-hook-form';
import { useApi } from '../api/hooks.ts';
import { emptyToNull, emptyToUndefined } from './coerce.ts';
import { SelectField } from './Field.tsx';

interface WithOwner {
  ownerId?: string | null | undefined;
  branchId?: string | undefined;
}

interface Props {
  /** On create "nobody chosen" means "me"; on update it means "unassigned". */
  mode: 'create' | 'edit';
}

/** Who keeps the record and in which branch: shown only to people allowed to reassign. */
export function OwnerBranchFields({ mode }: Props) {
  const { register, formState, control } = useFormContext<WithOwner>();
  // The options arrive after the form mounted: a controlled value makes the select show the record's owner once they do.
  const [ownerId, branchId] = useWatch({ control, name: ['ownerId', 'branchId'] });
  const users = useApi('listUsers', { query: {} }, { staleTime: 5 * 60_000 });
  const branches = useApi('listBranches', {}, { staleTime: 5 * 60_000 });
  return (
    <>
      <SelectField
        label="Owner"
        options={(users.data?.items ?? [])
          .filter((u) => u.active)
          .map((u) => ({ value: u.id, label: u.name }))}
        empty={mode === 'create' ? 'Me' : 'Unassigned'}
        value={ownerId ?? ''}
        error={formState.errors.ownerId?.message}
        {...register('ownerId', { setValueAs: mode === 'create' ? emptyToUndefined : emptyToNull })}
      />
      <SelectField
        label="Branch"
        options={(branches.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
        empty={mode === 'create' ? 'My branch' : undefined}
        value={branchId ?? ''}
        error={formState.errors.branchId?.message}
        {...register('branchId', { setValueAs: emptyToUndefined })}
      />
    </>
  );
}
