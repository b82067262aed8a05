/**
 * @module The demo firm, Harbor Staffing: two branches and eight staff covering every role, all signing in with one
 * documented demo password (listed in the README and printed by `waypoint seed --demo`).
 */
import type { Actor, Role } from '../../domain/roles.ts';
import { insertBranch, insertFirm } from '../../store/firms.ts';
import type { Db } from '../context.ts';
import { addUser } from '../users.ts';
import type { BranchKey } from './places.ts';

export const DEMO_FIRM = { name: 'Harbor Staffing', slug: 'harbor-staffing' } as const;

/** The password of every demo account. It is public: a demo database must never hold real data. */
export const DEMO_PASSWORD = 'demo-waypoint-2026';

export interface DemoAccount {
  name: string;
  email: string;
  role: Role;
  branch: BranchKey;
}

export const demoAccounts: readonly DemoAccount[] = [
  { name: 'Grace Whitfield', email: 'grace.admin@harbor.example', role: 'admin', branch: 'boston' },
  { name: 'Marcus Bell', email: 'marcus.manager@harbor.example', role: 'branch_manager', branch: 'boston' },
  { name: 'Nina Okafor', email: 'nina.manager@harbor.example', role: 'branch_manager', branch: 'worcester' },
  { name: 'Ava Thompson', email: 'ava.recruiter@harbor.example', role: 'recruiter', branch: 'boston' },
  { name: 'Leo Martins', email: 'leo.recruiter@harbor.example', role: 'recruiter', branch: 'boston' },
  { name: 'Sofia Reyes', email: 'sofia.recruiter@harbor.example', role: 'recruiter', branch: 'worcester' },
  {
    name: 'Owen Gallagher',
    email: 'owen.accounts@harbor.example',
    role: 'account_manager',
    branch: 'boston',
  },
  {
    name: 'Priya Shah',
    email: 'priya.accounts@harbor.example',
    role: 'account_manager',
    branch: 'worcester',
  },
];

export interface StaffMember extends Actor {
  name: string;
  email: string;
  branch: BranchKey;
}

/** Everyone at the firm, by what they do. */
export interface Staff {
  firmId: string;
  all: StaffMember[];
  admin: StaffMember;
  managers: Record<BranchKey, StaffMember>;
  recruiters: Record<BranchKey, StaffMember[]>;
  accountManagers: Record<BranchKey, StaffMember>;
}

/** Creates the firm, its branches and its staff, in the caller's transaction. */
export async function createDemoFirm(db: Db): Promise<Staff> {
  const firm = await insertFirm(db, { ...DEMO_FIRM, timezone: 'America/New_York' });
  const branchIds: Record<BranchKey, string> = {
    boston: (await insertBranch(db, { firmId: firm.id, name: 'Boston', city: 'Boston' })).id,
    worcester: (await insertBranch(db, { firmId: firm.id, name: 'Worcester', city: 'Worcester' })).id,
  };
  const all: StaffMember[] = [];
  for (const account of demoAccounts) {
    const user = await addUser(db, firm.id, null, {
      name: account.name,
      email: account.email,
      role: account.role,
      branchId: branchIds[account.branch],
      password: DEMO_PASSWORD,
    });
    all.push({
      userId: user.id,
      firmId: firm.id,
      branchId: user.branchId,
      role: account.role,
      name: account.name,
      email: account.email,
      branch: account.branch,
    });
  }
  const one = (role: Role, branch: BranchKey) => all.find((s) => s.role === role && s.branch === branch)!;
  return {
    firmId: firm.id,
    all,
    admin: all.find((s) => s.role === 'admin')!,
    managers: { boston: one('branch_manager', 'boston'), worcester: one('branch_manager', 'worcester') },
    recruiters: {
      boston: all.filter((s) => s.role === 'recruiter' && s.branch === 'boston'),
      worcester: all.filter((s) => s.role === 'recruiter' && s.branch === 'worcester'),
    },
    accountManagers: {
      boston: one('account_manager', 'boston'),
      worcester: one('account_manager', 'worcester'),
    },
  };
}
