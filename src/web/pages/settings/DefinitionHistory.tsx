import { useApi } from '../../api/hooks.ts';
import { Badge } from '../../components/Badge.tsx';
import { Section } from '../../components/Section.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { formatDateTime } from '../../lib/format.ts';
import type { SubjectType } from './definition-editor.ts';

/** Every version of the definition, newest first: who saved it, when, and its funnel. */
export function DefinitionHistory({ type }: { type: SubjectType }) {
  const history = useApi('journeyDefinitions', { params: { type } });
  return (
    <Section title="Version history" id="history" count={history.data?.items.length}>
      {history.isPending ? <Loading /> : null}
      {history.error ? <ErrorState error={history.error} retry={() => history.refetch()} /> : null}
      <ol className="history">
        {history.data?.items.map((v, index) => {
          const labels = new Map(v.activities.map((a) => [a.key, a.label]));
          return (
            <li key={v.version} className="history-item">
              <div className="mini-line">
                <strong>Version {v.version}</strong>
                {index === 0 ? <Badge tone="active">Current</Badge> : null}
                <span className="mini-meta">
                  {v.version === 0
                    ? "Waypoint's default"
                    : `${v.editedBy?.name ?? 'Someone'} · ${formatDateTime(v.editedAt)}`}
                </span>
              </div>
              <span className="mini-meta">
                {v.activities.length} activities · stages:{' '}
                {v.stages.map((s) => labels.get(s) ?? s).join(' › ') || 'none'}
              </span>
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
