/**
 * The consonant skeleton of a place name, the same for its Latin and Arabic spellings:
 * "Jama'are" and "جماعري" are both KMR, "Tillabéri" and "تيلابيري" both TLBR. Most towns of
 * the gazetteer have only an English name (GeoNames has Arabic for few), yet Arabic reporting
 * names them all; the skeleton lets a town named after a place word ("بلدة جماعري") be found
 * among the towns of the countries in focus. Vowels, و/ي/ا (long vowels or glides), ‘ayn and
 * hamza carry no identity here; letters that transliterations swap share a class: k/q/g/j/kh/gh
 * (ك ق غ ج خ), s/sh/ch (س ش ص), t/th (ت ث ط), d/dh (د ذ ض), z (ز ظ), h (ح ه).
 */

const LATIN_DIGRAPHS: [RegExp, string][] = [
  [/kh|gh|ck/g, "K"],
  [/sh|ch|ts/g, "S"],
  [/th/g, "T"],
  [/dh/g, "D"],
  [/ph/g, "F"],
];

const LATIN: Record<string, string> = {
  b: "B",
  p: "B",
  t: "T",
  d: "D",
  k: "K",
  q: "K",
  g: "K",
  j: "K",
  c: "K",
  s: "S",
  x: "S",
  z: "Z",
  r: "R",
  l: "L",
  m: "M",
  n: "N",
  f: "F",
  v: "F",
  h: "H",
};

const ARABIC: Record<string, string> = {
  ب: "B",
  پ: "B",
  ت: "T",
  ث: "T",
  ط: "T",
  ج: "K",
  ك: "K",
  ق: "K",
  غ: "K",
  خ: "K",
  گ: "K",
  ک: "K",
  چ: "S",
  س: "S",
  ش: "S",
  ص: "S",
  د: "D",
  ذ: "D",
  ض: "D",
  ز: "Z",
  ظ: "Z",
  ژ: "Z",
  ر: "R",
  ل: "L",
  م: "M",
  ن: "N",
  ف: "F",
  ڤ: "F",
  ح: "H",
  ه: "H",
  ة: "H",
};

/** The Arabic article as transliterated, before any word: "Al Qaim", "Dayr az Zawr", "El Oued". */
const LATIN_ARTICLE = /(?:^|[\s-])(?:al|el|ar|as|ash|ad|adh|an|az|at|ath)[\s-]+(?=\S)/g;

/** A final h is the taa marbuta or a long a ("Shabwah" = "Shabwa" = شبوة). */
const dropFinalH = (s: string) => s.replace(/H$/, "");

export function latinSkeleton(name: string): string {
  let s = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[‘’'`ʻʼʿʾ]/g, "")
    .replace(LATIN_ARTICLE, " ");
  // A doubled letter is one sound ("Tillaberi", "Abbas"); Arabic writes it once.
  s = s.replace(/([a-z])\1+/g, "$1");
  for (const [re, to] of LATIN_DIGRAPHS) s = s.replace(re, to);
  let out = "";
  for (const ch of s) out += ch.length === 1 && ch >= "A" && ch <= "Z" ? ch : (LATIN[ch] ?? "");
  return dropFinalH(out);
}

/** Skeleton of Arabic text already normalised (normalizeAr); the article ال of each word is dropped. */
export function arabicSkeleton(norm: string): string {
  // "تش" writes the English "ch" (تشيبوك Chibok, دابتشي Dapchi).
  const s = norm.replace(/(^|\s)ال(?=\S{2})/g, "$1").replace(/تش/g, "چ");
  let out = "";
  for (const ch of s) out += ARABIC[ch] ?? "";
  return dropFinalH(out);
}
