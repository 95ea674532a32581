import type { Place } from "../schema/gazetteer";
import { MARK_ARTICLES, type Mark } from "../view/marks";
import type { Filters, ViewLayer } from "../view/view-state";
import { effectiveRange } from "./as-of";
import { type ControlClaim, controlAsOf, controlChangesAmong, type PlaceControl, STATE_HOLDER } from "./control";

/**
 * Control as marks on the "control-changes" layer: one point per town, coloured by the group
 * that held it last (no actor, so the neutral grey, when the state did). `value` is the number
 * of changes up to the date, or 0 when the last one cannot be ordered: the layer draws those
 * with a thin ring. Every change's claim is listed, so the popup quotes each passage.
 */
export function controlMarks(controls: readonly PlaceControl[], places: ReadonlyMap<string, Place>): Mark[] {
  const out: Mark[] = [];
  for (const c of controls) {
    const place = places.get(c.placeId);
    if (!place) continue;
    const last = c.changes[c.changes.length - 1]!;
    out.push({
      id: `control-changes@${place.id}`,
      layer: "control-changes",
      placeId: place.id,
      nameEn: place.nameEn,
      nameAr: place.nameAr,
      precision: "point",
      targets: [],
      countries: place.countries,
      point: place.point,
      claims: new Set(c.changes.map((ch) => ch.claimId)).size,
      articles: [...new Set(c.changes.map((ch) => ch.article))].reverse().slice(0, MARK_ARTICLES),
      articleCount: new Set(c.changes.map((ch) => ch.article)).size,
      value: c.uncertain ? 0 : c.changes.length,
      actor: c.holder === STATE_HOLDER ? null : c.holder,
      fromActor: last.change === "lost" ? last.group : null,
      toActor: c.holder === STATE_HOLDER ? null : c.holder,
      control: { holder: c.holder, since: c.since, uncertain: c.uncertain },
    });
  }
  return out;
}

/**
 * A dashboard model with the control-changes layer's marks and count added: one call where a
 * model is built. `undated` is the claims matching the view's filters but its dates: control
 * looks back over the whole history up to the view's end date, not only its window.
 */
export function withControlMarks<M extends { marks: Mark[]; counts: Record<ViewLayer, number> }>(
  model: M,
  input: { claims: readonly ControlClaim[]; places: ReadonlyMap<string, Place> },
  undated: readonly ControlClaim[],
  filters: Filters,
): M {
  const controls = controlAsOf(controlChangesAmong(input.claims, undated, input.places), effectiveRange(filters).to);
  const control = controlMarks(controls, input.places);
  const claims = new Set(controls.flatMap((c) => c.changes.map((ch) => ch.claimId)));
  return { ...model, marks: [...model.marks.filter((m) => m.layer !== "control-changes"), ...control], counts: { ...model.counts, "control-changes": claims.size } };
}

/** The claims behind one town's control mark (newest change first): what its popup lists. */
export function controlClaimIds(
  input: { claims: readonly ControlClaim[]; places: ReadonlyMap<string, Place> },
  undated: readonly ControlClaim[],
  filters: Filters,
  placeId: string,
): string[] {
  const c = controlAsOf(controlChangesAmong(input.claims, undated, input.places), effectiveRange(filters).to).find((x) => x.placeId === placeId);
  return c ? [...new Set(c.changes.map((ch) => ch.claimId))].reverse() : [];
}
