import type { Role } from '../../domain/roles.ts';

/** Managers and admins may choose who owns a new record and in which branch (the server checks it again). */
export const mayAssignOnCreate = (role: Role) => role === 'admin' || role === 'branch_manager';

/** Who reads the status page's resources: not account managers, whom the server answers 403. */
export const mayReadStageResources = (role: Role) =>
  role === 'admin' || role === 'branch_manager' || role === 'recruiter';
