/** @module Password hashing with argon2id (OWASP's parameters: 19 MiB, 2 passes, 1 lane). */
import { hash, type Options, verify } from '@node-rs/argon2';

// The library's `Algorithm` is a const enum, which isolated-module builds cannot read: 2 is its `Argon2id`.
const ARGON2ID = 2 as Options['algorithm'];
const OPTIONS: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when no user matches keeps a failed sign-in as slow as a wrong password, so response times
// do not reveal which emails have accounts.
let decoy: Promise<string> | null = null;
export async function verifyDecoy(password: string) {
  decoy ??= hashPassword('decoy-password-not-used-for-anything');
  await verifyPassword(await decoy, password);
}
