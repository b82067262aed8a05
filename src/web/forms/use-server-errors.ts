import { useCallback, useState } from 'react';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { ApiError, errorMessage } from '../api/errors.ts';
import { splitIssues } from './server-issues.ts';

export interface FormProblem {
  message: string;
  details: string[];
  /** The record changed under the user (409): offer to load the latest and keep their values. */
  conflict: boolean;
}

/**
 * Turns a failed save into field errors and a form-level message. It never resets the form: whatever the user typed
 * stays in place to fix and save again.
 */
export function useServerErrors<T extends FieldValues>(
  form: UseFormReturn<T>,
  hidden: readonly string[] = [],
) {
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const onError = useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiError)) {
        setProblem({ message: errorMessage(error), details: [], conflict: false });
        return;
      }
      if (error.isConflict) {
        setProblem({
          message: error.message || 'Someone else changed this record since you opened it.',
          details: [],
          conflict: true,
        });
        return;
      }
      // A 400, but also a 409 duplicate ("already registered") or refused move, may name the fields at fault.
      const split = splitIssues(error.issues, form.getValues(), ['version', ...hidden]);
      split.fields.forEach((issue, index) => {
        form.setError(
          issue.name as FieldPath<T>,
          { type: 'server', message: issue.message },
          { shouldFocus: index === 0 },
        );
      });
      const onlyFieldProblems =
        error.status === 400 && error.issues.length > 0 && split.unmapped.length === 0;
      setProblem(
        onlyFieldProblems
          ? { message: 'Please correct the highlighted fields.', details: [], conflict: false }
          : { message: error.message, details: split.unmapped, conflict: false },
      );
    },
    [form, hidden],
  );

  const clear = useCallback(() => setProblem(null), []);
  return { problem, onError, clear };
}
