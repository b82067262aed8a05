/**
 * @module Settings: what candidates see on their status page at each stage of an application (interview tips,
 * directions, what to bring). Admins, branch managers and recruiters read them; admins add, change and remove them.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import type { StageResourceList, StageResourceView } from '../../../contract/index.ts';
import { errorMessage, isStale } from '../../api/errors.ts';
import { useApi, useApiMutation } from '../../api/hooks.ts';
import { EditRemoveActions } from '../../components/EditRemoveActions.tsx';
import { Section } from '../../components/Section.tsx';
import { Empty, ErrorState, Loading } from '../../components/states.tsx';
import { toast } from '../../components/toast.tsx';
import { StageResourceDialog } from './StageResourceDialog.tsx';
import { groupByStage, resourceHref } from './stage-resources.ts';

/** The status page's resources per stage, with the add / edit / remove controls for those who may change them. */
export function StageResourcesPage() {
  const list = useApi('listStageResources', {});
  const [editing, setEditing] = useState<StageResourceView | 'new' | null>(null);
  const canEdit = list.data?.canEdit ?? false;
  const refresh = () => void list.refetch();

  return (
    <div className="page page-narrow">
      <header className="page-header">
        <div>
          <p className="breadcrumb">
            <Link to="/settings/messages">Message settings</Link>
          </p>
          <h1>Status page resources</h1>
        </div>
        {canEdit ? (
          <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
            Add resource
          </button>
        ) : null}
      </header>
      <p className="muted">
        What candidates see on their status page while an application is at each stage: a title, a link and a
        short text.
        {list.data && !canEdit ? ' Only an admin can change them.' : ''}
      </p>
      {list.isPending ? <Loading /> : null}
      {list.error ? <ErrorState error={list.error} retry={refresh} /> : null}
      {list.data ? <StageResourceGroups list={list.data} onEdit={setEditing} onStale={refresh} /> : null}
      {editing ? (
        <StageResourceDialog
          resource={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onStale={refresh}
        />
      ) : null}
    </div>
  );
}

interface GroupsProps {
  list: StageResourceList;
  onEdit: (resource: StageResourceView) => void;
  onStale: () => void;
}

/** The resources grouped by stage, in the order an application moves (as the server lists them). */
function StageResourceGroups({ list, onEdit, onStale }: GroupsProps) {
  const groups = groupByStage(list.items);
  if (groups.length === 0)
    return (
      <Empty>
        The status page shows no resources yet.
        {list.canEdit ? ' Add one for the stages candidates ask about most.' : ''}
      </Empty>
    );
  return (
    <>
      {groups.map((group) => (
        <Section key={group.stage} title={group.label} count={group.items.length} className="resource-stage">
          <ul className="document-list">
            {group.items.map((resource) => (
              <ResourceLine
                key={resource.id}
                resource={resource}
                canEdit={list.canEdit}
                onEdit={() => onEdit(resource)}
                onStale={onStale}
              />
            ))}
          </ul>
        </Section>
      ))}
    </>
  );
}

interface LineProps {
  resource: StageResourceView;
  canEdit: boolean;
  onEdit: () => void;
  onStale: () => void;
}

function ResourceLine({ resource: r, canEdit, onEdit, onStale }: LineProps) {
  const remove = useApiMutation('deleteStageResource');
  const href = resourceHref(r.url);
  return (
    <li className="document">
      <span className="document-name">{r.title}</span>
      {href ? (
        <a href={href} rel="noopener noreferrer" target="_blank" className="document-link">
          {r.url}
        </a>
      ) : r.url ? (
        <span className="muted">{r.url}</span>
      ) : null}
      {r.body ? <div className="pre-wrap">{r.body}</div> : null}
      {canEdit ? (
        <EditRemoveActions
          what={r.title}
          onEdit={onEdit}
          onRemove={async () => {
            try {
              await remove.mutateAsync({ params: { id: r.id }, query: { version: r.version } });
              toast(`Resource removed: ${r.title}`);
            } catch (error) {
              // Changed or removed by someone else meanwhile: show the list as it is now.
              if (isStale(error)) onStale();
              throw error;
            }
          }}
          pending={remove.isPending}
          onAsk={() => remove.reset()}
          error={
            remove.error ? (
              <span className="field-error" role="alert">
                {errorMessage(remove.error)}
                {remove.error.isConflict ? ' The list now shows the latest.' : ''}
              </span>
            ) : null
          }
        />
      ) : null}
    </li>
  );
}
