import { formatDateTime, formatRelative } from '../lib/format.ts';

/** "2 h ago", with the exact local date and time on hover. */
export function When({ at }: { at: string }) {
  return (
    <time dateTime={at} title={formatDateTime(at)}>
      {formatRelative(at)}
    </time>
  );
}
