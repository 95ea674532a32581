import type { Lang } from "../schema/article";

/** Share of Arabic letters among all letters; Arabic wins at 30% since quoted Latin names are common. */
export function arabicShare(text: string): number {
  let ar = 0;
  let letters = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3)) {
      ar++;
      letters++;
    } else if (/\p{L}/u.test(ch)) letters++;
  }
  return letters === 0 ? 0 : ar / letters;
}

export function detectLang(text: string): Lang {
  return arabicShare(text.slice(0, 20_000)) >= 0.3 ? "ar" : "en";
}
