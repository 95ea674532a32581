import type { LoadedFont } from "./fonts";
import { joinedWidth } from "./arabic-forms";
import { BROWSER_FALLBACK } from "./fonts";
import { el, escapeXml } from "./xml";

/**
 * Text as runs, one font each, laid out by hand. resvg 2.6 draws a run with one font and its
 * fallback breaks when Arabic shaping changes the glyph count, so "Raqqa الرقة" or "خسارة 60%"
 * would lose letters. Each run here is a font that has all its characters, measured from the
 * font's own advance widths and drawn as its own centred <text>: centring reads the same in
 * every renderer whatever the direction, and an Arabic run carries direction="rtl".
 */
export type Run = { text: string; font: LoadedFont; width: number; kind: Kind; arrow?: "right" | "left" };

/**
 * Arrows no font of ours has ("ISIS → al-Qaeda", "افتح المقطع ←"): drawn as a path, pointing the
 * way the text says (a stand-in glyph such as "›" read as a chevron, not an arrow).
 */
const ARROWS: Record<string, "right" | "left"> = { "→": "right", "←": "left" };
const ARROW_WIDTH = 0.9;

/** R: Arabic letters; L: other letters; D: numbers; N: spaces and punctuation (they take their neighbours' direction). */
type Kind = "R" | "L" | "D" | "N";

const MISSING = 0.55;
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9%٪.,]/;
const LETTER = /\p{L}|\p{M}/u;

function kindOf(ch: string, font: LoadedFont, current?: Kind): Kind {
  if (/[0-9\u0660-\u0669\u06F0-\u06F9]/.test(ch) || (current === "D" && DIGIT.test(ch))) return "D";
  if (LETTER.test(ch)) return font.rtl ? "R" : "L";
  // Spaces inside a run of words stay with it: "من داعش" is one run.
  if (ch === " " && (current === "R" || current === "L")) return current;
  return "N";
}

export function runsOf(text: string, fonts: readonly LoadedFont[]): Run[] {
  const runs: Run[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const current = runs[runs.length - 1];
    if (ARROWS[ch]) {
      runs.push({ text: ch, font: current?.font ?? fonts[0]!, width: ARROW_WIDTH, kind: "N", arrow: ARROWS[ch] });
      continue;
    }
    // Stay in the current font while it can draw the character.
    const font = current && current.font.metrics.advance(cp) !== null ? current.font : (fonts.find((f) => f.metrics.advance(cp) !== null) ?? current?.font ?? fonts[0]!);
    const kind = kindOf(ch, font, current?.kind);
    const adv = font.metrics.advance(cp) ?? MISSING;
    if (current && !current.arrow && current.font === font && current.kind === kind) {
      current.text += ch;
      current.width += adv;
    } else runs.push({ text: ch, font, width: adv, kind });
  }
  // Spaces at the ends of an Arabic run become neutral runs of their own: resvg puts a trailing
  // space of an rtl <text> on its right, so "الأراضي · بؤر" lost the space before the dot and
  // doubled the one after it.
  const split = runs.flatMap((r): Run[] => {
    if (r.kind !== "R") return [r];
    const m = /^( *)(.*?)( *)$/su.exec(r.text)!;
    const space = (n: string): Run[] => (n ? [{ text: n, font: r.font, width: n.length * (r.font.metrics.advance(32) ?? MISSING), kind: "N" }] : []);
    return [...space(m[1]!), { ...r, text: m[2]! }, ...space(m[3]!)];
  });
  // Arabic is measured as drawn, joined (arabic-forms.ts), not as a sum of isolated letters.
  for (const r of split) if (r.kind === "R") r.width = joinedWidth(r.text, (cp) => r.font.metrics.advance(cp), MISSING);
  return split;
}

const MIRROR: Record<string, string> = { "(": ")", ")": "(", "[": "]", "]": "[", "<": ">", ">": "<", "«": "»", "»": "«", "‹": "›", "›": "‹" };

/**
 * Visual order, a small part of the Unicode bidi algorithm: neutrals between runs of one
 * direction take it (else the line's), numbers follow the letters before them, a right-to-left
 * group is laid out reversed, and brackets in it are mirrored as a renderer would.
 */
function visualOrder(runs: Run[], rtl: boolean): Run[] {
  const base = rtl ? "R" : "L";
  const strong = runs.map((r, i) => {
    if (r.kind === "R" || r.kind === "L") return r.kind;
    const before =
      runs
        .slice(0, i)
        .reverse()
        .find((x) => x.kind === "R" || x.kind === "L")?.kind ?? base;
    if (r.kind === "D") return before;
    const after = runs.slice(i + 1).find((x) => x.kind !== "N");
    const next = after ? (after.kind === "D" ? before : after.kind) : base;
    return before === next ? before : base;
  });
  const groups: { dir: string; runs: Run[] }[] = [];
  runs.forEach((r, i) => {
    const dir = strong[i]!;
    // A neutral run drawn inside a right-to-left group is drawn as ltr text: reverse it here.
    const run =
      dir === "R" && r.kind === "N"
        ? {
            ...r,
            text: [...r.text]
              .reverse()
              .map((c) => MIRROR[c] ?? c)
              .join(""),
          }
        : r;
    const last = groups[groups.length - 1];
    if (last && last.dir === dir) last.runs.push(run);
    else groups.push({ dir, runs: [run] });
  });
  return (rtl ? groups.reverse() : groups).flatMap((g) => (g.dir === "R" ? g.runs.reverse() : g.runs));
}

export type TextStyle = {
  size: number;
  fill: string;
  halo?: { color: string; width: number };
  weight?: "bold";
};

export type Align = "left" | "middle" | "right";

/** Width of a line in px at `size`. */
export const lineWidth = (text: string, size: number, fonts: readonly LoadedFont[]) => runsOf(text, fonts).reduce((w, r) => w + r.width, 0) * size;

/**
 * One line of text at (x, y) aligned by its left edge, middle or right edge; `rtl` is the line's
 * reading direction. An array is a line of isolates (as Unicode's FSI…PDI): each part is
 * ordered on its own, by its first strong letter, so "Sources: <Arabic title> (9)" keeps the
 * count after the title instead of pulling it into the Arabic run.
 */
export function textLine(text: string | readonly string[], x: number, y: number, align: Align, rtl: boolean, style: TextStyle, fonts: readonly LoadedFont[]): string {
  const parts = (typeof text === "string" ? [text] : text).map((seg) => {
    const runs = runsOf(seg, fonts);
    const first = runs.find((r) => r.kind === "R" || r.kind === "L")?.kind;
    return visualOrder(runs, first ? first === "R" : rtl);
  });
  const runs = (rtl ? parts.reverse() : parts).flat();
  const total = runs.reduce((w, r) => w + r.width, 0) * style.size;
  let left = align === "left" ? x : align === "middle" ? x - total / 2 : x - total;
  const halo = style.halo && style.halo.width > 0 ? style.halo : undefined;
  return runs
    .map((r) => {
      const w = r.width * style.size;
      const cx = left + w / 2;
      left += w;
      if (r.arrow) return arrowSvg(r.arrow, cx, y, w, style);
      return el(
        "text",
        {
          x: cx,
          y,
          "font-family": `${r.font.family}, ${BROWSER_FALLBACK}`,
          "font-size": style.size,
          "font-weight": style.weight,
          "text-anchor": "middle",
          // Explicit on every run: an inherited rtl would make the renderer mirror brackets again.
          direction: r.kind === "R" ? "rtl" : "ltr",
          fill: style.fill,
          stroke: halo?.color,
          "stroke-width": halo ? halo.width * 2 : undefined,
          "stroke-linejoin": halo ? "round" : undefined,
          "paint-order": halo ? "stroke" : undefined,
        },
        escapeXml(r.text),
      );
    })
    .join("");
}

/** An arrow as a path centred at x, at the height of a dash on the baseline y. */
function arrowSvg(dir: "right" | "left", x: number, y: number, w: number, style: TextStyle): string {
  const half = w * 0.35;
  const head = style.size * 0.22;
  const cy = Math.round((y - style.size * 0.32) * 10) / 10;
  const [from, to] = dir === "right" ? [x - half, x + half] : [x + half, x - half];
  const back = dir === "right" ? to - head : to + head;
  const r = (n: number) => Math.round(n * 10) / 10;
  const d = `M${r(from)} ${cy}H${r(to)}M${r(back)} ${r(cy - head)}L${r(to)} ${cy}L${r(back)} ${r(cy + head)}`;
  const line = (stroke: string, width: number) =>
    el("path", { d, fill: "none", stroke, "stroke-width": r(width), "stroke-linecap": "round", "stroke-linejoin": "round", class: "arrow" });
  const halo = style.halo && style.halo.width > 0 ? line(style.halo.color, style.size * 0.09 + style.halo.width * 2) : "";
  return halo + line(style.fill, style.size * 0.09);
}

/** Drops trailing parts of a line of isolates until it fits `maxWidth` px, ending it with an ellipsis. */
export function fitParts(parts: readonly string[], maxWidth: number, size: number, fonts: readonly LoadedFont[]): string[] {
  const out = [...parts];
  const width = () => out.reduce((w, p) => w + lineWidth(p, size, fonts), 0);
  while (out.length > 1 && width() > maxWidth) {
    out.pop();
    if (width() + lineWidth(" …", size, fonts) <= maxWidth) return [...out, " …"];
  }
  return out.length === 1 ? [fitLine(out[0]!, maxWidth, size, fonts)] : out;
}

/** Shortens a line to fit `maxWidth` px, with an ellipsis. */
export function fitLine(text: string, maxWidth: number, size: number, fonts: readonly LoadedFont[]): string {
  if (lineWidth(text, size, fonts) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (lineWidth(`${chars.slice(0, mid).join("")}…`, size, fonts) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join("").trimEnd()}…`;
}
