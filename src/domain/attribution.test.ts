import { describe, expect, it } from 'vitest';
import { cleanAttribution, hostOf, sourceOf } from './attribution.ts';

describe('source of awareness', () => {
  it('takes the person’s own answer over any tag', () => {
    expect(sourceOf({ howHeard: 'referral', utmSource: 'indeed' }).source).toBe('referral');
  });

  it('reads job boards, social networks and referrals from UTM tags and referring pages', () => {
    expect(sourceOf({ utmSource: 'Indeed', utmMedium: 'cpc' })).toEqual({
      source: 'job_board',
      detail: 'Indeed / cpc',
    });
    expect(sourceOf({ utmSource: 'newsletter', utmMedium: 'referral' }).source).toBe('referral');
    expect(sourceOf({ utmSource: 'facebook', utmMedium: 'paid' }).source).toBe('social_media');
    expect(sourceOf({ referrer: 'https://www.linkedin.com/jobs/view/1' })).toEqual({
      source: 'job_board',
      detail: 'from www.linkedin.com',
    });
    expect(sourceOf({ referrer: 'https://l.instagram.com/' }).source).toBe('social_media');
  });

  it('counts a visit without a trace, or from our own pages, as our website', () => {
    expect(sourceOf({})).toEqual({ source: 'website', detail: null });
    expect(sourceOf({ referrer: 'https://jobs.harbor.example/careers' }, 'jobs.harbor.example')).toEqual({
      source: 'website',
      detail: null,
    });
    expect(sourceOf({ howHeard: 'other' }).source).toBe('other');
  });
});

describe('cleaning what a public form sent', () => {
  it('bounds and trims values, and drops what is not an answer, a web address or a path', () => {
    const cleaned = cleanAttribution({
      utmSource: `  indeed${'x'.repeat(500)}`,
      referrer: 'javascript:alert(1)',
      landingPath: 'https://evil.example/',
      howHeard: 'bribery',
      utmMedium: '\u0000cpc\n',
    });
    expect(cleaned.utmSource).toHaveLength(100);
    expect(cleaned.utmMedium).toBe('cpc');
    expect(cleaned.referrer).toBeUndefined();
    expect(cleaned.landingPath).toBeUndefined();
    expect(cleaned.howHeard).toBeUndefined();
    expect(cleanAttribution({ howHeard: 'job_fair', landingPath: '/careers?utm_source=x' })).toEqual({
      howHeard: 'job_fair',
      landingPath: '/careers?utm_source=x',
    });
  });
});

describe('the careers site’s own host', () => {
  it('is the same host name whether or not the public address carries a port, so its own pages are no referrer', () => {
    const ownHost = hostOf('https://Jobs.Harbor.example:8443/');
    expect(ownHost).toBe('jobs.harbor.example');
    expect(sourceOf({ referrer: 'https://jobs.harbor.example:8443/careers/jobs/1' }, ownHost)).toEqual({
      source: 'website',
      detail: null,
    });
  });
});
