/**
 * @module A person's path as a strip of steps: repeats in a row folded into one step ("Assignment check-in ×12"),
 * with the time between one step and the next. Pure, so it is tested without a browser.
 */

export interface PathStep {
  activity: string;
  at: string;
}

export interface StripStep {
  activity: string;
  /** 1-based number of the first touchpoint this step stands for. */
  number: number;
  /** How many in a row. */
  times: number;
  firstAt: string;
  lastAt: string;
  /** Seconds since the step before ended; null for the first. */
  gap: number | null;
}

/** Folds repeats in a row into one step and measures the gaps between steps. */
export function stripOf(steps: readonly PathStep[]): StripStep[] {
  const strip: StripStep[] = [];
  steps.forEach((step, index) => {
    const last = strip[strip.length - 1];
    if (last && last.activity === step.activity) {
      last.times++;
      last.lastAt = step.at;
      return;
    }
    strip.push({
      activity: step.activity,
      number: index + 1,
      times: 1,
      firstAt: step.at,
      lastAt: step.at,
      gap: last ? (Date.parse(step.at) - Date.parse(last.lastAt)) / 1000 : null,
    });
  });
  return strip;
}

/** Seconds from the last step to `now`: how long the journey has been resting. */
export const restingFor = (steps: readonly PathStep[], now: number = Date.now()) => {
  const last = steps[steps.length - 1];
  return last ? Math.max(0, (now - Date.parse(last.at)) / 1000) : null;
};
