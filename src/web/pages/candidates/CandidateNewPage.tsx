import { useNavigate } from 'react-router';
import { useApiMutation } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { leaveWithoutAsking } from '../../app/unsaved.ts';
import { toast } from '../../components/toast.tsx';
import { mayAssignOnCreate } from '../../lib/roles.ts';
import { CandidateForm } from './CandidateForm.tsx';
import { emptyCandidate } from './candidate-form-values.ts';

/** Registers a new candidate, then opens their page. */
export function CandidateNewPage() {
  const user = useSession();
  const navigate = useNavigate();
  const create = useApiMutation('createCandidate');
  return (
    <div className="page page-narrow">
      <header className="page-header">
        <h1>New candidate</h1>
      </header>
      <div className="card card-body">
        <CandidateForm
          mode="create"
          initial={emptyCandidate()}
          canReassign={mayAssignOnCreate(user.role)}
          onCancel={() => {
            leaveWithoutAsking();
            navigate(-1);
          }}
          onSave={async (values) => {
            const { version: _version, status: _status, ...body } = values;
            const created = await create.mutateAsync({ body });
            toast(`${created.firstName} ${created.lastName} registered`);
            leaveWithoutAsking();
            navigate(`/candidates/${created.id}`);
          }}
        />
      </div>
    </div>
  );
}
