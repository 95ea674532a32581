import { createHash } from "node:crypto";
import { listArticles } from "../data/corpus";
import { type Filters, filtersOf, type ViewState } from "../view/view-state";
import { loadClaimRows, loadDashboardModel, modelInputs } from "../view/load-model";
import type { Size } from "./camera";
import { loadFonts } from "./fonts";
import { baseLayers } from "./geo";
import { renderStaticSvg, type StaticMapInput } from "./render-svg";
import type { Names } from "./title";

/**
 * Gathers what a static map of a view needs from the app's data (the dashboard's model for the
 * view's filters, the base layers, names, the articles cited) and renders it. The ETag is the
 * SVG's hash, so an unchanged view answers 304 before any PNG is rasterised.
 */
export async function viewNames(filters: Filters): Promise<Names> {
  const model = await loadDashboardModel(filters);
  const countries = new Map([...(await modelInputs()).places.values()].filter((p) => p.kind === "country").map((p) => [p.iso ?? p.id, p]));
  return { actors: new Map(model.actors.map((a) => [a.id, a])), countries };
}

export async function staticMapInput(view: ViewState, size: Size): Promise<StaticMapInput> {
  const filters = filtersOf(view);
  const model = await loadDashboardModel(filters);
  // Claims per article over the whole view, as the subtitle counts them: counting only the claims
  // drawn said "(14)" under a subtitle of 19 claims.
  const perArticle = new Map<string, number>();
  for (const c of await loadClaimRows(filters)) perArticle.set(c.article, (perArticle.get(c.article) ?? 0) + 1);
  const titles = new Map((await listArticles()).map((a) => [a.slug, a.title]));
  return {
    view,
    size,
    marks: model.marks,
    actors: new Map(model.actors.map((a) => [a.id, a])),
    names: await viewNames(filters),
    sources: [...perArticle].map(([slug, claims]) => ({ title: titles.get(slug) ?? slug, claims })),
    counts: { claims: model.claimsTotal, claimPlaceRows: model.claimPlaceRows },
    base: baseLayers(),
    fonts: loadFonts(),
  };
}

export type RenderedSvg = { svg: string; etag: string };

export async function staticMapSvg(view: ViewState, size: Size): Promise<RenderedSvg> {
  const svg = renderStaticSvg(await staticMapInput(view, size));
  return { svg, etag: `"${createHash("sha256").update(svg).digest("base64url").slice(0, 32)}"` };
}
