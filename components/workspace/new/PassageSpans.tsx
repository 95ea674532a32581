import type { PreviewPassage, SpanKind } from "@/lib/intake/preview";

/** Classes of the three highlight kinds, shared with the legend so the two cannot drift. */
export const SPAN_CLASS: Record<SpanKind, string> = {
  place: "bg-emerald-100 text-emerald-950 underline decoration-emerald-700 decoration-2 underline-offset-4",
  actor: "bg-amber-100 text-amber-950 underline decoration-amber-700 decoration-dotted decoration-2 underline-offset-4",
  date: "bg-sky-100 text-sky-950 underline decoration-sky-700 decoration-wavy underline-offset-4",
};

/**
 * One passage with its spans marked. The text is cut into strings and rendered as React text
 * nodes, never as HTML, so whatever the article holds (a <script> included) shows as written.
 */
export function PassageSpans({ passage, names }: { passage: PreviewPassage; names: (kind: SpanKind, id: string) => string }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const s of passage.spans) {
    if (s.start < at) continue;
    if (s.start > at) parts.push(passage.text.slice(at, s.start));
    parts.push(
      <mark key={`${s.kind}-${s.start}`} className={`rounded-sm px-0.5 ${SPAN_CLASS[s.kind]}`} title={names(s.kind, s.id)} data-span={s.kind}>
        {passage.text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  }
  if (at < passage.text.length) parts.push(passage.text.slice(at));
  return <>{parts}</>;
}
