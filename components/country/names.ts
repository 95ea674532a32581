import type { UiLang } from "@/lib/view/view-state";

export type Names = ReadonlyMap<string, { nameEn: string; nameAr: string }>;

/** A name in the interface language, the id when the lexicon or gazetteer has none. */
export const nameIn = (names: Names, id: string, lang: UiLang) => {
  const n = names.get(id);
  return n ? (lang === "ar" ? n.nameAr : n.nameEn) : id;
};

/** "ISIS → al-Qaeda"; in Arabic the arrow points left, the way the line is read. */
export const arrow = (lang: UiLang) => (lang === "ar" ? "←" : "→");
