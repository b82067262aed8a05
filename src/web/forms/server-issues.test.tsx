import { describe, expect, it } from 'vitest';
import { changedFields, hasPath, normalizeIssuePath, splitIssues } from './server-issues.ts';

const values = {
  version: 3,
  firstName: 'Ann',
  headline: null,
  emails: [{ address: 'ann@example', label: 'work' }],
  skills: [],
};

describe('normalizeIssuePath', () => {
  it('accepts dotted, bracketed and body-prefixed paths', () => {
    expect(normalizeIssuePath('emails.0.address')).toBe('emails.0.address');
    expect(normalizeIssuePath('emails[0].address')).toBe('emails.0.address');
    expect(normalizeIssuePath('body.firstName')).toBe('firstName');
    expect(normalizeIssuePath('')).toBe('');
  });
});

describe('hasPath', () => {
  it('finds present keys, even null ones, and array rows', () => {
    expect(hasPath(values, 'firstName')).toBe(true);
    expect(hasPath(values, 'headline')).toBe(true);
    expect(hasPath(values, 'emails.0.address')).toBe(true);
    expect(hasPath(values, 'emails')).toBe(true);
  });
  it('rejects what the form does not hold', () => {
    expect(hasPath(values, 'emails.1.address')).toBe(false);
    expect(hasPath(values, 'ownerId')).toBe(false);
    expect(hasPath(values, 'firstName.length.x')).toBe(false);
    expect(hasPath(values, '')).toBe(false);
  });
});

describe('splitIssues', () => {
  it('puts issues on fields the form has and the rest in the form-level message', () => {
    const split = splitIssues(
      [
        { path: 'emails.0.address', message: 'Not a valid email address' },
        { path: 'firstName', message: 'Required' },
        { path: 'ownerId', message: 'Not allowed' },
        { path: '', message: 'Something general' },
      ],
      values,
    );
    expect(split.fields).toEqual([
      { name: 'emails.0.address', message: 'Not a valid email address' },
      { name: 'firstName', message: 'Required' },
    ]);
    expect(split.unmapped).toEqual(['ownerId: Not allowed', 'Something general']);
  });
  it('sends issues on hidden values (the version) to the form-level message', () => {
    const split = splitIssues([{ path: 'version', message: 'stale' }], values, ['version']);
    expect(split.fields).toEqual([]);
    expect(split.unmapped).toEqual(['version: stale']);
  });
});

describe('changedFields', () => {
  it('keeps only what changed, and always the version', () => {
    const initial = { version: 3, firstName: 'Ann', headline: '', city: 'Leeds', skills: [{ name: 'SQL' }] };
    const patch = changedFields(
      { version: 3, firstName: 'Ann', headline: null, city: 'York', skills: [{ name: 'SQL' }] },
      initial,
      ['version'],
    );
    expect(patch).toEqual({ version: 3, city: 'York' });
  });
  it('sends null for a field that was cleared', () => {
    expect(changedFields({ headline: null }, { headline: 'Welder' })).toEqual({ headline: null });
  });
  it('sends a whole array when one row changed', () => {
    expect(
      changedFields({ skills: [{ name: 'SQL' }, { name: 'Go' }] }, { skills: [{ name: 'SQL' }] }),
    ).toEqual({
      skills: [{ name: 'SQL' }, { name: 'Go' }],
    });
  });
});
