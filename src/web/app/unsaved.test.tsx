import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasUnsavedInput, leaveWithoutAsking, shouldAskBeforeLeaving, useUnsavedInput } from './unsaved.ts';

describe('unsaved input', () => {
  afterEach(() => vi.useRealTimers());

  it('asks before leaving for another page only while a form is dirty', () => {
    const { rerender, unmount } = renderHook(({ dirty }) => useUnsavedInput(dirty), {
      initialProps: { dirty: false },
    });
    expect(shouldAskBeforeLeaving('/candidates/new', '/clients')).toBe(false);
    rerender({ dirty: true });
    expect(hasUnsavedInput()).toBe(true);
    expect(shouldAskBeforeLeaving('/candidates/new', '/clients')).toBe(true);
    // Only the query or hash changes: the page, and the form, stay.
    expect(shouldAskBeforeLeaving('/clients/1', '/clients/1')).toBe(false);
    unmount();
    expect(hasUnsavedInput()).toBe(false);
    expect(shouldAskBeforeLeaving('/candidates/new', '/clients')).toBe(false);
  });

  it("lets the app's own next move go without asking, once and only briefly", () => {
    vi.useFakeTimers();
    const { unmount } = renderHook(() => useUnsavedInput(true));
    leaveWithoutAsking();
    expect(shouldAskBeforeLeaving('/candidates/new', '/candidates/1')).toBe(false);
    expect(shouldAskBeforeLeaving('/candidates/new', '/clients')).toBe(true);
    leaveWithoutAsking();
    vi.advanceTimersByTime(1500);
    expect(shouldAskBeforeLeaving('/candidates/new', '/clients')).toBe(true);
    unmount();
  });
});
