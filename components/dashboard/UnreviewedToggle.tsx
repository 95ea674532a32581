"use client";

import { workspaceMessages } from "@/lib/i18n/workspace-messages";
import type { UiLang } from "@/lib/view/view-state";

/** Signed-in editors' "show unreviewed": proposed claims drawn too, labelled unreviewed (`unreviewed=1` in the URL). */
export function UnreviewedToggle({ on, lang, onChange }: { on: boolean; lang: UiLang; onChange: (on: boolean) => void }) {
  const t = workspaceMessages(lang);
  return (
    <label className="flex items-center gap-2 rounded border border-dashed border-amber-700 bg-amber-50 px-2 py-1 text-sm print:hidden">
      <input type="checkbox" checked={on} onChange={(e) => onChange(e.target.checked)} data-testid="show-unreviewed" className="h-4 w-4" />
      {t.showUnreviewed}
    </label>
  );
}
