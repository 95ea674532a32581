import { monthsBetween } from "../view/date-range";

/**
 * The steps a playback goes through between the timeline's first and last month: every month,
 * or every year (as of its December, the last step as of the last month) once the range is
 * wider than YEARLY_AFTER_MONTHS, so a long range still plays in a reasonable number of steps.
 */
export const YEARLY_AFTER_MONTHS = 72;

export function playSteps(first: string, last: string): string[] {
  const months = monthsBetween(first.slice(0, 7), last.slice(0, 7));
  if (months.length <= YEARLY_AFTER_MONTHS) return months;
  const steps = months.filter((m) => m.endsWith("-12"));
  if (steps[steps.length - 1] !== months[months.length - 1]) steps.push(months[months.length - 1]!);
  return steps;
}

/** The step an `at` falls in: the first step on or after it (before the range: the first; after: none). */
export function stepIndex(steps: readonly string[], at: string | null): number {
  if (!at) return -1;
  const i = steps.findIndex((s) => s >= at);
  return i === -1 ? steps.length - 1 : i;
}

/**
 * The step `delta` away from `at`, clamped to the range; null past the end of a playback, which
 * then stops. With no `at` yet, forward starts at the first step.
 */
export function stepFrom(steps: readonly string[], at: string | null, delta: number): string | null {
  if (steps.length === 0) return null;
  const i = stepIndex(steps, at);
  if (i === -1) return delta >= 0 ? steps[0]! : steps[steps.length - 1]!;
  const next = i + delta;
  return steps[Math.max(0, Math.min(steps.length - 1, next))]!;
}

/** Whether playback has reached its last step (Play then starts over from the first). */
export function atEnd(steps: readonly string[], at: string | null): boolean {
  return steps.length > 0 && at !== null && at >= steps[steps.length - 1]!;
}

/** How long each step stays on screen, in ms: longer when motion is to be reduced. */
export function stepDelay(reducedMotion: boolean): number {
  return reducedMotion ? 2000 : 1000;
}
