import { describe, expect, it } from 'vitest';
import {
  type Actor,
  canEditCandidate,
  canEditClient,
  canManageUser,
  canReassign,
  canWorkPipeline,
  type Role,
  roles,
} from './roles.ts';

const firm = 'f1';
const actor = (role: Role, branchId = 'b1', firmId = firm): Actor => ({
  userId: 'u',
  firmId,
  branchId,
  role,
});
const here = { firmId: firm, branchId: 'b1' };
const there = { firmId: firm, branchId: 'b2' };

describe('who may do what', () => {
  it('keeps candidates with recruiters of the branch, its manager, and admins', () => {
    expect(roles.filter((r) => canEditCandidate(actor(r), here))).toEqual([
      'admin',
      'branch_manager',
      'recruiter',
    ]);
    expect(roles.filter((r) => canEditCandidate(actor(r), there))).toEqual(['admin']);
  });

  it('keeps clients with account managers of the branch, its manager, and admins', () => {
    expect(roles.filter((r) => canEditClient(actor(r), here))).toEqual([
      'admin',
      'branch_manager',
      'account_manager',
    ]);
    expect(roles.filter((r) => canEditClient(actor(r), there))).toEqual(['admin']);
  });

  it('never lets anyone touch another firm', () => {
    for (const r of roles) {
      const outsider = actor(r, 'b1', 'f2');
      expect(
        canEditCandidate(outsider, here) || canEditClient(outsider, here) || canWorkPipeline(outsider, here),
      ).toBe(false);
      expect(canReassign(outsider, here) || canManageUser(outsider, { ...here, role: 'recruiter' })).toBe(
        false,
      );
    }
  });

  it('lets managers reassign in their branch and manage its non-admin users', () => {
    expect(canReassign(actor('branch_manager'), here)).toBe(true);
    expect(canReassign(actor('branch_manager'), there)).toBe(false);
    expect(canReassign(actor('recruiter'), here)).toBe(false);
    expect(canManageUser(actor('branch_manager'), { ...here, role: 'recruiter' })).toBe(true);
    expect(canManageUser(actor('branch_manager'), { ...here, role: 'admin' })).toBe(false);
    expect(canManageUser(actor('branch_manager'), { ...there, role: 'recruiter' })).toBe(false);
  });
});
