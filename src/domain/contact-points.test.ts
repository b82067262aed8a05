import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlausiblePhone, normalizeEmail, normalizePhone, normalizeSearchText } from './contact-points.ts';

describe('normal forms', () => {
  it('reads one phone number however it is written', () => {
    const forms = ['(617) 555-0142', '617.555.0142', '+1 617 555 0142', '1-617-555-0142', '6175550142'];
    expect(new Set(forms.map(normalizePhone))).toEqual(new Set(['6175550142']));
    expect(normalizePhone('+44 20 7946 0958')).toBe('442079460958');
  });

  it('accepts phone numbers of 7 to 15 digits and nothing else', () => {
    expect(isPlausiblePhone('555-0142')).toBe(true);
    expect(isPlausiblePhone('12345')).toBe(false);
    expect(isPlausiblePhone('call me maybe')).toBe(false);
    expect(isPlausiblePhone('1234567890123456')).toBe(false);
  });

  it('compares emails and text case- and accent-insensitively', () => {
    expect(normalizeEmail('  Maria.Lopez@Example.COM ')).toBe('maria.lopez@example.com');
    expect(normalizeSearchText('  José   Ñúñez ')).toBe('jose nunez');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(normalizePhone(normalizePhone(s))).toBe(normalizePhone(s));
        expect(normalizeSearchText(normalizeSearchText(s))).toBe(normalizeSearchText(s));
      }),
    );
  });
});
