import { largerShare, type StatedFigure } from "./figures";
import { MARK_ARTICLES, type Mark } from "./marks";
import { type Counter, leading, least } from "./counters";

/** What the aggregate counts for one mark, and the mark made from it (lib/view/aggregate). */
export type Direction = { from: string | null; to: string | null; actor: string | null };

export type MarkEntry = {
  /** The aggregate's revision when a claim last came in or out: what a cached result is checked against. */
  rev: number;
  template: Mark;
  claims: number;
  /** Claims not proposed (accepted, or from a file): none makes the mark unreviewed. */
  accepted: number;
  articles: Counter<string>;
  /** Issue 16: claims per event and per outlet (distinct events are what a mark counts). */
  events: Counter<string>;
  outlets: Counter<string>;
  actors: Counter<string>;
  figures: Map<string, { figure: StatedFigure; n: number }>;
  directions: Map<string, Direction & { n: number }>;
};

export function markOf(e: MarkEntry, withEvents: boolean): Mark {
  // The first articles in corpus order (slug order), whatever order writes came in: a count
  // patched article by article then names the same ones as a count of the whole corpus.
  const articles = least(e.articles.keys(), MARK_ARTICLES);
  const m: Mark = { ...e.template, claims: e.claims, articles, articleCount: e.articles.size };
  // Events, not reports: two articles on one capture count once (issue 16 §1).
  m.value = e.events.size;
  if (withEvents) {
    m.events = e.events.size;
    m.sources = e.outlets.size;
  }
  if (e.accepted === 0) m.unreviewed = true;
  m.actor = leading(e.actors);
  if (m.layer === "territorial-loss") {
    m.figure = [...e.figures.values()].reduce<StatedFigure | null>((best, g) => largerShare(best, g.figure), null);
    m.value = m.figure?.value ?? 0;
  }
  if (m.layer === "allegiance-shifts") {
    const lead = leading(new Map([...e.directions.values()].map((d) => [d, d.n])));
    m.fromActor = lead?.from ?? null;
    m.toActor = lead?.to ?? null;
    m.actor = lead?.actor ?? m.actor;
    m.directions = e.directions.size;
  }
  return m;
}
