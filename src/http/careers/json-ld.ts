/**
 * @module A posting as schema.org `JobPosting` structured data (what search engines' job listings read). The hiring
 * organization is the staffing firm: its client is never named on a public posting.
 */
import type { PayUnit } from '../../domain/candidate.ts';
import type { Posting } from '../../services/public/careers.ts';
import type { PublicFirm } from '../../services/public/firm.ts';

const unitText: Record<PayUnit, string> = { hour: 'HOUR', day: 'DAY', week: 'WEEK', year: 'YEAR' };

/** The `JobPosting` object for a posting; `url` is the posting's absolute URL, `firmUrl` the careers site's. */
export function jobPostingLd(posting: Posting, firm: PublicFirm, url: string, firmUrl: string) {
  const address = {
    '@type': 'PostalAddress',
    ...(posting.city ? { addressLocality: posting.city } : {}),
    ...(posting.postcode ? { postalCode: posting.postcode } : {}),
  };
  return {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: posting.title,
    description: posting.description?.trim() || posting.title,
    identifier: { '@type': 'PropertyValue', name: firm.name, value: posting.id },
    url,
    datePosted: posting.postedAt.toISOString().slice(0, 10),
    // The work's last day: the posting cannot outlive it.
    ...(posting.endDate ? { validThrough: posting.endDate } : {}),
    employmentType:
      posting.employmentTypes.length === 1 ? posting.employmentTypes[0] : posting.employmentTypes,
    hiringOrganization: { '@type': 'Organization', name: firm.name, sameAs: firmUrl },
    ...(posting.city || posting.postcode ? { jobLocation: { '@type': 'Place', address } } : {}),
    ...(posting.pay
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: posting.pay.currency,
            value: {
              '@type': 'QuantitativeValue',
              value: posting.pay.amount,
              unitText: unitText[posting.pay.unit],
            },
          },
        }
      : {}),
    ...(posting.startDate ? { jobStartDate: posting.startDate } : {}),
    ...(posting.category ? { industry: posting.category } : {}),
  };
}
