/** @module What makes a password acceptable (ASVS: length, not a common password, not the user's own details). */

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

// The most common passwords of public breach corpora (those of 8+ characters, which length alone would not stop).
const COMMON = new Set([
  '12345678',
  '123456789',
  '1234567890',
  'password',
  'password1',
  'password12',
  'password123',
  'passw0rd',
  'qwertyuiop',
  'qwerty123',
  'qwerty12',
  '1q2w3e4r',
  '1q2w3e4r5t',
  'iloveyou',
  'sunshine',
  'princess',
  'football',
  'baseball',
  'welcome1',
  'welcome123',
  'abc12345',
  'abcd1234',
  'admin123',
  'administrator',
  'letmein1',
  'trustno1',
  'superman',
  'starwars',
  'whatever',
  'michael1',
  'charlie1',
  'jennifer',
  'computer',
  'internet',
  'freedom1',
  'master12',
  'shadow12',
  'monkey12',
  'dragon12',
  'zaq12wsx',
  '11111111',
  '00000000',
  '88888888',
  '87654321',
  '12341234',
  '11223344',
  'asdfghjkl',
  'asdf1234',
  'changeme',
  'changeme1',
  'secret123',
  'p@ssw0rd',
  'p@ssword',
  'password!',
  'summer2024',
  'winter2024',
  'spring2025',
  'autumn2025',
  'welcome2025',
  'staffing',
  'recruiter',
  'waypoint',
  'waypoint1',
  'company1',
  'letmein123',
  'mustang1',
  'access14',
]);

/** Returns why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, user: { email: string; name: string }): string | null {
  if (password.length < PASSWORD_MIN) return `At least ${PASSWORD_MIN} characters`;
  if (password.length > PASSWORD_MAX) return `At most ${PASSWORD_MAX} characters`;
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return 'This is one of the most common passwords; choose another';
  const local = user.email.toLowerCase().split('@')[0] ?? '';
  if (lower === user.email.toLowerCase() || (local.length >= 4 && lower.includes(local))) {
    return 'Must not contain your email address';
  }
  if (user.name.trim().length >= 4 && lower.includes(user.name.trim().toLowerCase()))
    return 'Must not contain your name';
  return null;
}
