/**
 * @module Which firm a deployment's public pages (careers, registration, applications) belong to: the firm named by
 * `PUBLIC_FIRM` (its slug, on the service context), else the firm created first. Looked up once and kept briefly:
 * every public page asks, and the answer changes only when a firm is renamed or the setting changes (a restart).
 */
import type { Store } from '../../store/database.ts';
import { findFirmBySlug, oldestFirm } from '../../store/firms.ts';
import type { ServiceContext } from '../context.ts';

/** What the public pages know of their firm. */
export interface PublicFirm {
  id: string;
  name: string;
  slug: string;
}

/** How long a lookup is kept: a renamed firm shows under its new name within this. */
export const PUBLIC_FIRM_TTL_MS = 30_000;

interface Cached {
  at: number;
  firm: Promise<PublicFirm | null>;
}

// Per store (tests open many) and per slug (a test may serve two firms from one store).
const cache = new WeakMap<Store, Map<string, Cached>>();

async function lookUp(ctx: ServiceContext, slug: string | null): Promise<PublicFirm | null> {
  const row = slug ? await findFirmBySlug(ctx.store.db, slug) : await oldestFirm(ctx.store.db);
  return row ? { id: row.id, name: row.name, slug: row.slug } : null;
}

/**
 * The firm whose public pages these are, or null when there is none (a fresh install, or `PUBLIC_FIRM` names no
 * firm): the pages then answer 404. A failed lookup is not kept.
 */
export function publicFirm(ctx: ServiceContext): Promise<PublicFirm | null> {
  const slug = ctx.publicFirmSlug ?? null;
  let perStore = cache.get(ctx.store);
  if (!perStore) {
    perStore = new Map();
    cache.set(ctx.store, perStore);
  }
  const key = slug ?? '';
  // A monotonic clock, not the service clock: a test's frozen clock must not keep a firm for ever.
  const now = performance.now();
  const hit = perStore.get(key);
  if (hit && now - hit.at < PUBLIC_FIRM_TTL_MS) return hit.firm;
  const firm = lookUp(ctx, slug);
  const entry = { at: now, firm };
  perStore.set(key, entry);
  firm.catch(() => {
    if (perStore.get(key) === entry) perStore.delete(key);
  });
  return firm;
}

/** Forgets every lookup (for tests that change a firm and must see it at once). */
export function forgetPublicFirm(store: Store) {
  cache.delete(store);
}
