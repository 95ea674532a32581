import { messages } from "@/lib/i18n/messages";
import type { ParamIssue } from "@/lib/view/url-codec";
import type { UiLang } from "@/lib/view/view-state";

/** Says which parts of a link were not understood, instead of silently showing another view. */
export function ParamIssues({ issues, lang }: { issues: ParamIssue[]; lang: UiLang }) {
  if (issues.length === 0) return null;
  return (
    <div role="status" className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900" data-testid="param-issues">
      {messages(lang).badParams}{" "}
      {issues.map((i, n) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of messages, rendered once; two may name the same parameter.
        <code key={`${i.param}-${n}`} dir="ltr" className="me-2 rounded bg-amber-100 px-1">
          {i.param}={i.value}: {i.message}
        </code>
      ))}
    </div>
  );
}
