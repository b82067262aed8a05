/** @module Staff roles and what each may do. The server decides every permission with these rules. */

export const roles = ['admin', 'branch_manager', 'recruiter', 'account_manager'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  admin: 'Administrator',
  branch_manager: 'Branch manager',
  recruiter: 'Recruiter',
  account_manager: 'Account manager',
};

/** The acting user as the rules see them. */
export interface Actor {
  userId: string;
  firmId: string;
  branchId: string;
  role: Role;
}

/** A record's place in the firm, which decides who may change it. */
export interface Scoped {
  firmId: string;
  branchId: string;
}

const sameBranch = (actor: Actor, record: Scoped) => actor.branchId === record.branchId;

/**
 * Reads are firm-wide for every staff role: staffing desks share one talent pool and one client list across branches,
 * and seeing every contact anyone made is the point of the system. Writes are narrower and decided below.
 */
export const canRead = (actor: Actor, record: { firmId: string }) => actor.firmId === record.firmId;

/** Candidate records are kept by recruiters; managers keep their own branch; admins keep everything. */
export function canEditCandidate(actor: Actor, candidate: Scoped): boolean {
  if (actor.firmId !== candidate.firmId) return false;
  switch (actor.role) {
    case 'admin':
      return true;
    case 'branch_manager':
    case 'recruiter':
      return sameBranch(actor, candidate);
    case 'account_manager':
      return false;
  }
}

/** Client companies, their contacts and their job orders are kept by account managers of the branch. */
export function canEditClient(actor: Actor, client: Scoped): boolean {
  if (actor.firmId !== client.firmId) return false;
  switch (actor.role) {
    case 'admin':
      return true;
    case 'branch_manager':
    case 'account_manager':
      return sameBranch(actor, client);
    case 'recruiter':
      return false;
  }
}

/**
 * The pipeline (submissions, interviews, tests, placements) is worked by every desk: a recruiter submits and places,
 * an account manager records the client's interview and offer. Any staff member of the firm may move it.
 */
export const canWorkPipeline = (actor: Actor, record: { firmId: string }) => actor.firmId === record.firmId;

/** Anyone on staff may log a touchpoint with anyone of the firm: the log must hold every contact by everyone. */
export const canLogTouchpoint = (actor: Actor, subject: { firmId: string }) =>
  actor.firmId === subject.firmId;

/** Who may change record ownership (owner recruiter or account manager, branch): managers and admins only. */
export function canReassign(actor: Actor, record: Scoped): boolean {
  if (actor.firmId !== record.firmId) return false;
  return actor.role === 'admin' || (actor.role === 'branch_manager' && sameBranch(actor, record));
}

/** Admins manage every user; a branch manager manages the non-admin users of their own branch. */
export function canManageUser(actor: Actor, target: Scoped & { role: Role }): boolean {
  if (actor.firmId !== target.firmId) return false;
  if (actor.role === 'admin') return true;
  return actor.role === 'branch_manager' && sameBranch(actor, target) && target.role !== 'admin';
}

/**
 * What candidates are shown at each stage of an application (the status page's resources) is the recruiting desks'
 * business: admins, managers and recruiters read it; account managers work with clients and do not need it.
 */
export const canReadCandidateSettings = (actor: Pick<Actor, 'role'>) => actor.role !== 'account_manager';

/** The service-standards report covers the whole firm for admins and branch managers; others see only their own. */
export const canReadFirmCompliance = (actor: Pick<Actor, 'role'>) =>
  actor.role === 'admin' || actor.role === 'branch_manager';

/** Firm-wide settings (branches, journey definitions later) belong to admins. */
export const canAdministerFirm = (actor: Actor) => actor.role === 'admin';
