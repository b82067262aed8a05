import type { Role } from '../../domain/roles.ts';

/** Managers and admins may choose who owns a new record and in which branch (the server checks it again). */
export const mayAssignOnCreate = (role: Role) => role === 'admin' || role === 'branch_manager';
