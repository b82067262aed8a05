import { useState } from 'react';
import type { StatusUpdateRuleView } from '../../../contract/messages.ts';
import type { StatusUpdateMode } from '../../../domain/messaging.ts';
import { errorMessage } from '../../api/errors.ts';
import { useApi, useApiMutation } from '../../api/hooks.ts';
import { useUnsavedInput } from '../../app/unsaved.ts';
import { Section } from '../../components/Section.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { toast } from '../../components/toast.tsx';

const modeLabels: Record<StatusUpdateMode, string> = {
  auto: 'Sent by itself',
  propose: 'Proposed to the recruiter',
  off: 'Off',
};

/** Per stage of a candidate's journey: whether the candidate hears of it, how, and from which template. */
export function StatusUpdateRulesSection({ canEdit }: { canEdit: boolean }) {
  const rules = useApi('listStatusUpdateRules', {});
  const templates = useApi('listTemplates', {}, { staleTime: 60_000 });
  const options = (templates.data?.items ?? []).filter((t) => t.audience === 'candidate');
  return (
    <Section title="Status updates" id="status-updates">
      {rules.isPending ? (
        <Loading />
      ) : rules.error ? (
        <ErrorState error={rules.error} retry={() => rules.refetch()} />
      ) : (
        <table className="table table-compact rules-table">
          <thead>
            <tr>
              <th scope="col">When a candidate is</th>
              <th scope="col">Update</th>
              <th scope="col">Template</th>
              {canEdit ? (
                <th scope="col">
                  <span className="visually-hidden">Save</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {rules.data.items.map((rule) => (
              <RuleRow
                key={`${rule.stage}-${rule.version}`}
                rule={rule}
                canEdit={canEdit}
                templates={options.map((t) => ({ value: t.key, label: t.name }))}
              />
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

function RuleRow({
  rule,
  canEdit,
  templates,
}: {
  rule: StatusUpdateRuleView;
  canEdit: boolean;
  templates: { value: string; label: string }[];
}) {
  const [mode, setMode] = useState<StatusUpdateMode>(rule.mode);
  const [templateKey, setTemplateKey] = useState(rule.templateKey);
  const [problem, setProblem] = useState<string | null>(null);
  const save = useApiMutation('saveStatusUpdateRule');
  const dirty = mode !== rule.mode || templateKey !== rule.templateKey;
  useUnsavedInput(dirty);
  const templateName = templates.find((t) => t.value === rule.templateKey)?.label ?? rule.templateKey;
  if (!canEdit)
    return (
      <tr>
        <th scope="row">{rule.label}</th>
        <td>{modeLabels[rule.mode]}</td>
        <td>{templateName}</td>
      </tr>
    );
  return (
    <tr>
      <th scope="row">{rule.label}</th>
      <td>
        <select
          aria-label={`Update when ${rule.label}`}
          value={mode}
          onChange={(e) => setMode(e.target.value as StatusUpdateMode)}
        >
          {(Object.keys(modeLabels) as StatusUpdateMode[]).map((m) => (
            <option key={m} value={m}>
              {modeLabels[m]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          aria-label={`Template when ${rule.label}`}
          value={templateKey}
          onChange={(e) => setTemplateKey(e.target.value)}
        >
          {templates.some((t) => t.value === templateKey) ? null : (
            <option value={templateKey}>{templateKey}</option>
          )}
          {templates.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
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
                params: { stage: rule.stage },
                body: { mode, templateKey, version: rule.version },
              });
              toast(`Status update saved: ${rule.label}`);
            } catch (error) {
              setProblem(errorMessage(error));
            }
          }}
        >
          Save<span className="visually-hidden"> {rule.label}</span>
        </button>
      </td>
    </tr>
  );
}
