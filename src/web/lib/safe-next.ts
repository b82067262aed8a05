/**
 * Where to go after signing in: only a path on this site. Anything else (`//evil.example`, `https://…`, `/\\…`) would
 * make the sign-in page an open redirect, so it falls back to home.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login')) return '/';
  return next;
}
