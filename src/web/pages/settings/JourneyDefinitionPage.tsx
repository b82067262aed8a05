import { Link, useParams } from 'react-router';
import { useApi } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { segmentOf } from '../journeys/journey-url.ts';
import { DefinitionEditor } from './DefinitionEditor.tsx';
import { DefinitionHistory } from './DefinitionHistory.tsx';

const titles = { candidate: 'Candidate journey', client: 'Client journey' } as const;

/** An admin's editor of the firm's journey definition for candidates or clients, with its version history. */
export function JourneyDefinitionPage() {
  const { type: raw } = useParams();
  const user = useSession();
  const type = raw === 'candidate' || raw === 'client' ? raw : null;
  const definition = useApi(
    'journeyDefinition',
    { params: { type: type ?? 'candidate' } },
    { enabled: !!type },
  );
  if (!type) return <ErrorState error={new Error('No such journey: candidate or client.')} />;
  return (
    <div className="page page-narrow">
      <header className="page-header">
        <div>
          <p className="breadcrumb">
            <Link to={`/journeys/${segmentOf(type)}`}>{titles[type]} map</Link>
          </p>
          <h1>{titles[type]}: definition</h1>
        </div>
        <div className="quick-actions">
          <Link
            to={`/settings/journeys/${type === 'candidate' ? 'client' : 'candidate'}`}
            className="btn btn-ghost"
          >
            {type === 'candidate' ? 'Client journey' : 'Candidate journey'}
          </Link>
        </div>
      </header>
      <p className="muted">
        The steps a {type}'s journey is made of, the funnel's stages in order, and how long a journey may rest
        on each step before it counts as stalled. Saving makes a new version; maps from then on use it.
      </p>
      {user.role !== 'admin' ? (
        <div className="state state-error" role="alert">
          Only an admin can change journey definitions.
        </div>
      ) : definition.isPending ? (
        <Loading />
      ) : definition.error ? (
        <ErrorState error={definition.error} retry={() => definition.refetch()} />
      ) : (
        // A freshly loaded version starts a fresh form.
        <DefinitionEditor key={definition.data.version} type={type} loaded={definition.data} />
      )}
      <DefinitionHistory type={type} />
    </div>
  );
}
