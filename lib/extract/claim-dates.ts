import type { Cue } from "./outcomes";

/** "during the year", "خلال العام", "that year", "العام نفسه": the year the article last named. */
export const SAME_YEAR = /(?:^|\s)(?:during the year|that year|the same year|in the year|خلال العام|في العام نفسه|العام نفسه|ذلك العام|في ذلك العام|خلال ذلك العام|نفس العام)(?:\s|$|[.,،])/u;

const RELATIVE = /(?:^|\s)(?:[وف]?(?:الذي|التي|الذين|اللذين|اللتين|اللواتي)|which|who|whom)\s/u;

/** Whether a date lies in a relative clause ("..., which was published on Thursday,") that does not hold the cue. */
export function inRelativeClause(text: string, d: { start: number; end: number }, cue: Cue): boolean {
  const segStart = Math.max(...[",", "،", ".", "\n"].map((ch) => text.lastIndexOf(ch, d.start - 1))) + 1;
  const ends = [",", "،", ".", "\n"].map((ch) => text.indexOf(ch, d.end)).filter((i) => i >= 0);
  const segEnd = ends.length ? Math.min(...ends) : text.length;
  if (cue.start >= segStart && cue.start < segEnd) return false;
  return RELATIVE.test(text.slice(segStart, d.start));
}
