/**
 * @module The resolver every form uses: the contract's own schema through zodResolver, with plain-words messages
 * for the issues the contract leaves to zod's defaults ("expected number, received NaN" → "Enter a number").
 * Messages the contract sets itself (e.g. "Not a valid email address") win over these.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

/** A friendlier message for a zod issue, or undefined to keep zod's. */
export function friendlyMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '') return 'Required';
      if (issue.expected === 'number') return 'Enter a number';
      return undefined;
    case 'invalid_format':
      if (issue.format === 'uuid') return 'Choose one';
      if (issue.format === 'date') return 'Enter a date';
      if (issue.format === 'datetime') return 'Enter a date and time';
      return undefined;
    case 'invalid_value':
      return 'Choose one of the options';
    case 'too_small':
      return issue.origin === 'number' ? `At least ${issue.minimum}` : undefined;
    case 'too_big':
      return issue.origin === 'number' ? `At most ${issue.maximum}` : undefined;
    case 'not_multiple_of':
      return issue.divisor === 0.01 ? 'At most 2 decimals' : `Use steps of ${issue.divisor}`;
    default:
      return undefined;
  }
}

/** zodResolver for a contract schema, with friendly messages. */
export function formResolver<S extends z.ZodType<unknown, FieldValues>>(
  schema: S,
): Resolver<z.input<S>, unknown, z.output<S>> {
  const options = { error: (issue: Issue) => friendlyMessage(issue) };
  return zodResolver(schema as never, options as never) as unknown as Resolver<
    z.input<S>,
    unknown,
    z.output<S>
  >;
}
