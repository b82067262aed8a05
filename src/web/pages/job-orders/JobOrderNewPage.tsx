import { useNavigate, useSearchParams } from 'react-router';
import type { CreateJobOrderRequest } from '../../../contract/index.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { leaveWithoutAsking } from '../../app/unsaved.ts';
import { toast } from '../../components/toast.tsx';
import { mayAssignOnCreate } from '../../lib/roles.ts';
import { emptyJobOrder, JobOrderForm } from './JobOrderForm.tsx';

/** Records a client's staffing request; `?clientId=` comes from the client's page. */
export function JobOrderNewPage() {
  const user = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const clientId = searchParams.get('clientId');
  const create = useApiMutation('createJobOrder');
  return (
    <div className="page page-narrow">
      <header className="page-header">
        <h1>New job order</h1>
      </header>
      <div className="card card-body">
        <JobOrderForm
          mode="create"
          initial={emptyJobOrder(clientId)}
          preselectedClientId={clientId}
          canReassign={mayAssignOnCreate(user.role)}
          onCancel={() => {
            leaveWithoutAsking();
            navigate(-1);
          }}
          onSave={async (values) => {
            const { version: _version, ...body } = values;
            // The create schema validated clientId and status.
            const created = await create.mutateAsync({ body: body as CreateJobOrderRequest });
            toast(`${created.title} created`);
            leaveWithoutAsking();
            navigate(`/job-orders/${created.id}`);
          }}
        />
      </div>
    </div>
  );
}
