/**
 * The Arabic spelling behind a GeoNames name in the BGN/PCGN romanisation of Arabic ("Dūmā",
 * "Arīḩā", "Tall Abyaḑ", "Ma‘arrat an Nu‘mān"): long vowels, emphatics, ‘ayn and hamza are all
 * marked, so the letters come back one by one. GeoNames' Arabic catalogue lacks most towns of
 * Syria, Iraq and Yemen, yet Arabic reporting names them (دوما، أريحا، تل أبيض). Only a name
 * that carries the romanisation's marks is converted: a plain or French spelling ("Douma",
 * "Aïn Defla") says too little about its letters. The result is a reading for matching, not a
 * reviewed name: the matcher accepts it with care (place-matcher.ts).
 */

/** A mark only BGN/PCGN romanisation of Arabic uses. */
// z̧ is z plus a combining cedilla: two code points, so it is an alternative, not a class member.
const MARKED = /[āīūḩşţḑẓ‘’áḨŞŢḐẒĀĪŪ]|z̧/u;

const DIGRAPHS: [string, string][] = [
  ["sh", "ش"],
  ["kh", "خ"],
  ["gh", "غ"],
  ["th", "ث"],
  ["dh", "ذ"],
];

const LETTERS: Record<string, string> = {
  b: "ب",
  t: "ت",
  ţ: "ط",
  j: "ج",
  ḩ: "ح",
  d: "د",
  ḑ: "ض",
  r: "ر",
  z: "ز",
  ẓ: "ظ",
  s: "س",
  ş: "ص",
  f: "ف",
  q: "ق",
  k: "ك",
  l: "ل",
  m: "م",
  n: "ن",
  h: "ه",
  w: "و",
  y: "ي",
  "‘": "ع",
  "’": "ا",
  ā: "ا",
  ī: "ي",
  ū: "و",
  á: "ى",
  g: "ج",
  p: "ب",
  v: "ف",
};

/** The article, written apart in BGN ("Al Bāb", "an Nu‘mān", "ash Shām"): joined to the next word as ال. */
const ARTICLE = new Set(["al", "ar", "as", "ash", "at", "ath", "ad", "adh", "an", "az", "aş", "aţ", "aḑ", "aẓ", "el"]);

function word(w: string, construct: boolean): string {
  // ẓ is written z̧ (z + combining cedilla) in GeoNames.
  let s = w
    .normalize("NFC")
    .replace(/z\u0327/g, "ẓ")
    .toLowerCase();
  // A doubled consonant is written once (shadda): "Tall", "Ma‘arrat".
  s = s.replace(/([^aeiou])\1/g, "$1");
  // "-īyah" is ية, "-ah" ة, and "-at" before the next word is ة in construct ("Ma‘arrat an Nu‘mān").
  s = s.replace(/īy/g, "ī").replace(/ūw/g, "ū");
  let ending = "";
  if (/ah$/.test(s)) (s = s.slice(0, -2)), (ending = "ة");
  else if (construct && /at$/.test(s)) (s = s.slice(0, -2)), (ending = "ة");
  let out = "";
  for (let i = 0; i < s.length; ) {
    const two = s.slice(i, i + 2);
    const dg = DIGRAPHS.find(([k]) => k === two);
    if (dg) {
      out += dg[1];
      i += 2;
      continue;
    }
    const c = s[i]!;
    // Hamza: on alif inside a word ("Ra’s", رأس), alone at its end ("Sāmarrā’", سامراء).
    if (c === "’") {
      out += i === s.length - 1 ? "ء" : "ا";
      i++;
      continue;
    }
    // A short vowel is not written, except a word's first sound, carried by alif.
    if ("aiueo".includes(c)) out += i === 0 ? "ا" : "";
    else out += LETTERS[c] ?? "";
    i++;
  }
  return out + ending;
}

/** The Arabic reading of a BGN-romanised name, or undefined when the name carries no BGN mark. */
export function arabicFromBgn(name: string): string | undefined {
  if (!MARKED.test(name.normalize("NFC"))) return undefined;
  const words = name
    .normalize("NFC")
    .replace(/z\u0327/g, "ẓ")
    .replace(/Z\u0327/g, "Ẓ")
    .split(/[\s-]+/)
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (ARTICLE.has(w.toLowerCase()) && i + 1 < words.length) {
      out.push("ال" + word(words[++i]!, i + 1 < words.length));
      continue;
    }
    out.push(word(w, i + 1 < words.length));
  }
  const s = out.join(" ");
  return s.replace(/\s+/g, " ").trim() || undefined;
}
