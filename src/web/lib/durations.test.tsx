import { describe, expect, it } from 'vitest';
import { formatPoints, formatShare, humanizeDuration, signedDuration } from './durations.ts';

const DAY = 86_400;

describe('humanizeDuration', () => {
  it('picks the unit that keeps the number small', () => {
    expect(humanizeDuration(0)).toBe('0 s');
    expect(humanizeDuration(45)).toBe('45 s');
    expect(humanizeDuration(12 * 60)).toBe('12 min');
    expect(humanizeDuration(5 * 3600)).toBe('5 h');
    expect(humanizeDuration(2 * DAY)).toBe('2 d');
    expect(humanizeDuration(36 * DAY)).toBe('36 d');
    expect(humanizeDuration(150 * DAY)).toBe('5 mo');
    expect(humanizeDuration(3 * 365 * DAY)).toBe('3 y');
  });
  it('keeps one decimal below ten', () => {
    expect(humanizeDuration(1.5 * DAY)).toMatch(/^1[.,]5 d$/);
    expect(humanizeDuration(90 * 60)).toMatch(/^1[.,]5 h$/);
    expect(humanizeDuration(12.4 * DAY)).toBe('12 d');
  });
  it('moves up a unit where the smaller one would round up to it', () => {
    expect(humanizeDuration(59.6)).toBe('1 min');
    expect(humanizeDuration(3590)).toBe('1 h');
    expect(humanizeDuration(DAY - 60)).toBe('1 d');
  });
  it('says nothing of nonsense', () => {
    expect(humanizeDuration(Number.NaN)).toBe('—');
    expect(humanizeDuration(-5)).toBe('—');
  });
});

describe('signed and shares', () => {
  it('signs a difference of durations with a true minus', () => {
    expect(signedDuration(2 * DAY)).toBe('+2 d');
    expect(signedDuration(-5 * 3600)).toBe('−5 h');
    expect(signedDuration(0)).toBe('±0 s');
  });
  it('shows fractions as percentages and differences as points', () => {
    expect(formatShare(0.38)).toBe('38 %');
    expect(formatShare(0.045)).toMatch(/^4[.,]5 %$/);
    expect(formatShare(0.0001)).toBe('<0.1 %');
    expect(formatShare(null)).toBe('—');
    expect(formatPoints(4.24)).toMatch(/^\+4[.,]2 pp$/);
    expect(formatPoints(-12)).toBe('−12 pp');
    expect(formatPoints(0.01)).toBe('±0 pp');
  });
});
