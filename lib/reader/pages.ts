import { z } from "zod";
import type { Passage } from "../schema/article";

/**
 * Pages of passages (issue 17 item 5): the reader and the article API serve an article a page at
 * a time, so a huge article never becomes one huge response. Passages keep text order; a page
 * ends when it holds `passages` passages or `chars` characters of text, whichever comes first
 * (a page always holds at least one passage, however long).
 */
export interface PageBounds {
  passages: number;
  chars: number;
}

/** The reader's pages: a few hundred passages, and never much more text than a long article. */
export const READER_PAGE: PageBounds = { passages: 300, chars: 150_000 };

/** Passages in text order (their stored order is not guaranteed to be it). */
export const inTextOrder = (passages: readonly Passage[]): Passage[] => [...passages].sort((a, b) => a.start - b.start);

/** Index of the first passage of each page; one page (starting at 0) for an empty article. */
export function pageStarts(lengths: readonly number[], bounds: PageBounds): number[] {
  const starts = [0];
  let count = 0;
  let chars = 0;
  lengths.forEach((len, i) => {
    if (count > 0 && (count >= bounds.passages || chars + len > bounds.chars)) {
      starts.push(i);
      count = 0;
      chars = 0;
    }
    count += 1;
    chars += len;
  });
  return starts;
}

export interface Paging {
  /** 1-based. */
  page: number;
  pages: number;
  /** The page's passages as indexes into the ordered list: [from, to). */
  from: number;
  to: number;
  /** Passages in the whole article. */
  total: number;
}

export function pagingOf(starts: readonly number[], total: number, page: number): Paging {
  const p = Math.min(Math.max(1, Math.trunc(page)), starts.length);
  return { page: p, pages: starts.length, from: starts[p - 1]!, to: starts[p] ?? total, total };
}

/** The 1-based page holding the passage at `index`. */
export function pageOfIndex(starts: readonly number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** `?page=` as the reader reads it: a positive integer, or null (then page 1) for anything else. */
export function pageParam(value: string | string[] | undefined): number | null {
  const v = Array.isArray(value) ? value[0] : value;
  return v !== undefined && /^[1-9][0-9]{0,6}$/.test(v) ? Number(v) : null;
}

/** A passage id as a query parameter (`?passage=p-…` finds the page that holds it). */
export const PassageIdParam = z.string().regex(/^p-[a-z0-9]{1,64}$/, "a passage id looks like p-1a2b3c");
