/** @module Finding the one candidate a person means by a name, email or phone (the CLI's `history`). */
import type { SearchHit } from '../contract/search.ts';
import { isPlausiblePhone, normalizeEmail, normalizePhone } from '../domain/contact-points.ts';
import type { Actor } from '../domain/roles.ts';
import { findByTerm, searchEntities } from '../store/search.ts';
import type { ServiceContext } from './context.ts';
import { search } from './search.ts';

export type Lookup = { kind: 'one'; id: string } | { kind: 'none' } | { kind: 'many'; hits: SearchHit[] };

/**
 * The candidate `text` names: an exact email or phone match wins outright; otherwise it must match exactly one
 * candidate, or the matches are returned for the person to choose from.
 */
export async function lookUpCandidate(ctx: ServiceContext, actor: Actor, text: string): Promise<Lookup> {
  // A whole email or phone number is looked up on the exact index first: one cheap query, the usual case at the
  // command line.
  const exactKind = text.includes('@') ? 'email' : isPlausiblePhone(text) ? 'phone' : null;
  if (exactKind) {
    const term = exactKind === 'email' ? normalizeEmail(text) : normalizePhone(text);
    const ids = await findByTerm(ctx.store.db, actor.firmId, 'candidate', exactKind, term);
    if (ids.length === 1) return { kind: 'one', id: ids[0]! };
  }
  const rows = await searchEntities(ctx.store.db, actor.firmId, text, 10, 'candidate');
  if (rows.length === 0) return { kind: 'none' };
  const exact = rows.filter((r) => r.score >= 3 && (r.matchedKind === 'email' || r.matchedKind === 'phone'));
  if (exact.length === 1) return { kind: 'one', id: exact[0]!.entityId };
  if (rows.length === 1) return { kind: 'one', id: rows[0]!.entityId };
  return { kind: 'many', hits: (await search(ctx, actor, { q: text, limit: 10, type: 'candidate' })).items };
}
