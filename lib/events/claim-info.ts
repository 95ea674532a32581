import { corpus } from "../data/corpus";
import { gradeBook } from "../data/sources";
import type { ClaimGrade } from "../grades/scales";
import { loadEventIndex } from "./load";

/** What the reader shows beside a claim: its grade and the event it reports. */
export type ClaimInfo = ClaimGrade & { event: string; reports: number; sources: number };

export async function claimInfo(article: string, claimIds: readonly string[]): Promise<Record<string, ClaimInfo>> {
  const [c, book, events] = await Promise.all([corpus(), gradeBook(), loadEventIndex()]);
  const source = c.listing.find((l) => l.slug === article)?.source;
  const out: Record<string, ClaimInfo> = {};
  for (const id of claimIds) {
    const e = events.eventOf(id);
    out[id] = {
      reliability: book.reliabilityOf(source),
      credibility: book.credibilityOf(article, id),
      event: e?.id ?? id.replace(/^c-/, "e-"),
      reports: e?.claimIds.length ?? 1,
      sources: e?.sources ?? 1,
    };
  }
  return out;
}
