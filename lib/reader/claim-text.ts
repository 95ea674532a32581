import type { Actor } from "../extract/actors";
import type { Claim } from "../schema/article";
import type { Place } from "../schema/gazetteer";
import { claimSummary } from "../view/claim-summary";
import { claimRow } from "../view/dashboard-model";
import type { UiLang } from "../view/view-state";

/** How the reader words a claim: the same summary as the map's popups, in the interface language. */
export interface ClaimWording {
  summary(c: Claim): string;
  /** A group's Arabic name from its English one, for attributions ("a broadcaster linked to …"). */
  groupAr(nameEn: string): string | undefined;
}

export function claimWording(lang: UiLang, places: ReadonlyMap<string, Place>, actors: ReadonlyMap<string, Actor>): ClaimWording {
  const name = (id: string) => (lang === "ar" ? actors.get(id)?.nameAr : actors.get(id)?.nameEn) ?? id;
  let byEnglish: Map<string, string> | undefined;
  return {
    summary: (c) => claimSummary(claimRow(c, places), lang, name),
    groupAr: (nameEn) => (byEnglish ??= new Map([...actors.values()].map((a) => [a.nameEn, a.nameAr]))).get(nameEn),
  };
}
