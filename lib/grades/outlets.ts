import { corpus } from "../data/corpus";
import { gradeBook, sourceId } from "../data/sources";
import type { Reliability } from "./scales";

/** An outlet as the sources page lists it: every spelling of it folded into one (sourceId). */
export type Outlet = { id: string; name: string; articles: number; reliability: Reliability };

/** The outlets the articles name, most articles first; articles with no stated source are not an outlet. */
export async function listOutlets(): Promise<Outlet[]> {
  const [c, book] = await Promise.all([corpus(), gradeBook()]);
  const byId = new Map<string, Outlet>();
  for (const a of c.listing) {
    if (!a.source?.trim()) continue;
    const id = sourceId(a.source);
    const o = byId.get(id) ?? { id, name: a.source.trim(), articles: 0, reliability: book.reliabilityOf(a.source) };
    o.articles += 1;
    byId.set(id, o);
  }
  return [...byId.values()].sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name));
}
