import { useNavigate } from 'react-router';
import { useApiMutation } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { leaveWithoutAsking } from '../../app/unsaved.ts';
import { toast } from '../../components/toast.tsx';
import { mayAssignOnCreate } from '../../lib/roles.ts';
import { ClientForm, emptyClient } from './ClientForm.tsx';

/** Adds a client company, then opens it. */
export function ClientNewPage() {
  const user = useSession();
  const navigate = useNavigate();
  const create = useApiMutation('createClient');
  return (
    <div className="page page-narrow">
      <header className="page-header">
        <h1>New client</h1>
      </header>
      <div className="card card-body">
        <ClientForm
          mode="create"
          initial={emptyClient()}
          canReassign={mayAssignOnCreate(user.role)}
          onCancel={() => {
            leaveWithoutAsking();
            navigate(-1);
          }}
          onSave={async (values) => {
            const { version: _version, ...body } = values;
            const created = await create.mutateAsync({ body });
            toast(`${created.name} added`);
            leaveWithoutAsking();
            navigate(`/clients/${created.id}`);
          }}
        />
      </div>
    </div>
  );
}
