"use client";

import { workspaceMessages } from "@/lib/i18n/workspace-messages";
import type { UiLang } from "@/lib/view/view-state";

/** Signed-in editors' "show unreviewed": proposed claims drawn too, labelled unreviewed (`unreviewed=1` in the URL). */
export function UnreviewedToggle({ on, lang, onChange }: { on: boolean; lang: UiLang; onChange: (on: boolean) => void }) {
  const t = workspaceMessages(lang);
  return (
    <div className="rounded border border-dashed border-amber-700 bg-amber-50 px-2 py-1 text-sm print:hidden">
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={on} onChange={(e) => onChange(e.target.checked)} data-testid="show-unreviewed" className="h-4 w-4" />
        {t.showUnreviewed}
      </label>
      {on && (
        <p className="mt-1 flex items-center gap-2 text-xs text-amber-900" data-testid="unreviewed-key">
          <span aria-hidden className="inline-block h-3 w-5 shrink-0 border-2 border-dotted border-amber-700" />
          {t.unreviewedKey}
        </p>
      )}
    </div>
  );
}
