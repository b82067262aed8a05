/** @module Owner and branch of a record: defaults, checks that they exist, and who may change them. */
import { DomainError } from '../domain/errors.ts';
import { type Actor, canReassign, type Role } from '../domain/roles.ts';
import { findBranch } from '../store/firms.ts';
import { findUserView } from '../store/users.ts';
import { type Db, missingReference } from './context.ts';

const refuse = (path: string) => {
  throw new DomainError('forbidden', `${path}: only a manager or an admin may assign this`, [
    { path, message: 'Only a manager or an admin may assign this' },
  ]);
};

/**
 * Resolves the owner and branch of a new or changed record. A new record belongs to its creator and their branch;
 * naming anyone or anywhere else, or changing them later, is a reassignment that managers and admins make.
 */
export async function resolveOwnership(
  db: Db,
  actor: Actor,
  input: { ownerId?: string | null | undefined; branchId?: string | undefined },
  current: { ownerId: string | null; branchId: string } | null,
  ownerRoles: readonly Role[],
): Promise<{ ownerId: string | null; branchId: string }> {
  const branchId = input.branchId ?? current?.branchId ?? actor.branchId;
  const ownerId = input.ownerId !== undefined ? input.ownerId : current ? current.ownerId : actor.userId;
  const base = current ?? { firmId: actor.firmId, branchId: actor.branchId, ownerId: actor.userId };
  if (branchId !== base.branchId && !canReassign(actor, { firmId: actor.firmId, branchId: base.branchId })) {
    refuse('branchId');
  }
  // A branch manager may reassign within their branch, and only to it.
  if (branchId !== base.branchId && !canReassign(actor, { firmId: actor.firmId, branchId }))
    refuse('branchId');
  if (ownerId !== base.ownerId && !canReassign(actor, { firmId: actor.firmId, branchId })) refuse('ownerId');
  if (!(await findBranch(db, actor.firmId, branchId))) missingReference('branchId', 'branch');
  if (ownerId !== null && ownerId !== base.ownerId) {
    const owner = await findUserView(db, actor.firmId, ownerId);
    if (!owner?.active) missingReference('ownerId', 'active user');
    if (!ownerRoles.includes(owner.role as Role)) {
      throw new DomainError(
        'validation',
        `ownerId: a ${owner.role.replace('_', ' ')} cannot own this record`,
        [{ path: 'ownerId', message: `Must be a ${ownerRoles.join(' or ').replaceAll('_', ' ')}` }],
      );
    }
  }
  return { ownerId, branchId };
}
