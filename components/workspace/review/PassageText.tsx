"use client";

/**
 * A passage as text (never HTML) with the claim's span marked; selecting text in it reports the
 * selection's offsets within the passage, for a new claim on that span.
 */
export function PassageText({
  text,
  span,
  lang,
  onSelect,
}: {
  text: string;
  span?: { start: number; end: number };
  lang: string;
  onSelect?: (span: { start: number; end: number } | null) => void;
}) {
  const s = span && span.end <= text.length ? span : undefined;
  return (
    <p
      lang={lang}
      dir={lang === "ar" ? "rtl" : "ltr"}
      className="leading-relaxed whitespace-pre-wrap"
      onMouseUp={(e) => {
        if (!onSelect) return;
        const sel = window.getSelection();
        if (!sel || sel.isCollapsed || sel.rangeCount === 0) return onSelect(null);
        const range = sel.getRangeAt(0);
        const root = e.currentTarget;
        if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return onSelect(null);
        const before = document.createRange();
        before.setStart(root, 0);
        before.setEnd(range.startContainer, range.startOffset);
        const start = before.toString().length;
        const end = start + range.toString().length;
        onSelect(end > start ? { start, end } : null);
      }}
    >
      {s ? (
        <>
          {text.slice(0, s.start)}
          <mark className="rounded bg-amber-200 px-0.5 text-stone-950">{text.slice(s.start, s.end)}</mark>
          {text.slice(s.end)}
        </>
      ) : (
        text
      )}
    </p>
  );
}
