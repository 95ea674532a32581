import type { ClaimFact } from "../data/corpus";
import { controlMarks } from "../time/control-marks";
import { type ControlChange, controlAsOf, controlChanges } from "../time/control";
import type { Place } from "../schema/gazetteer";
import type { Mark } from "./marks";

/**
 * The control-changes layer of the unfiltered dashboard (every claim, no date cut), kept across
 * corpus versions: a write recomputes the towns its articles' changes name, not every town of
 * the corpus (sorting every change of 200,000 claims was most of ingest-one's model). The marks
 * are lib/time's, computed per town exactly as withControlMarks does for the whole corpus.
 */
export type ControlLayer = { marks: Mark[]; claims: number };

export class CorpusControl {
  /** Each counted article's claims array and the changes they state. */
  private readonly counted = new Map<string, { facts: readonly ClaimFact[]; changes: readonly ControlChange[] }>();
  /** Changes by town, then by article. */
  private readonly byPlace = new Map<string, Map<string, readonly ControlChange[]>>();
  private readonly marks = new Map<string, Mark>();
  /** Changes per claim id: the layer's count is the distinct claims behind its marks. */
  private readonly perClaim = new Map<string, number>();
  private order: Mark[] | null = null;

  constructor(readonly places: ReadonlyMap<string, Place>) {}

  /** Brings the layer to `articles` (accepted claims by article; an unchanged article keeps its array). */
  update(articles: ReadonlyMap<string, readonly ClaimFact[]>): ControlLayer {
    const changes = new Map<string, readonly ClaimFact[] | undefined>();
    for (const [slug, was] of this.counted) if (articles.get(slug) !== was.facts) changes.set(slug, articles.get(slug));
    for (const [slug, facts] of articles) if (this.counted.get(slug)?.facts !== facts) changes.set(slug, facts);
    return this.patch(changes);
  }

  /**
   * Brings the layer to the articles given (accepted claims by article, undefined for one gone),
   * the others as counted: what a write that the corpus names costs, whatever the corpus's size.
   */
  patch(changes: ReadonlyMap<string, readonly ClaimFact[] | undefined>): ControlLayer {
    const touched = new Set<string>();
    const put = (slug: string, changes: readonly ControlChange[], sign: 1 | -1) => {
      const byTown = new Map<string, ControlChange[]>();
      for (const ch of changes) {
        (byTown.get(ch.placeId) ?? byTown.set(ch.placeId, []).get(ch.placeId)!).push(ch);
        const n = (this.perClaim.get(ch.claimId) ?? 0) + sign;
        if (n) this.perClaim.set(ch.claimId, n);
        else this.perClaim.delete(ch.claimId);
      }
      for (const [placeId, own] of byTown) {
        touched.add(placeId);
        const at = this.byPlace.get(placeId) ?? this.byPlace.set(placeId, new Map()).get(placeId)!;
        if (sign > 0) at.set(slug, own);
        else at.delete(slug);
        if (!at.size) this.byPlace.delete(placeId);
      }
    };
    for (const [slug, facts] of changes) {
      const was = this.counted.get(slug);
      if (!was || was.facts === facts) continue;
      put(slug, was.changes, -1);
      this.counted.delete(slug);
    }
    for (const [slug, facts] of changes) {
      if (!facts || this.counted.get(slug)?.facts === facts) continue;
      const changes = controlChanges(facts, this.places);
      put(slug, changes, 1);
      this.counted.set(slug, { facts, changes });
    }
    for (const placeId of touched) {
      const at = this.byPlace.get(placeId);
      this.order = null;
      if (!at) {
        this.marks.delete(placeId);
        continue;
      }
      // Corpus order (articles by slug), as a pass over the corpus's claims gives them.
      const slugs = [...at.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const [mark] = controlMarks(
        controlAsOf(
          slugs.flatMap((s) => at.get(s)!),
          null,
        ),
        this.places,
      );
      if (mark) this.marks.set(placeId, mark);
      else this.marks.delete(placeId);
    }
    this.order ??= [...this.marks.keys()].sort((a, b) => a.localeCompare(b)).map((id) => this.marks.get(id)!);
    return { marks: this.order, claims: this.perClaim.size };
  }
}
