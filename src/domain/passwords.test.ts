import { describe, expect, it } from 'vitest';
import { passwordProblem } from './passwords.ts';

const user = { email: 'jordan.lee@harbor.example', name: 'Jordan Lee' };

describe('password rules', () => {
  it('wants 8 to 128 characters', () => {
    expect(passwordProblem('short1', user)).toMatch(/At least 8/);
    expect(passwordProblem('x'.repeat(129), user)).toMatch(/At most 128/);
    expect(passwordProblem('a long and fine passphrase', user)).toBeNull();
  });

  it('refuses common passwords and the user’s own details', () => {
    expect(passwordProblem('Password123', user)).toMatch(/most common/);
    expect(passwordProblem('jordan.lee-2026', user)).toMatch(/email/);
    expect(passwordProblem('I am Jordan Lee!', user)).toMatch(/name/);
  });
});
