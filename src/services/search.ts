/** @module Finding anything by any part of a name, email, phone, skill or employer (the command palette). */
import type { SearchHit, SearchQueryInput } from '../contract/search.ts';
import type { Actor } from '../domain/roles.ts';
import { describeEntities, type EntityLabel, type SearchEntity, searchEntities } from '../store/search.ts';
import type { ServiceContext } from './context.ts';

const kinds: SearchEntity[] = ['candidate', 'contact', 'client', 'job_order'];

export async function search(
  ctx: ServiceContext,
  actor: Actor,
  q: SearchQueryInput,
): Promise<{ items: SearchHit[] }> {
  const db = ctx.store.db;
  const rows = await searchEntities(db, actor.firmId, q.q, q.limit, q.type);
  const labels = new Map<string, EntityLabel>();
  for (const kind of kinds) {
    const ids = rows.filter((r) => r.entityType === kind).map((r) => r.entityId);
    for (const label of await describeEntities(db, actor.firmId, kind, ids)) labels.set(label.id, label);
  }
  const items: SearchHit[] = [];
  for (const row of rows) {
    const label = labels.get(row.entityId);
    if (!label) continue;
    items.push({
      type: row.entityType,
      id: row.entityId,
      title: label.title,
      subtitle: label.subtitle || null,
      matchedOn: row.matchedKind,
      matched: row.matchedTerm,
      clientId: label.clientId,
    });
  }
  return { items };
}
