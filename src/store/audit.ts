/** @module SQL for the audit trail: sign-ins, denied access, exports, erasures. Append-only by use. */
import type { Db } from './database.ts';
import { auditEvents } from './schema/index.ts';

export interface AuditEntry {
  firmId: string | null;
  userId: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  ip?: string | null;
  detail?: Record<string, unknown>;
}

export async function appendAudit(db: Db, entry: AuditEntry) {
  await db.insert(auditEvents).values({
    firmId: entry.firmId,
    userId: entry.userId,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    ip: entry.ip ?? null,
    detail: entry.detail ?? {},
  });
}
