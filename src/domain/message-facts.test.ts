import { describe, expect, it } from 'vitest';
import { factsDiffer, factsOf, jobTitleIn, startDateIn } from './message-facts.ts';

const today = '2026-11-23';

describe('factsOf', () => {
  it('reads a pay rate for a candidate and a bill rate for a client', () => {
    expect(factsOf('The pay is $21.00 per hour, paid weekly.', 'candidate', today)).toEqual({
      payRate: '$21.00/hour',
    });
    expect(factsOf('Our rate for this would be $32.5/hr.', 'contact', today)).toEqual({
      billRate: '$32.50/hour',
    });
  });

  it('tells a bill rate from pay by the words before it', () => {
    expect(factsOf('We would bill $30/hour for a Picker.', 'candidate', today).billRate).toBe('$30.00/hour');
  });

  it('reads amounts with thousands and no unit', () => {
    expect(factsOf('Salary $52,000 a year', 'candidate', today).payRate).toBe('$52000.00/year');
    expect(factsOf('It pays $19', 'candidate', today).payRate).toBe('$19.00');
  });

  it('reads nothing from a text without facts', () => {
    expect(factsOf('Hi Sam, how did the week go?', 'candidate', today)).toEqual({});
  });
});

describe('startDateIn', () => {
  it('reads written, ISO and US dates after "start"', () => {
    expect(startDateIn('You start on Monday, December 1.', today)).toBe('2026-12-01');
    expect(startDateIn('Start date: 2027-01-04', today)).toBe('2027-01-04');
    expect(startDateIn('starting 12/7/2026 at 7am', today)).toBe('2026-12-07');
    // No year: the next such day.
    expect(startDateIn('starts Jan 5th', today)).toBe('2027-01-05');
  });

  it('ignores dates that are not a start, and impossible days', () => {
    expect(startDateIn('We spoke on December 1.', today)).toBeNull();
    expect(startDateIn('start date: 2026-02-30', today)).toBeNull();
  });
});

describe('jobTitleIn', () => {
  it('reads a capitalised title before "position" or after "role:"', () => {
    expect(jobTitleIn('I have the Forklift Operator position for you')).toBe('Forklift Operator');
    expect(jobTitleIn('Role: Night Shift Picker, in Dorchester')).toBe('Night Shift Picker');
    expect(jobTitleIn('a great position for you')).toBeNull();
  });
});

describe('factsDiffer', () => {
  it('compares rates by amount and stated unit', () => {
    expect(factsDiffer('payRate', '$18.00/hour', '$18.00')).toBe(false);
    expect(factsDiffer('payRate', '$18.00/hour', '$21.00/hour')).toBe(true);
    expect(factsDiffer('payRate', '$18.00/hour', '$18.00/day')).toBe(true);
  });

  it('treats a title inside another as the same job', () => {
    expect(factsDiffer('jobTitle', 'Forklift Operator', 'forklift operator')).toBe(false);
    expect(factsDiffer('jobTitle', 'Forklift Operator', 'Operator')).toBe(false);
    expect(factsDiffer('jobTitle', 'Forklift Operator', 'Receptionist')).toBe(true);
  });
});
