/**
 * Systematic spelling variants of GeoNames' town names, as news reporting writes them.
 * GeoNames spells in a scholarly transliteration ("Ḩadīthah", "Tall ‘Afar", "Ar Ruţbah");
 * the press writes "Haditha", "Tal Afar", "Rutba". These rules only respell a name: they
 * never invent a place. Place-specific spellings (Kobani, Palmyra) are reviewed by hand in
 * geodata/sources/aliases.json instead.
 */

/** Diacritics and the ‘ayn/hamza marks dropped: "Ta‘izz" -> "Taizz", "Sāmarrā’" -> "Samarra". */
export function plainLatin(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[‘’'`ʻʼʿʾ]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Administrative words GeoNames puts before a district's seat: "Wulêswālī Bihsūd" (Dari: the
 * district of Bihsud), "Markaz-e Woluswalī-ye Āchīn", "Nāḩiyat …" (Arabic: subdistrict), "Bāzār-e
 * Yakāwlang", "Ḩukūmatī Dahanah-ye Ghōrī" (the seat of the district government). Reporting names
 * the district or town alone.
 */
const ADMIN_PREFIX = /^(?:markaz-e (?:woluswali-ye |hukumat-e )?|(?:hukumat-e|hukumati) |wuleswali |woluswali |alaqahdari |nahiyat |bazar-e )/i;

/** Arabic article as transliterated, assimilated or not: Al, Ar, As, Ash, Ad, Adh, An, Az, At, Ath, El. */
const ARTICLE = /^(?:al|ar|as|ash|ad|adh|an|az|at|ath|el|aş|aţ|aḑ|aẕ)[ -](?=\S{3})/i;

function endings(word: string): string[] {
  const out: string[] = [];
  // -iyah / -iya / -ia (Nasiriyah, Nasiriya); -ah -> -a (Fallujah, Falluja).
  if (/iyah$/i.test(word)) out.push(word.replace(/iyah$/i, "iya"), word.replace(/iyah$/i, "ia"));
  else if (/iya$/i.test(word)) out.push(word.replace(/iya$/i, "iyah"));
  if (/[^aeiou]ah$/i.test(word)) out.push(word.replace(/ah$/i, "a"));
  // A doubled consonant before a final -a takes -ah as often as not: Mukalla / Mukallah.
  if (/([^aeiou])\1a$/i.test(word)) out.push(`${word}h`);
  return out;
}

/**
 * Pashto clan names: "Jānī Khēl" is "Jani Khail", "Janikhel" or "Janikhail" in English copy
 * (the press joins the words as often as not).
 */
function khelVariants(s: string): string[] {
  const m = /^(.+?) Khel$/i.exec(s);
  if (!m || m[1]!.includes(" ")) return [];
  const head = m[1]!;
  return ["Khail", "Khil"].map((k) => `${head} ${k}`).concat(["khel", "khail"].map((k) => `${head}${k}`));
}

const MARK = /[‘’'`ʻʼʿʾ]/g;

/**
 * The ‘ayn and hamza as English copy writes them: an apostrophe, a modifier letter (ʿ, ʾ:
 * a letter to the tokeniser, so "Jaʿar" is one word where "Ja'ar" is two), and a final ‘ayn
 * after a vowel echoed ("Radā‘": "Rada'a", "Radaa") or heard as a doubled consonant ("Radda").
 */
function markVariants(name: string): string[] {
  const plain = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const out: string[] = [];
  // Only a mark inside a word changes how it tokenises ("‘Ayn" reads as "Ayn" already).
  if (/\p{L}[‘’'`ʻʼʿʾ]\p{L}/u.test(plain)) {
    const letters = plain.replace(/[‘ʻʿ`]/g, "ʿ").replace(/[’ʼʾ']/g, "ʾ");
    out.push(letters, plain.replace(MARK, "'"));
  }
  const echo = /([aeiou])[‘’'`ʻʼʿʾ]$/i.exec(plain);
  if (echo) {
    const stem = plainLatin(plain);
    out.push(`${stem}'${echo[1]}`, `${stem}${echo[1]}`);
    if (out.length === 2) out.push(plain.replace(/[‘ʻʿ`]$/, "ʿ").replace(/[’ʼʾ']$/, "ʾ"));
    // Only the ‘ayn (GeoNames' ‘) is heard as a doubled consonant; a final hamza is not.
    const dbl = /^(.*[aeiou])([^aeiou\s'-])([aeiou])‘$/i.exec(plain);
    if (dbl) out.push(`${dbl[1]}${dbl[2]}${dbl[2]}${dbl[3]}`);
  }
  return out;
}

/** Common first words respelled: Tall/Tal/Tell, Dayr/Deir, Ayn/Ain, Jisr/Jisir, Qalah/Qala. */
const WORD_SWAPS: [RegExp, string[]][] = [
  [/^Tall /i, ["Tal ", "Tell "]],
  [/^Dayr /i, ["Deir "]],
  [/^Ayn /i, ["Ain ", "Ein "]],
  [/^Ain /i, ["Ayn "]],
  [/^Bayt /i, ["Beit "]],
  [/^Kafr /i, ["Kfar "]],
  [/^Qalah /i, ["Qala "]],
];

/**
 * English variants of one name, the name itself excluded. Only spellings that keep every
 * word of the name (bar the article and administrative prefixes) are produced. `bareArticle:
 * false` keeps the article on: a village's bare name is too often a person's ("Al Ḩamzah"
 * would make every "Hamza" a place).
 */
export function englishVariants(name: string, opts: { bareArticle?: boolean } = {}): string[] {
  const bareArticle = opts.bareArticle ?? true;
  const out = new Set<string>();
  const base = plainLatin(name);
  const stems = new Set([base]);
  const bare = base.replace(ADMIN_PREFIX, "");
  if (bare !== base && bare.length >= 3) stems.add(bare);
  for (const s of [...stems]) {
    // "Al Fallujah" -> "Al-Fallujah", "Fallujah"; the article-less form is the one most English copy uses.
    const m = ARTICLE.exec(s);
    if (m) {
      const rest = s.slice(m[0].length);
      stems.add(`Al-${rest}`);
      stems.add(`Al ${rest}`);
      // A bare short stem is too often another word or part of one ("Bab al-Hawa" is not Al-Bab).
      if (bareArticle && rest.replace(/[^\p{L}]/gu, "").length >= 4) stems.add(rest);
    }
  }
  for (const s of [...stems]) {
    // An assimilated article inside the name is written "al-" in English copy: "Dayr az Zawr" -> "Dayr al-Zawr".
    const inner = s.replace(/ (?:an|ar|as|ash|at|ath|ad|adh|az)[ -](?=\S)/gi, " al-");
    if (inner !== s) stems.add(inner);
  }
  for (const s of [...stems]) {
    for (const [re, subs] of WORD_SWAPS) if (re.test(s)) for (const sub of subs) stems.add(s.replace(re, sub));
  }
  for (const s of stems) {
    out.add(s);
    const words = s.split(" ");
    const last = words[words.length - 1]!;
    for (const e of endings(last)) out.add([...words.slice(0, -1), e].join(" "));
    for (const k of khelVariants(s)) out.add(k);
    // Francophone "ou" is the English "u" (Ouallam/Wallam is rare, but "Boumerdes"/"Bumerdes" is seen).
    if (/ou/i.test(s) && !/^Ou/.test(s)) out.add(s.replace(/ou/g, "u"));
  }
  for (const m of markVariants(name)) out.add(m);
  out.delete(name);
  return [...out].filter((v) => v.length >= 3);
}

/**
 * Arabic variants: the Persian compounds "آباد" and "گاه/كاه" are written joined or apart
 * (جلال آباد / جلالآباد, لشكر كاه / لشكركاه). Nothing else is changed: dropping the article
 * would turn names into common words (الباب "the door" -> باب).
 */
export function arabicVariants(name: string): string[] {
  const out = new Set<string>();
  const m = /^(.+?)\s?(آباد|اباد|كاه|گاه)$/.exec(name);
  if (m) {
    out.add(`${m[1]} ${m[2]}`);
    out.add(`${m[1]}${m[2]}`);
  }
  out.delete(name);
  return [...out];
}
