import { Link } from 'react-router';
import { canReadCandidateSettings } from '../../../domain/roles.ts';
import { useSession } from '../../app/session.tsx';
import { SignatureSection } from './SignatureSection.tsx';
import { StatusUpdateRulesSection } from './StatusUpdateRulesSection.tsx';
import { TemplatesSection } from './TemplatesSection.tsx';
import '../../styles/messages.css';

/** Messages: the firm's templates and status updates per stage (admins change them), and my own signature. */
export function MessageSettingsPage() {
  const user = useSession();
  const isAdmin = user.role === 'admin';
  return (
    <div className="page page-narrow">
      <header className="page-header">
        <div>
          <p className="breadcrumb">
            <Link to="/messages">Messages</Link>
          </p>
          <h1>Message settings</h1>
        </div>
        {canReadCandidateSettings(user) ? (
          <Link to="/settings/status-page" className="btn btn-ghost">
            Status page resources
          </Link>
        ) : null}
      </header>
      <p className="muted">
        The templates messages start from, which moves of a candidate's journey send them a status update (by
        itself, or proposed to their recruiter first), and the signature your emails end with.
        {isAdmin ? '' : ' Only an admin can change templates and status updates.'}
      </p>
      <TemplatesSection canEdit={isAdmin} />
      <StatusUpdateRulesSection canEdit={isAdmin} />
      <SignatureSection />
    </div>
  );
}
