import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ComposeRequest, GuardReport, GuardWarning } from '../../../contract/messages.ts';
import { call } from '../../api/client.ts';
import type { ApiError } from '../../api/errors.ts';
import { When } from '../../components/When.tsx';
import { channelLabels } from '../../lib/labels.ts';
import { useDebounced } from '../../lib/use-debounced.ts';
import { describeWarning, recentLine } from './message-text.ts';
import '../../styles/messages.css';

/** The cache key of the guard's report on one message as composed (not a route read: the check is a POST). */
export const guardKey = (body: ComposeRequest | null) => ['guard', body] as const;

/**
 * The contact guard on a message as it is being written: asked at once, then again ~400 ms after the user stops
 * editing. The previous report stays on screen while the next one loads.
 */
export function useGuard(body: ComposeRequest | null) {
  const settled = useDebounced(JSON.stringify(body), 400);
  const parsed = JSON.parse(settled) as ComposeRequest | null;
  return useQuery<GuardReport, ApiError>({
    queryKey: guardKey(parsed),
    queryFn: () => call('checkMessage', { body: parsed as ComposeRequest }),
    enabled: parsed !== null,
    placeholderData: keepPreviousData,
    staleTime: 0,
    gcTime: 60_000,
    retry: false,
  });
}

interface Props {
  report: GuardReport | undefined;
  checking: boolean;
  error: ApiError | null;
}

/** Who contacted this person (and their company) lately, and what the guard warns of. */
export function GuardPanel({ report, checking, error }: Props) {
  return (
    <section className="guard" aria-label="Contact guard" aria-busy={checking}>
      <header className="guard-header">
        <h3>Before you send</h3>
        {checking ? <span className="muted">Checking…</span> : null}
      </header>
      {error ? (
        <p className="guard-error" role="alert">
          The check could not be made: {error.message}
        </p>
      ) : null}
      {report ? (
        <>
          <GuardWarnings warnings={report.warnings} />
          <h4 className="guard-subhead">
            Recent contact with {report.recipient.name}
            {report.company ? ` and ${report.company.name}` : ''}
          </h4>
          {report.recent.length === 0 ? (
            <p className="muted">No one has contacted them in the last two weeks.</p>
          ) : (
            <ul className="guard-recent" aria-label="Recent contact">
              {report.recent.map((r) => (
                <li key={`${r.touchpointId ?? ''}-${r.messageId ?? ''}-${r.at}`}>
                  <div className="guard-recent-line">
                    <span>{recentLine(r)}</span>
                    {r.samePerson ? null : <span className="chip">colleague of theirs</span>}
                    {r.pending ? <span className="badge badge-scheduled">Pending</span> : null}
                  </div>
                  <div className="guard-recent-meta">
                    <When at={r.at} /> · {channelLabels[r.channel] ?? r.channel}
                    {r.what ? ` · ${r.what}` : ''}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : error ? null : (
        <p className="muted">Checking who contacted them lately…</p>
      )}
    </section>
  );
}

/** The guard's warnings, each styled by its kind; a message's own record shows the ones it was sent over. */
export function GuardWarnings({ warnings }: { warnings: readonly GuardWarning[] }) {
  if (warnings.length === 0) return <p className="guard-clear">No warnings.</p>;
  return (
    <ul className="guard-warnings" aria-label="Warnings">
      {warnings.map((w, index) => {
        const { title, text } = describeWarning(w);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: warnings have no id and keep their order
          <li key={index} className={`guard-warning guard-warning-${w.kind}`}>
            <strong>{title}</strong>
            <span>{text}</span>
          </li>
        );
      })}
    </ul>
  );
}
