import type { HoverSummary } from "@/lib/view/hover-summary";
import type { UiLang } from "@/lib/view/view-state";

/** The hover tooltip's text: the place, what is there, how many claims, from which articles. */
export function HoverTip({ summary, lang }: { summary: HoverSummary; lang: UiLang }) {
  return (
    <div dir={lang === "ar" ? "rtl" : "ltr"} lang={lang} className="space-y-0.5 text-start">
      <p className="font-semibold">{summary.place}</p>
      {summary.lines.map((l) => (
        <p key={l}>{l}</p>
      ))}
      <p className="text-stone-600">
        {summary.claims}
        {summary.articles && (
          <>
            {" · "}
            <bdi>{summary.articles}</bdi>
          </>
        )}
      </p>
    </div>
  );
}
