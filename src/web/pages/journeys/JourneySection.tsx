import { lazy, Suspense, useState } from 'react';
import { Section } from '../../components/Section.tsx';
import { Loading } from '../../components/states.tsx';
import type { SubjectType } from './journey-url.ts';

// The path and its map load only when someone opens the section.
const PersonJourney = lazy(() => import('./PersonJourney.tsx').then((m) => ({ default: m.PersonJourney })));

/** "Journey" on a candidate's or client's page: closed at first; open, their path through the firm's journey. */
export function JourneySection({ type, subjectId }: { type: SubjectType; subjectId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <Section
      title="Journey"
      id="journey"
      actions={
        <button type="button" className="btn btn-small" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide journey' : 'Show journey'}
        </button>
      }
    >
      {open ? (
        <Suspense fallback={<Loading label="Loading the journey…" />}>
          <PersonJourney type={type} subjectId={subjectId} />
        </Suspense>
      ) : (
        <p className="muted">Every step so far, with the time between steps, on the firm's journey map.</p>
      )}
    </Section>
  );
}
