/** @module Links people follow from outside (mail, feeds, the careers site): made absolute with the public address. */
import type { ServiceContext } from './context.ts';

/** An absolute URL for a path, from the public address (`WAYPOINT_PUBLIC_URL`); the path itself when none is known. */
export function absoluteUrl(ctx: Pick<ServiceContext, 'transports'>, path: string): string {
  const base = ctx.transports?.publicUrl;
  return base ? `${base.replace(/\/$/, '')}${path}` : path;
}
