/** @module Sign-in and the session. */
import { z } from 'zod';
import { roles } from '../domain/roles.ts';
import { id } from './common.ts';

export const loginRequest = z.strictObject({
  email: z.string().trim().min(1, 'Required').max(254),
  password: z.string().min(1, 'Required').max(256),
});
export type LoginRequest = z.infer<typeof loginRequest>;

export const sessionUser = z.object({
  id,
  name: z.string(),
  email: z.string(),
  role: z.enum(roles),
  branchId: id,
  branchName: z.string(),
  firmId: id,
  firmName: z.string(),
});
export type SessionUser = z.infer<typeof sessionUser>;

/** The signed-in user and the token to echo in `x-csrf-token` on every state-changing request. */
export const sessionResponse = z.object({ user: sessionUser, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof sessionResponse>;
