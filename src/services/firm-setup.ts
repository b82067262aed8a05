/** @module Setting up a firm from the command line: the firm, its branches, its first users. */
import { DomainError } from '../domain/errors.ts';
import type { Role } from '../domain/roles.ts';
import { guarded } from '../store/db-errors.ts';
import { findBranchByName, findFirmBySlug, insertBranch, insertFirm, listFirms } from '../store/firms.ts';
import type { ServiceContext } from './context.ts';
import { addUser } from './users.ts';

export const slugify = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'firm';

/** The firm a command addresses: the one named, or the only one there is. */
export async function pickFirm(ctx: ServiceContext, slug: string | undefined) {
  if (slug) {
    const firm = await findFirmBySlug(ctx.store.db, slug);
    if (!firm) throw new DomainError('not_found', `No firm "${slug}"`);
    return firm;
  }
  const firms = await listFirms(ctx.store.db);
  if (firms.length === 1) return firms[0]!;
  if (firms.length === 0)
    throw new DomainError('not_found', 'There is no firm yet: add the first user with --firm "Firm name"');
  throw new DomainError(
    'validation',
    `There are ${firms.length} firms: name one with --firm (${firms.map((f) => f.slug).join(', ')})`,
  );
}

export interface AddUserCommand {
  firm?: string | undefined;
  branch: string;
  email: string;
  name: string;
  role: Role;
  password: string;
}

/**
 * `waypoint user add`: adds a user, creating the firm (on first use) and the branch (when new) on the way, all in
 * one transaction.
 */
export async function addUserFromCommandLine(ctx: ServiceContext, cmd: AddUserCommand) {
  return ctx.store.transaction((tx) =>
    guarded(async () => {
      const firms = await listFirms(tx);
      let firm = cmd.firm
        ? ((await findFirmBySlug(tx, slugify(cmd.firm))) ?? null)
        : firms.length === 1
          ? firms[0]!
          : null;
      const created: string[] = [];
      if (!firm) {
        if (!cmd.firm) {
          throw new DomainError(
            'validation',
            firms.length === 0
              ? 'There is no firm yet: name it with --firm "Firm name"'
              : 'Several firms: name one with --firm',
          );
        }
        firm = await insertFirm(tx, { name: cmd.firm, slug: slugify(cmd.firm) });
        created.push(`firm "${firm.name}"`);
      }
      let branch = await findBranchByName(tx, firm.id, cmd.branch);
      if (!branch) {
        branch = await insertBranch(tx, { firmId: firm.id, name: cmd.branch });
        created.push(`branch "${branch.name}"`);
      }
      const user = await addUser(tx, firm.id, null, {
        name: cmd.name,
        email: cmd.email,
        role: cmd.role,
        branchId: branch.id,
        password: cmd.password,
      });
      return { user, firm, branch, created };
    }),
  );
}
