import { useQueryClient } from '@tanstack/react-query';
import type { CandidateDetail, UpdateCandidateRequest } from '../../../contract/index.ts';
import { call } from '../../api/client.ts';
import { apiKey, useApiMutation } from '../../api/hooks.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { toast } from '../../components/toast.tsx';
import { changedFields } from '../../forms/server-issues.ts';
import { CandidateForm } from './CandidateForm.tsx';
import { candidateToForm } from './candidate-form-values.ts';

interface Props {
  candidate: CandidateDetail;
  onClose: () => void;
}

/** Edits a candidate; only changed fields are sent, with the version read, so others' changes are never overwritten. */
export function EditCandidateDrawer({ candidate, onClose }: Props) {
  const queryClient = useQueryClient();
  const update = useApiMutation('updateCandidate');
  const params = { id: candidate.id };
  return (
    <Dialog title={`Edit ${candidate.firstName} ${candidate.lastName}`} onClose={onClose} variant="drawer">
      <CandidateForm
        mode="edit"
        initial={candidateToForm(candidate, candidate.permissions.reassign)}
        canReassign={candidate.permissions.reassign}
        onCancel={onClose}
        onSave={async (values, initial) => {
          const body = changedFields(values, initial, ['version']) as UpdateCandidateRequest;
          const saved = await update.mutateAsync({ params, body });
          queryClient.setQueryData(apiKey('getCandidate', { params }), saved);
          toast('Candidate saved');
          onClose();
        }}
        loadLatestVersion={async () => {
          const latest = await call('getCandidate', { params });
          queryClient.setQueryData(apiKey('getCandidate', { params }), latest);
          return latest.version;
        }}
      />
    </Dialog>
  );
}
