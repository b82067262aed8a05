/**
 * @module What the public forms accept (registration, application, staffing request, the status page's actions):
 * every field bounded, every message written for the person filling the form in.
 */
import { z } from 'zod';
import { howHeardOptions } from '../domain/attribution.ts';
import { jobTypes } from '../domain/candidate.ts';
import { isPlausiblePhone } from '../domain/contact-points.ts';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalText = (max: number, label: string) =>
  z.preprocess(
    blankToUndefined,
    z.string().trim().max(max, `${label} can be at most ${max} characters`).optional(),
  );
const requiredText = (max: number, message: string) =>
  z.string({ error: message }).trim().min(1, message).max(max, `At most ${max} characters`);
const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const optionalDate = z.preprocess(
  blankToUndefined,
  z
    .string()
    .regex(isoDay, 'Enter a date')
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'Enter a real date')
    .optional(),
);
const optionalRate = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ error: 'Enter an amount, like 18.50' })
    .min(0, 'Enter an amount, like 18.50')
    .max(10_000, 'Enter an hourly amount')
    .optional(),
);
const email = z
  .string({ error: 'Enter your email address' })
  .trim()
  .min(1, 'Enter your email address')
  .max(254, 'At most 254 characters')
  .pipe(z.email('Enter an email address like name@example.com'));
const phone = z
  .string({ error: 'Enter your phone number' })
  .trim()
  .min(1, 'Enter your phone number')
  .max(40, 'At most 40 characters')
  .refine(isPlausiblePhone, 'Enter a phone number, like (617) 555-0142');

/** The key each rendered form carries: posting the same form twice does the thing once. */
export const formKey = z
  .string({ error: 'This form has expired: please reload the page' })
  .regex(/^[A-Za-z0-9_-]{16,64}$/, 'This form has expired: please reload the page');

/** Where the visitor came from, carried by the form as hidden fields. */
export const attributionFields = {
  utmSource: optionalText(100, 'utm_source'),
  utmMedium: optionalText(100, 'utm_medium'),
  utmCampaign: optionalText(100, 'utm_campaign'),
  utmTerm: optionalText(100, 'utm_term'),
  utmContent: optionalText(100, 'utm_content'),
  referrer: optionalText(500, 'The referrer'),
  landingPath: optionalText(300, 'The landing page'),
};

export const candidateForm = z.object({
  firstName: requiredText(100, 'Enter your first name'),
  lastName: requiredText(100, 'Enter your last name'),
  email,
  phone,
  city: optionalText(100, 'The town or city'),
  postcode: optionalText(20, 'The ZIP code'),
  availableFrom: optionalDate,
  howHeard: z.preprocess(blankToUndefined, z.enum(howHeardOptions, 'Pick one of the answers').optional()),
  note: optionalText(2000, 'The message'),
  privacy: z.literal('yes', 'Please accept the privacy notice to continue'),
  sms: z.preprocess(blankToUndefined, z.literal('yes').optional()),
  formKey,
  ...attributionFields,
});
export type CandidateForm = z.infer<typeof candidateForm>;

export const staffingRequestForm = z.object({
  company: requiredText(200, 'Enter your company’s name'),
  firstName: requiredText(100, 'Enter your first name'),
  lastName: requiredText(100, 'Enter your last name'),
  title: optionalText(100, 'Your job title'),
  email: email,
  phone,
  position: requiredText(120, 'Enter the position you need to fill'),
  openings: z.coerce
    .number({ error: 'Enter how many people you need' })
    .int('Enter a whole number')
    .min(1, 'At least 1')
    .max(500, 'For more than 500 people, please call us'),
  type: z.enum(jobTypes, 'Pick the kind of position'),
  startDate: optionalDate,
  endDate: optionalDate,
  locationLine: optionalText(200, 'The address'),
  city: requiredText(100, 'Enter the town or city of the work'),
  postcode: optionalText(20, 'The ZIP code'),
  rateMin: optionalRate,
  rateMax: optionalRate,
  notes: optionalText(4000, 'The notes'),
  formKey,
  ...attributionFields,
});
export type StaffingRequestForm = z.infer<typeof staffingRequestForm>;

export const statusLinkForm = z.object({ email });
export const availabilityForm = z.object({
  availableFrom: z.preprocess(
    blankToUndefined,
    z.string({ error: 'Enter the date you can start' }).regex(isoDay, 'Enter the date you can start'),
  ),
  note: optionalText(1000, 'The note'),
});

/** The first message per field of a failed parse (the form shows one message under each field). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    out[key] ??= issue.message;
  }
  return out;
}
