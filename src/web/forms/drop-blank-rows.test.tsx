import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createCandidateRequest } from '../../contract/index.ts';
import { blankWhenEmpty, withBlankRowsDropped } from './drop-blank-rows.ts';
import { formResolver, friendlyMessage } from './resolver.ts';

// Options as react-hook-form passes them; no field refs are needed to validate values.
const resolverOptions = { fields: {}, shouldUseNativeValidation: false } as never;

describe('withBlankRowsDropped', () => {
  const resolver = withBlankRowsDropped(formResolver(createCandidateRequest), {
    emails: blankWhenEmpty('address'),
    phones: blankWhenEmpty('number'),
  });

  it('does not send or validate rows left empty', async () => {
    const result = await resolver(
      {
        firstName: 'Ann',
        lastName: 'Lee',
        emails: [{ address: '', label: 'work' }],
        phones: [{ number: '  ', label: 'mobile' }],
      },
      undefined,
      resolverOptions,
    );
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ firstName: 'Ann', emails: [], phones: [] });
  });

  it('keeps a later row’s error on that row', async () => {
    const result = await resolver(
      {
        firstName: 'Ann',
        lastName: 'Lee',
        emails: [
          { address: '', label: 'work' },
          { address: 'not-an-email', label: 'work' },
        ],
      },
      undefined,
      resolverOptions,
    );
    const emailErrors = result.errors.emails as unknown as ({ address?: { message?: string } } | undefined)[];
    expect(emailErrors[0]).toBeUndefined();
    expect(emailErrors[1]?.address?.message).toBe('Not a valid email address');
  });
});

describe('formResolver', () => {
  it('keeps the contract’s own messages and words the rest plainly', async () => {
    const result = await formResolver(createCandidateRequest)(
      { firstName: '', lastName: 'Lee', desiredPay: Number.NaN },
      undefined,
      resolverOptions,
    );
    expect(result.errors.firstName?.message).toBe('Required');
    expect(result.errors.desiredPay?.message).toBe('Enter a number');
  });

  it('maps a missing uuid choice to "Choose one"', () => {
    const parsed = z.strictObject({ id: z.uuid() }).safeParse({ id: '' }, { error: friendlyMessage });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('Choose one');
  });
});
