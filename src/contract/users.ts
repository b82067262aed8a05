/** @module Staff users and branches. */
import { z } from 'zod';
import { roles } from '../domain/roles.ts';
import { emailAddress, id, text, version } from './common.ts';

export const userSummary = z.object({
  id,
  name: z.string(),
  email: z.string(),
  role: z.enum(roles),
  branchId: id,
  branchName: z.string(),
  active: z.boolean(),
  version: z.number().int(),
});
export type UserSummary = z.infer<typeof userSummary>;

export const branchSummary = z.object({ id, name: z.string(), city: z.string().nullable() });
export type BranchSummary = z.infer<typeof branchSummary>;

export const password = z.string().min(8, 'At least 8 characters').max(128, 'At most 128 characters');

export const createUserRequest = z.strictObject({
  name: text(100),
  email: emailAddress,
  role: z.enum(roles),
  branchId: id,
  password,
});
export type CreateUserRequest = z.infer<typeof createUserRequest>;

export const updateUserRequest = z.strictObject({
  version,
  name: text(100).optional(),
  role: z.enum(roles).optional(),
  branchId: id.optional(),
  active: z.boolean().optional(),
});
export type UpdateUserRequest = z.infer<typeof updateUserRequest>;

export const listUsersQuery = z.strictObject({ branchId: id.optional(), role: z.enum(roles).optional() });
