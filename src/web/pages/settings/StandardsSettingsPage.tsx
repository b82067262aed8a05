import { useState } from 'react';
import type { BranchCalendarView, StandardView } from '../../../contract/index.ts';
import { type DurationUnit, describeDuration, durationUnits } from '../../../domain/durations.ts';
import { errorMessage } from '../../api/errors.ts';
import { useApi, useApiMutation } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { useUnsavedInput } from '../../app/unsaved.ts';
import { Section } from '../../components/Section.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { toast } from '../../components/toast.tsx';

const unitLabels: Record<DurationUnit, string> = {
  business_hours: 'business hours',
  business_days: 'business days',
  days: 'days',
  months: 'months',
};

function UnitSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: DurationUnit;
  onChange: (u: DurationUnit) => void;
}) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value as DurationUnit)}>
      {durationUnits.map((u) => (
        <option key={u} value={u}>
          {unitLabels[u]}
        </option>
      ))}
    </select>
  );
}

function StandardRow({ standard, canEdit }: { standard: StandardView; canEdit: boolean }) {
  const [enabled, setEnabled] = useState(standard.enabled);
  const [amount, setAmount] = useState(standard.amount);
  const [unit, setUnit] = useState<DurationUnit>(standard.unit);
  const [escalate, setEscalate] = useState(standard.escalateAfter !== null);
  const [escAmount, setEscAmount] = useState(standard.escalateAfter?.amount ?? 1);
  const [escUnit, setEscUnit] = useState<DurationUnit>(standard.escalateAfter?.unit ?? 'business_days');
  const [problem, setProblem] = useState<string | null>(null);
  const save = useApiMutation('saveStandard');
  const dirty =
    enabled !== standard.enabled ||
    amount !== standard.amount ||
    unit !== standard.unit ||
    escalate !== (standard.escalateAfter !== null) ||
    (escalate && (escAmount !== standard.escalateAfter?.amount || escUnit !== standard.escalateAfter?.unit));
  useUnsavedInput(dirty);
  const d = standard.defaults;
  const defaults = `Default: ${describeDuration(d)}${d.escalateAfter ? `, escalated after ${describeDuration(d.escalateAfter)} more` : ''}`;
  if (!canEdit)
    return (
      <tr>
        <th scope="row">
          {standard.label}
          <div className="cell-sub">{standard.description}</div>
        </th>
        <td>{standard.enabled ? 'On' : 'Off'}</td>
        <td>{describeDuration(standard)}</td>
        <td>{standard.escalateAfter ? `after ${describeDuration(standard.escalateAfter)} more` : 'Never'}</td>
        <td />
      </tr>
    );
  return (
    <tr>
      <th scope="row">
        {standard.label}
        <div className="cell-sub">{standard.description}</div>
        <div className="cell-sub">{defaults}</div>
      </th>
      <td>
        <input
          type="checkbox"
          aria-label={`${standard.label} on`}
          checked={enabled}
          onChange={(e) => setEnabled(e.target.checked)}
        />
      </td>
      <td>
        <input
          type="number"
          min={1}
          max={1000}
          aria-label={`${standard.label}: within`}
          value={amount}
          onChange={(e) => setAmount(Number(e.target.value))}
          style={{ width: '5em' }}
        />{' '}
        <UnitSelect label={`${standard.label}: unit`} value={unit} onChange={setUnit} />
      </td>
      <td>
        <label>
          <input type="checkbox" checked={escalate} onChange={(e) => setEscalate(e.target.checked)} /> after
        </label>{' '}
        {escalate ? (
          <>
            <input
              type="number"
              min={1}
              max={1000}
              aria-label={`${standard.label}: escalate after`}
              value={escAmount}
              onChange={(e) => setEscAmount(Number(e.target.value))}
              style={{ width: '5em' }}
            />{' '}
            <UnitSelect label={`${standard.label}: escalation unit`} value={escUnit} onChange={setEscUnit} />{' '}
            more
          </>
        ) : null}
        {problem ? (
          <p className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
      </td>
      <td className="cell-actions">
        <button
          type="button"
          className="btn btn-small"
          disabled={!dirty || save.isPending}
          onClick={async () => {
            setProblem(null);
            try {
              await save.mutateAsync({
                params: { key: standard.key },
                body: {
                  enabled,
                  amount,
                  unit,
                  escalateAfter: escalate ? { amount: escAmount, unit: escUnit } : null,
                  version: standard.version,
                },
              });
              toast(`Saved: ${standard.label}`);
            } catch (error) {
              setProblem(errorMessage(error));
            }
          }}
        >
          Save<span className="visually-hidden"> {standard.label}</span>
        </button>
      </td>
    </tr>
  );
}

const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** `08:00-12:00, 13:00-17:00` ⇄ `[["08:00","12:00"],["13:00","17:00"]]`. */
export const hoursText = (hours: [string, string][] | undefined) =>
  (hours ?? []).map(([a, b]) => `${a}-${b}`).join(', ');
export function parseHours(text: string): [string, string][] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [a = '', b = ''] = part.split('-').map((x) => x.trim());
      return [a, b] as [string, string];
    });
}

function CalendarSection({ calendar }: { calendar: BranchCalendarView }) {
  const initial = Object.fromEntries(
    weekdays.map((_, i) => [String(i + 1), hoursText(calendar.week[String(i + 1)])]),
  );
  const [week, setWeek] = useState<Record<string, string>>(initial);
  const [holidayDay, setHolidayDay] = useState('');
  const [holidayName, setHolidayName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const save = useApiMutation('saveBranchCalendar');
  const addHoliday = useApiMutation('putBranchHoliday');
  const removeHoliday = useApiMutation('deleteBranchHoliday');
  const dirty = Object.keys(initial).some((k) => initial[k] !== week[k]);
  useUnsavedInput(dirty);
  const name = calendar.branch.name;
  return (
    <Section title={`${name} (${calendar.timezone})`}>
      <table className="table" aria-label={`${name} working week`}>
        <tbody>
          {weekdays.map((day, i) => (
            <tr key={day}>
              <th scope="row">{day}</th>
              <td>
                {calendar.editable ? (
                  <input
                    aria-label={`${name} ${day} hours`}
                    value={week[String(i + 1)] ?? ''}
                    placeholder="Closed"
                    onChange={(e) => setWeek({ ...week, [String(i + 1)]: e.target.value })}
                  />
                ) : (
                  hoursText(calendar.week[String(i + 1)]) || 'Closed'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      {calendar.editable ? (
        <button
          type="button"
          className="btn btn-small"
          disabled={!dirty || save.isPending}
          onClick={async () => {
            setProblem(null);
            try {
              await save.mutateAsync({
                params: { branchId: calendar.branch.id },
                body: {
                  week: Object.fromEntries(Object.entries(week).map(([k, v]) => [k, parseHours(v)])),
                  version: calendar.version,
                },
              });
              toast(`Working week saved: ${name}`);
            } catch (error) {
              setProblem(errorMessage(error));
            }
          }}
        >
          Save working week<span className="visually-hidden"> of {name}</span>
        </button>
      ) : null}
      <h3>Holidays</h3>
      <ul className="mini-list">
        {calendar.holidays.length === 0 ? <li className="muted">None</li> : null}
        {calendar.holidays.map((h) => (
          <li key={h.day}>
            <span className="grow">
              {h.day} {h.name}
            </span>
            {calendar.editable ? (
              <button
                type="button"
                className="btn btn-small"
                onClick={() =>
                  removeHoliday
                    .mutateAsync({ params: { branchId: calendar.branch.id, day: h.day } })
                    .catch((error: unknown) => setProblem(errorMessage(error)))
                }
              >
                Remove<span className="visually-hidden"> {h.day}</span>
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {calendar.editable ? (
        <form
          className="toolbar"
          onSubmit={async (e) => {
            e.preventDefault();
            setProblem(null);
            try {
              await addHoliday.mutateAsync({
                params: { branchId: calendar.branch.id, day: holidayDay },
                body: { name: holidayName },
              });
              setHolidayDay('');
              setHolidayName('');
            } catch (error) {
              setProblem(errorMessage(error));
            }
          }}
        >
          <input
            type="date"
            aria-label={`${name} holiday date`}
            value={holidayDay}
            onChange={(e) => setHolidayDay(e.target.value)}
            required
          />
          <input
            aria-label={`${name} holiday name`}
            value={holidayName}
            placeholder="Name"
            onChange={(e) => setHolidayName(e.target.value)}
            required
          />
          <button type="submit" className="btn btn-small" disabled={addHoliday.isPending}>
            Add holiday
          </button>
        </form>
      ) : null}
    </Section>
  );
}

/** Service standards (admins change them) and each branch's working week and holidays (admins, its managers). */
export function StandardsSettingsPage() {
  const user = useSession();
  const standards = useApi('listStandards', {});
  const calendars = useApi('listBranchCalendars', {});
  return (
    <div className="page">
      <header className="page-header">
        <h1>Service standards</h1>
      </header>
      <p className="muted">
        What the firm promises its candidates and clients, measured from every contact logged. Business hours
        and days follow each branch's working week, time zone and holidays below.
      </p>
      <Section title="Standards">
        {standards.error ? <ErrorState error={standards.error} retry={() => standards.refetch()} /> : null}
        {standards.isPending ? <Loading /> : null}
        {standards.data ? (
          <table className="table" aria-label="Standards">
            <thead>
              <tr>
                <th scope="col">Standard</th>
                <th scope="col">On</th>
                <th scope="col">Within</th>
                <th scope="col">Escalate to the branch manager</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {standards.data.items.map((s) => (
                // Keyed by version: a save (or someone else's) starts the row afresh from what is stored.
                <StandardRow key={`${s.key}:${s.version}`} standard={s} canEdit={user.role === 'admin'} />
              ))}
            </tbody>
          </table>
        ) : null}
      </Section>
      {calendars.error ? <ErrorState error={calendars.error} retry={() => calendars.refetch()} /> : null}
      {calendars.isPending ? <Loading /> : null}
      {calendars.data?.items.map((c) => (
        <CalendarSection key={`${c.branch.id}:${c.version}:${c.holidays.length}`} calendar={c} />
      ))}
    </div>
  );
}
