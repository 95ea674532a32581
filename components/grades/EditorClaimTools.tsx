"use client";

import { useState } from "react";
import { apiErrorMessage } from "@/lib/api/fetcher";
import type { ClaimInfo } from "@/lib/events/claim-info";
import { gradesMessages } from "@/lib/i18n/grades-messages";
import type { UiLang } from "@/lib/view/view-state";

/**
 * For signed-in editors: the claim's credibility (1-6), and the corrections of its event — split
 * this report off, or merge its event with another by id. Each is one audited request; the map
 * and this page show the result on their next load.
 */
export function EditorClaimTools({ claimId, info, lang }: { claimId: string; info: ClaimInfo; lang: UiLang }) {
  const t = gradesMessages(lang);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [other, setOther] = useState("");
  async function send(url: string, method: "PATCH" | "POST", body: unknown) {
    const res = await fetch(url, { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }).catch(() => null);
    if (res?.ok) return setStatus({ ok: true, text: t.done });
    setStatus({ ok: false, text: `${t.failed}: ${(await apiErrorMessage(res)) ?? res?.status ?? "network"}` });
  }
  return (
    <div className="mt-1 flex flex-wrap items-center gap-2 text-xs" data-testid="editor-claim-tools">
      <label className="flex items-center gap-1">
        {lang === "ar" ? "المصداقية" : "Credibility"}
        <select
          className="rounded border border-stone-300 px-1 font-mono"
          defaultValue={info.credibility}
          onChange={(e) => send(`/api/claims/${encodeURIComponent(claimId)}/credibility`, "PATCH", { credibility: Number(e.target.value) })}
        >
          {[1, 2, 3, 4, 5, 6].map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      {info.reports > 1 && (
        <button
          type="button"
          className="rounded border border-stone-300 px-1.5 py-0.5 hover:bg-stone-100"
          onClick={() => send(`/api/events/${encodeURIComponent(info.event)}/split`, "POST", { claims: [claimId] })}
          data-testid="split-event"
        >
          {t.split}
        </button>
      )}
      <form
        className="flex items-center gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          if (other.trim()) void send(`/api/events/${encodeURIComponent(info.event)}/merge`, "POST", { with: other.trim() });
        }}
      >
        <input
          aria-label={t.mergeLabel}
          placeholder="e-…"
          value={other}
          onChange={(e) => setOther(e.target.value)}
          className="w-28 rounded border border-stone-300 px-1 font-mono"
          dir="ltr"
        />
        <button type="submit" className="rounded border border-stone-300 px-1.5 py-0.5 hover:bg-stone-100">
          {t.merge}
        </button>
      </form>
      <span role="status" className={status?.ok === false ? "text-red-800" : "text-stone-700"}>
        {status?.text}
      </span>
    </div>
  );
}
