import type { PartialDate } from "../schema/article";
import { normalizeText } from "../text/normalize-ar";
import { findOffsets, type FoundDate, isReportingDate, shiftDate } from "./dates";
import type { Cue } from "./outcomes";

/** "during the year", "خلال العام", "that year", "العام نفسه": the year the article last named. */
export const SAME_YEAR =
  /(?:^|\s)(?:during the year|that year|the same year|in the year|خلال العام|في العام نفسه|العام نفسه|ذلك العام|في ذلك العام|خلال ذلك العام|نفس العام)(?:\s|$|[.,،])/u;

const RELATIVE = /(?:^|\s)(?:[وف]?(?:الذي|التي|الذين|اللذين|اللتين|اللواتي)|which|who|whom)\s/u;

/** Whether a date lies in a relative clause ("..., which was published on Thursday,") that does not hold the cue. */
export function inRelativeClause(text: string, d: { start: number; end: number }, cue: Cue): boolean {
  const segStart = Math.max(...[",", "،", ".", "\n"].map((ch) => text.lastIndexOf(ch, d.start - 1))) + 1;
  const ends = [",", "،", ".", "\n"].map((ch) => text.indexOf(ch, d.end)).filter((i) => i >= 0);
  const segEnd = ends.length ? Math.min(...ends) : text.length;
  if (cue.start >= segStart && cue.start < segEnd) return false;
  return RELATIVE.test(text.slice(segStart, d.start));
}

/**
 * The event's date among a clause's dates (`pool`, nearest first by `pick`): a date that a verb of
 * saying governs ("claimed responsibility on Thursday for an attack ... on Tuesday") gives way to
 * the others; an event told again ("the attack", a claim of responsibility) that has only the
 * statement's date took place on the story's day, when that day is not later.
 */
export function eventDate(
  text: string,
  pool: FoundDate[],
  all: FoundDate[],
  pick: (xs: FoundDate[]) => FoundDate | undefined,
  retold: boolean,
  storyDay?: PartialDate,
): PartialDate | undefined {
  const events = pool.filter((d) => !isReportingDate(text, d));
  if (events.length) return pick(events)?.date;
  // "claimed responsibility on Thursday for an attack ..., in which 71 soldiers were killed on
  // Tuesday": the claimed event's own date may sit in a clause of its own.
  const elsewhere = retold && pool.length ? all.filter((d) => !isReportingDate(text, d) && d.date.precision === "day") : [];
  if (elsewhere.length) return pick(elsewhere)?.date;
  const said = pick(pool)?.date;
  if (said && retold && storyDay?.precision === "day" && said.precision === "day" && storyDay.value <= said.value) return { ...storyDay, inferred: true };
  return said;
}

/**
 * "two weeks after recapturing al-Qaim", "بعد أسبوعين من دخول القوات زنجبار": the event told after
 * an offset (in the same sentence, close to it, with all its places) took place that long before the passage's other
 * event — the date named before the offset, else the story's day.
 */
export function offsetDate(text: string, cueStart: number, placeStarts: number[], dates: FoundDate[], storyDay?: PartialDate): PartialDate | undefined {
  const o = findOffsets(text)
    .filter((x) => x.end <= cueStart && cueStart - x.end <= OFFSET_REACH && !/[.!?؟;؛]/u.test(text.slice(x.end, cueStart)))
    .pop();
  // A claim whose places are told before the offset is the other event ("retook Rawa ..., two
  // weeks after recapturing al-Qaim"): only the places after it share its date.
  if (!o || !placeStarts.length || placeStarts.some((at) => at < o.end)) return undefined;
  const base = dates.filter((d) => d.end <= o.start).pop()?.date ?? storyDay;
  return base ? shiftDate(base, o) : undefined;
}

// How far after "two weeks after" the event it dates may be told.
const OFFSET_REACH = 80;

/**
 * "once controlled", "used to hold": a state of affairs over before the story ("before"): no day
 * of the story is its day. "كانت جماعة بوكو حرام تسيطر", "كان البغدادي يختبئ فيه": a past
 * continuous that may last up to the story's event ("during"). Read just before the cue, within
 * its sentence. ("had seized" is an earlier event, dated as events are, not a state.)
 */
const ONCE = /(?:^|\s)(?:once|formerly|previously|used to)\s+(?:\S+\s+){0,2}$/u;
const WAS = /(?:^|\s)[وف]?(?:كان|كانت|كانوا)\s+(?:\S+\s+){0,4}$/u;

export function pastState(text: string, cueStart: number): "before" | "during" | null {
  const lead = normalizeText(text.slice(Math.max(0, cueStart - PAST_REACH), cueStart));
  const sentence = ` ${(lead.split(/[.!?؟;؛,،]/u).pop() ?? "").trim()} `;
  return ONCE.test(sentence) ? "before" : WAS.test(sentence) ? "during" : null;
}

// How far before its cue a past auxiliary ("كانت", "once") may stand.
const PAST_REACH = 50;
