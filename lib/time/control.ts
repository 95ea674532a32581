import { CUE_FAMILIES } from "../extract/cues";
import type { Claim, PartialDate } from "../schema/article";
import type { Place } from "../schema/gazetteer";
import { normalizeText } from "../text/normalize-ar";
import { intervalOf } from "../view/date-range";

/**
 * Control changes: places named as lost, retaken or overrun, in date order, and who held each
 * one last as of a month. A group's territorial loss hands the place to the state ("government
 * forces"): the extraction makes a loss of any group that an army, the coalition or another
 * group drove out. A group's presence claim whose passage says it seized, captured, overran or
 * retook the place hands it to that group. Only towns are used: a province or country "lost" is
 * a figure about an area, not a place changing hands, and is never drawn as a point.
 */

/** The holder of a place a group lost: the state's forces (the extraction names no other side). */
export const STATE_HOLDER = "state";

export type ControlChange = {
  claimId: string;
  article: string;
  passageId: string;
  placeId: string;
  date: PartialDate;
  /** "lost": the group lost the place; "taken": the group took it. */
  change: "lost" | "taken";
  group: string;
  /** Who held it after: the group that took it, or STATE_HOLDER. */
  holder: string;
};

export type PlaceControl = {
  placeId: string;
  holder: string;
  since: PartialDate;
  /**
   * True when the dates cannot order the last change: it overlaps an earlier change to another
   * holder ("2017" against "2017-07-10"), or its date may still lie after the month asked.
   */
  uncertain: boolean;
  /** Every change up to the month asked, oldest first. */
  changes: ControlChange[];
};

const { families, re } = CUE_FAMILIES;
const TAKE_GROUPS = new Set(families.flatMap((f, i) => (f === "take" || f === "retake" ? [i + 1] : [])));

/** Whether a passage's words say a place was seized, captured, overrun or retaken. */
export function saysTaken(quote: string): boolean {
  for (const m of normalizeText(quote).matchAll(re)) for (const g of TAKE_GROUPS) if (m[g] !== undefined) return true;
  return false;
}

/** What control changes read of a claim (the corpus's facts carry it). */
export type ControlClaim = Pick<Claim, "id" | "article" | "passageId" | "kind" | "actors" | "places" | "date" | "quote">;

/** The dated control changes a set of claims states about towns. Undated claims cannot be ordered. */
export function controlChanges(claims: readonly ControlClaim[], places: ReadonlyMap<string, Place>): ControlChange[] {
  // Kept per claim object (the corpus reuses an unchanged article's): a new corpus version
  // reads the words of its new claims only, not 200,000 quotes again (issue 14 §3, ingest-one).
  let seen = perClaim.get(places);
  if (!seen) perClaim.set(places, (seen = new WeakMap()));
  const out: ControlChange[] = [];
  for (const c of claims) {
    let mine = seen.get(c);
    if (!mine) seen.set(c, (mine = changesOf(c, places)));
    for (const ch of mine) out.push(ch);
  }
  return out;
}

const NONE: readonly ControlChange[] = [];
const perClaim = new WeakMap<ReadonlyMap<string, Place>, WeakMap<ControlClaim, readonly ControlChange[]>>();

function changesOf(c: ControlClaim, places: ReadonlyMap<string, Place>): readonly ControlChange[] {
  if (!c.date || (c.kind !== "territorial-loss" && c.kind !== "presence")) return NONE;
  const towns = c.places.filter((ref) => places.get(ref.placeId)?.kind === "city");
  // The words are read last: the cue expression is the costly test.
  const change = towns.length === 0 ? null : c.kind === "territorial-loss" ? "lost" : saysTaken(c.quote) ? "taken" : null;
  if (!change) return NONE;
  const out: ControlChange[] = [];
  for (const ref of towns) {
    for (const group of new Set(c.actors))
      out.push({ claimId: c.id, article: c.article, passageId: c.passageId, placeId: ref.placeId, date: c.date, change, group, holder: change === "lost" ? STATE_HOLDER : group });
  }
  return out;
}

/**
 * Date order at each date's own precision: by the first day it may be, then the last (a day
 * inside a month comes before the month as a whole, which may end later), then a loss before a
 * gain (one passage saying "X seized the town from Y" makes Y's loss and X's gain, and X holds
 * it), then the claim id, so the same corpus always gives the same order.
 */
export function compareChanges(a: ControlChange, b: ControlChange): number {
  const ia = intervalOf(a.date.value);
  const ib = intervalOf(b.date.value);
  if (ia.start !== ib.start) return ia.start < ib.start ? -1 : 1;
  if (ia.end !== ib.end) return ia.end < ib.end ? -1 : 1;
  if (a.change !== b.change) return a.change === "lost" ? -1 : 1;
  return a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0;
}

const overlap = (a: PartialDate, b: PartialDate) => {
  const ia = intervalOf(a.value);
  const ib = intervalOf(b.value);
  return ia.start <= ib.end && ib.start <= ia.end;
};

/**
 * Who held each place last as of the end of month `at` (every change when null). A change
 * counts once its date may have come by then, as the map's date filter counts claims.
 */
export function controlAsOf(changes: readonly ControlChange[], at: string | null): PlaceControl[] {
  const end = at ? intervalOf(at).end : null;
  const byPlace = new Map<string, ControlChange[]>();
  for (const ch of changes) {
    if (end && intervalOf(ch.date.value).start > end) continue;
    const list = byPlace.get(ch.placeId) ?? [];
    list.push(ch);
    byPlace.set(ch.placeId, list);
  }
  const out: PlaceControl[] = [];
  for (const [placeId, list] of byPlace) {
    list.sort(compareChanges);
    const last = list[list.length - 1]!;
    // A loss and a gain from the same passage are one event, not a doubt about the order.
    const rivals = list
      .slice(0, -1)
      .filter(
        (ch) =>
          ch.holder !== last.holder &&
          overlap(ch.date, last.date) &&
          !(ch.change === "lost" && last.change === "taken" && ch.passageId === last.passageId && ch.article === last.article),
      );
    const pending = !!end && intervalOf(last.date.value).end > end;
    out.push({ placeId, holder: last.holder, since: last.date, uncertain: rivals.length > 0 || pending, changes: list });
  }
  return out.sort((a, b) => a.placeId.localeCompare(b.placeId));
}

const memo = new WeakMap<readonly ControlClaim[], ControlChange[]>();

/**
 * The changes among `shown` (a filtered subset of `all`), reading the words of the whole corpus
 * once per corpus (`all` is the same array until the corpus changes): playback asks for a new
 * month every step, and re-reading every presence claim's passage each time cost the most.
 */
export function controlChangesAmong(all: readonly ControlClaim[], shown: readonly ControlClaim[], places: ReadonlyMap<string, Place>): ControlChange[] {
  let changes = memo.get(all);
  // Sorted once here: a filtered list keeps the order, and controlAsOf's sort then finds it done.
  if (!changes) memo.set(all, (changes = controlChanges(all, places).sort(compareChanges)));
  // `shown` is a subset of `all`: as long, it is all of it (a filter that kept every claim).
  if (shown === all || shown.length === all.length) return changes;
  const ids = new Set(shown.map((c) => c.id));
  return changes.filter((ch) => ids.has(ch.claimId));
}
