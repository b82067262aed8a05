/**
 * @module Where a person came from: the UTM parameters of the link they followed, the page that sent them and their
 * own answer to "how did you hear about us", reduced to one source of awareness (a journey segment). Pure.
 */
import { type Source, sources } from './candidate.ts';

export interface AttributionInput {
  utmSource?: string | undefined;
  utmMedium?: string | undefined;
  utmCampaign?: string | undefined;
  utmTerm?: string | undefined;
  utmContent?: string | undefined;
  referrer?: string | undefined;
  landingPath?: string | undefined;
  howHeard?: string | undefined;
}

/** The answers a public form offers to "how did you hear about us" (the sources a person can name themselves). */
export const howHeardOptions = [
  'job_board',
  'referral',
  'social_media',
  'job_fair',
  'website',
  'other',
] as const;

const JOB_BOARDS = [
  'indeed',
  'linkedin',
  'ziprecruiter',
  'glassdoor',
  'monster',
  'careerbuilder',
  'simplyhired',
  'snagajob',
  'google_jobs',
  'jobs.google',
  'craigslist',
  'dice',
];
const SOCIAL = [
  'facebook',
  'instagram',
  'tiktok',
  'twitter',
  'x.com',
  't.co',
  'youtube',
  'reddit',
  'nextdoor',
];

const clip = (s: string | undefined, max: number) => {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  const t = s?.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return t ? t.slice(0, max) : undefined;
};

/** Keeps what is worth keeping of the raw values: trimmed, without control characters, bounded. */
export function cleanAttribution(raw: AttributionInput): AttributionInput {
  const out: AttributionInput = {};
  for (const key of ['utmSource', 'utmMedium', 'utmCampaign', 'utmTerm', 'utmContent'] as const) {
    const v = clip(raw[key], 100);
    if (v) out[key] = v;
  }
  const referrer = clip(raw.referrer, 500);
  // Only a web address is a referrer; anything else (a script, a data: URL) is noise.
  if (referrer && /^https?:\/\//i.test(referrer)) out.referrer = referrer;
  const landing = clip(raw.landingPath, 300);
  if (landing?.startsWith('/')) out.landingPath = landing;
  const howHeard = clip(raw.howHeard, 40);
  if (howHeard && (sources as readonly string[]).includes(howHeard)) out.howHeard = howHeard;
  return out;
}

/** A web address's host name (no port, lower case): how a referrer is told apart from the careers site's own host. */
export const hostOf = (url: string | undefined) => {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
};

const mentions = (text: string | undefined | null, names: readonly string[]) =>
  !!text && names.some((n) => text.toLowerCase().includes(n));

/**
 * The source of awareness: the person's own answer first (they know best), then the campaign's tags, then the page
 * that sent them; a visit with no trace at all came to our website. `ownHost` is the careers site's own host, so
 * moving between its pages does not count as a referral.
 */
export function sourceOf(
  a: AttributionInput,
  ownHost: string | null = null,
): { source: Source; detail: string | null } {
  const detail = describe(a, ownHost);
  if (a.howHeard && a.howHeard !== 'other') return { source: a.howHeard as Source, detail };
  const medium = a.utmMedium?.toLowerCase() ?? '';
  if (medium === 'referral' || medium === 'refer-a-friend') return { source: 'referral', detail };
  if (mentions(a.utmSource, JOB_BOARDS) || ['job_board', 'jobboard', 'job-board', 'jobs'].includes(medium))
    return { source: 'job_board', detail };
  if (
    mentions(a.utmSource, SOCIAL) ||
    ['social', 'social_media', 'social-media', 'paid_social'].includes(medium)
  )
    return { source: 'social_media', detail };
  if (medium === 'job_fair' || medium === 'event') return { source: 'job_fair', detail };
  const host = hostOf(a.referrer);
  if (host && host !== ownHost) {
    if (mentions(host, JOB_BOARDS)) return { source: 'job_board', detail };
    if (mentions(host, SOCIAL)) return { source: 'social_media', detail };
  }
  if (a.howHeard === 'other') return { source: 'other', detail };
  return { source: 'website', detail };
}

/** One line for staff: the campaign and where the visit came from. */
function describe(a: AttributionInput, ownHost: string | null): string | null {
  const parts: string[] = [];
  const utm = [a.utmSource, a.utmMedium, a.utmCampaign].filter(Boolean).join(' / ');
  if (utm) parts.push(utm);
  const host = hostOf(a.referrer);
  if (host && host !== ownHost) parts.push(`from ${host}`);
  return parts.length > 0 ? parts.join(', ').slice(0, 200) : null;
}
