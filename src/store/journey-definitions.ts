/** @module SQL for journey definitions: every version kept, the latest is current. */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from './database.ts';
import { journeyDefinitions, type StoredJourneyActivity, users } from './schema/index.ts';

export type JourneyDefinitionRow = typeof journeyDefinitions.$inferSelect & { createdByName: string | null };

const withEditor = (db: Db) =>
  db
    .select({ def: journeyDefinitions, createdByName: users.name })
    .from(journeyDefinitions)
    .leftJoin(
      users,
      and(eq(users.firmId, journeyDefinitions.firmId), eq(users.id, journeyDefinitions.createdBy)),
    );

export async function latestDefinition(
  db: Db,
  firmId: string,
  type: string,
): Promise<JourneyDefinitionRow | null> {
  const [row] = await withEditor(db)
    .where(and(eq(journeyDefinitions.firmId, firmId), eq(journeyDefinitions.type, type)))
    .orderBy(desc(journeyDefinitions.version))
    .limit(1);
  return row ? { ...row.def, createdByName: row.createdByName } : null;
}

export async function definitionVersions(
  db: Db,
  firmId: string,
  type: string,
): Promise<JourneyDefinitionRow[]> {
  const rows = await withEditor(db)
    .where(and(eq(journeyDefinitions.firmId, firmId), eq(journeyDefinitions.type, type)))
    .orderBy(desc(journeyDefinitions.version));
  return rows.map((r) => ({ ...r.def, createdByName: r.createdByName }));
}

/** Every firm's latest definitions (the engine loads them at start). */
export async function allLatestDefinitions(db: Db): Promise<JourneyDefinitionRow[]> {
  const rows = await withEditor(db).orderBy(
    journeyDefinitions.firmId,
    journeyDefinitions.type,
    desc(journeyDefinitions.version),
  );
  const seen = new Set<string>();
  const out: JourneyDefinitionRow[] = [];
  for (const r of rows) {
    const key = `${r.def.firmId}/${r.def.type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...r.def, createdByName: r.createdByName });
  }
  return out;
}

/** Saves a new version; two admins saving the same next version at once collide on the key (a 409). */
export async function insertDefinition(
  db: Db,
  values: {
    firmId: string;
    type: string;
    version: number;
    activities: StoredJourneyActivity[];
    stages: string[];
    createdBy: string;
    createdAt: Date;
  },
) {
  await db.insert(journeyDefinitions).values(values);
}
