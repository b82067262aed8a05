/** @module Staff users and branches: add, change, disable (which ends their sessions), list. */
import type { BranchSummary, CreateUserRequest, UpdateUserRequest, UserSummary } from '../contract/users.ts';
import { normalizeEmail } from '../domain/contact-points.ts';
import { DomainError, forbidden, invalidField } from '../domain/errors.ts';
import { passwordProblem } from '../domain/passwords.ts';
import { type Actor, canManageUser, type Role } from '../domain/roles.ts';
import { appendAudit } from '../store/audit.ts';
import { guarded } from '../store/db-errors.ts';
import { findBranch, listBranches as listBranchRows } from '../store/firms.ts';
import { deleteUserSessions } from '../store/sessions.ts';
import {
  findUserView,
  insertUser,
  listUserViews,
  type UserView,
  updateUser as updateUserRow,
} from '../store/users.ts';
import {
  assertUpdated,
  assertVersion,
  type Db,
  found,
  missingReference,
  type ServiceContext,
} from './context.ts';
import { hashPassword } from './passwords.ts';

const present = (u: UserView): UserSummary => ({
  id: u.id,
  name: u.name,
  email: u.email,
  role: u.role as Role,
  branchId: u.branchId,
  branchName: u.branchName,
  active: u.active,
  version: u.version,
});

export async function listUsers(
  ctx: ServiceContext,
  actor: Actor,
  filter: { branchId?: string; role?: Role },
) {
  return { items: (await listUserViews(ctx.store.db, actor.firmId, filter)).map(present) };
}

export async function listBranches(ctx: ServiceContext, actor: Actor): Promise<{ items: BranchSummary[] }> {
  const rows = await listBranchRows(ctx.store.db, actor.firmId);
  return { items: rows.map((b) => ({ id: b.id, name: b.name, city: b.city })) };
}

/**
 * Adds a user to a firm. `actor` null is the operator at the command line (`waypoint user add`), who holds the
 * database itself and so every right.
 */
export async function addUser(db: Db, firmId: string, actor: Actor | null, input: CreateUserRequest) {
  if (actor && !canManageUser(actor, { firmId, branchId: input.branchId, role: input.role })) {
    throw forbidden('You cannot add a user with this role or branch');
  }
  const problem = passwordProblem(input.password, input);
  if (problem) throw invalidField('password', problem);
  if (!(await findBranch(db, firmId, input.branchId))) missingReference('branchId', 'branch');
  const passwordHash = await hashPassword(input.password);
  return guarded(async () => {
    const id = await insertUser(db, {
      firmId,
      branchId: input.branchId,
      email: input.email,
      emailNormalized: normalizeEmail(input.email),
      name: input.name,
      role: input.role,
      passwordHash,
    });
    await appendAudit(db, {
      firmId,
      userId: actor?.userId ?? null,
      action: 'user_added',
      targetType: 'user',
      targetId: id,
    });
    return present(found(await findUserView(db, firmId, id), 'User'));
  });
}

export const createUser = (ctx: ServiceContext, actor: Actor, input: CreateUserRequest) =>
  ctx.store.transaction((tx) => addUser(tx, actor.firmId, actor, input));

/** Changes a user; disabling one ends every session they hold at once. */
export async function updateUser(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: UpdateUserRequest,
): Promise<UserSummary> {
  return ctx.store.transaction(async (tx) => {
    const current = found(await findUserView(tx, actor.firmId, id), 'User');
    const role = (input.role ?? current.role) as Role;
    const branchId = input.branchId ?? current.branchId;
    if (
      !canManageUser(actor, { ...current, role: current.role as Role }) ||
      !canManageUser(actor, { firmId: actor.firmId, branchId, role })
    ) {
      throw forbidden('You cannot change this user');
    }
    if (id === actor.userId && (input.active === false || (input.role && input.role !== current.role))) {
      throw new DomainError('invalid_transition', 'You cannot disable yourself or change your own role');
    }
    assertVersion(current, input.version, 'User');
    if (input.branchId && !(await findBranch(tx, actor.firmId, input.branchId)))
      missingReference('branchId', 'branch');
    const { version, ...fields } = input;
    const patch = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    assertUpdated(await updateUserRow(tx, actor.firmId, id, version, patch, ctx.clock.now()), 'User');
    if (input.active === false) await deleteUserSessions(tx, actor.firmId, id);
    await appendAudit(tx, {
      firmId: actor.firmId,
      userId: actor.userId,
      action: input.active === false ? 'user_disabled' : 'user_changed',
      targetType: 'user',
      targetId: id,
      detail: { fields: Object.keys(patch) },
    });
    return present(found(await findUserView(tx, actor.firmId, id), 'User'));
  });
}
