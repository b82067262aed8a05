/** @module Normal forms of emails and phone numbers, so that search and deduplication compare like with like. */

/** Lower-cases and trims an email address; the whole address is compared case-insensitively, as people expect. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/**
 * Reduces a phone number to its digits, dropping a leading North-American trunk `1` on 11-digit numbers, so that
 * "(617) 555-0142", "617.555.0142" and "+1 617 555 0142" are one number.
 */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

/** A phone number worth storing has 7 to 15 digits (E.164's maximum). */
export const isPlausiblePhone = (phone: string) => {
  const digits = phone.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15 && /^[+\d\s().\-/x]+$/i.test(phone.trim());
};

/** Text as search compares it: lower case, accents dropped, runs of space collapsed. */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
