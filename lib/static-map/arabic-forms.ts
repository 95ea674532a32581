/**
 * Widths of Arabic as it is drawn: joined. A letter inside a word takes its initial or medial
 * form, far narrower than the isolated one for ب ت ن ي س …, so measuring isolated advances made
 * "يمر الكثيرون بطالبان" half again as wide as drawn and left wide gaps around the runs laid out
 * beside it. The fonts map Unicode's Presentation Forms-B (U+FE80…), one code point per letter
 * and form, so each letter is measured in the form that joining gives it (and lam–alef as its
 * ligature), with no shaping engine.
 */

/** Base letters U+0621…U+064A in Forms-B order, with how many forms each has (4: joins both sides, 2: only to the letter before). */
const FORM_COUNTS: [number, number][] = [
  [0x0621, 1],
  [0x0622, 2],
  [0x0623, 2],
  [0x0624, 2],
  [0x0625, 2],
  [0x0626, 4],
  [0x0627, 2],
  [0x0628, 4],
  [0x0629, 2],
  [0x062a, 4],
  [0x062b, 4],
  [0x062c, 4],
  [0x062d, 4],
  [0x062e, 4],
  [0x062f, 2],
  [0x0630, 2],
  [0x0631, 2],
  [0x0632, 2],
  [0x0633, 4],
  [0x0634, 4],
  [0x0635, 4],
  [0x0636, 4],
  [0x0637, 4],
  [0x0638, 4],
  [0x0639, 4],
  [0x063a, 4],
  [0x0641, 4],
  [0x0642, 4],
  [0x0643, 4],
  [0x0644, 4],
  [0x0645, 4],
  [0x0646, 4],
  [0x0647, 4],
  [0x0648, 2],
  [0x0649, 2],
  [0x064a, 4],
];

const FORMS = new Map<number, { first: number; count: number }>();
let next = 0xfe80;
for (const [cp, count] of FORM_COUNTS) {
  FORMS.set(cp, { first: next, count });
  next += count;
}

const TATWEEL = 0x0640;
const LAM = 0x0644;
/** Lam followed by these alefs is one ligature glyph (isolated form; final is the next code point). */
// biome-ignore lint/complexity/useSimpleNumberKeys: code points read as they are written in Unicode's tables.
const LAM_ALEF: Record<number, number> = { 0x0622: 0xfef5, 0x0623: 0xfef7, 0x0625: 0xfef9, 0x0627: 0xfefb };

/** Marks (harakat, superscript alef) sit on a letter and do not break joining. */
const isTransparent = (cp: number) => (cp >= 0x064b && cp <= 0x065f) || cp === 0x0670;
const joinsBefore = (cp: number | undefined) => cp !== undefined && (cp === TATWEEL || (FORMS.get(cp)?.count ?? 0) >= 2);
const joinsAfter = (cp: number | undefined) => cp !== undefined && (cp === TATWEEL || FORMS.get(cp)?.count === 4);

enum Form {
  Isolated = 0,
  Final = 1,
  Initial = 2,
  Medial = 3,
}

/** Sum of advances (in em) of `text` drawn joined; `advance` gives a code point's advance or null. */
export function joinedWidth(text: string, advance: (cp: number) => number | null, missing: number): number {
  const cps = [...text].map((c) => c.codePointAt(0)!);
  const letters = cps.map((cp, i) => ({ cp, i })).filter((x) => !isTransparent(x.cp));
  let width = 0;
  for (const cp of cps) if (isTransparent(cp)) width += advance(cp) ?? 0;
  for (let k = 0; k < letters.length; k++) {
    const { cp } = letters[k]!;
    const prev = letters[k - 1]?.cp;
    const after = letters[k + 1]?.cp;
    const linkedBefore = joinsAfter(prev) && joinsBefore(cp);
    if (cp === LAM && after !== undefined && LAM_ALEF[after]) {
      const lig = LAM_ALEF[after]! + (linkedBefore ? 1 : 0);
      width += advance(lig) ?? (advance(cp) ?? missing) + (advance(after) ?? missing);
      k++;
      continue;
    }
    const f = FORMS.get(cp);
    if (!f || f.count === 1) {
      width += advance(cp) ?? missing;
      continue;
    }
    const linkedAfter = f.count === 4 && joinsBefore(after);
    const form = linkedBefore ? (linkedAfter ? Form.Medial : Form.Final) : linkedAfter ? Form.Initial : Form.Isolated;
    width += advance(f.first + form) ?? advance(cp) ?? missing;
  }
  return width;
}
