import { dirOf, messages } from "@/lib/i18n/messages";
import type { UiLang } from "@/lib/view/view-state";

/** At most this many warnings are listed; a broken curation can produce thousands. */
export const WARNINGS_SHOWN = 20;

/**
 * What went wrong with this article's data (issue 17 item 2): the curation's references that are
 * not there, a curation that could not apply, claims left out by the bounds. For editors and
 * analysts, so the notice is plain and the warnings stay as the store wrote them (English, as
 * text: a curation file is untrusted input and its ids may carry anything).
 */
export function DataWarnings({ warnings, lang }: { warnings: readonly string[]; lang: UiLang }) {
  if (warnings.length === 0) return null;
  const m = messages(lang);
  const more = warnings.length - WARNINGS_SHOWN;
  return (
    <aside
      aria-labelledby="data-warnings-heading"
      data-testid="data-warnings"
      lang={lang}
      dir={dirOf(lang)}
      className="mt-4 rounded-md border border-amber-700 bg-amber-50 p-3 text-sm text-stone-900"
    >
      <h2 id="data-warnings-heading" className="font-semibold">
        {m.dataWarningsHeading}
      </h2>
      <p className="mt-1">{m.dataWarningsIntro}</p>
      <ul className="mt-2 list-disc space-y-1 ps-5">
        {warnings.slice(0, WARNINGS_SHOWN).map((w, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of messages, rendered once; two may read the same.
          <li key={i} lang="en" dir="ltr" className="break-words font-mono text-xs">
            {w}
          </li>
        ))}
      </ul>
      {more > 0 ? <p className="mt-2 text-xs">{m.moreWarnings(more)}</p> : null}
    </aside>
  );
}
