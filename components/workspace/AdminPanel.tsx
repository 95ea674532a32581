"use client";

import { useState } from "react";
import { apiErrorMessage } from "@/lib/api/fetcher";
import { adminLabels, workspaceMessages } from "@/lib/i18n/workspace-messages";
import type { UiLang } from "@/lib/view/view-state";

/**
 * Admin actions of the workspace: deleting an article (asks for confirmation first; the audit
 * trail records it) and the auto-accept threshold (off unless a value is given).
 */
export function AdminPanel({ lang, threshold }: { lang: UiLang; threshold: number | null }) {
  // Messages are looked up here: functions (the confirmation text) cannot cross from the server.
  const t = workspaceMessages(lang);
  const labels = adminLabels(lang);
  const [status, setStatus] = useState<string | null>(null);
  const [value, setValue] = useState(threshold === null ? "" : String(threshold));

  async function del(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const slug = String(new FormData(e.currentTarget).get("slug") ?? "").trim();
    if (!slug || !window.confirm(t.deleteConfirm(slug))) return;
    const res = await fetch(`/api/articles/${encodeURIComponent(slug)}`, { method: "DELETE" }).catch(() => null);
    setStatus(res?.ok ? t.deleted(slug) : ((await apiErrorMessage(res)) ?? t.saveError));
  }

  async function saveThreshold(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const v = value.trim() === "" ? null : Number(value);
    const res = await fetch("/api/settings", {
      method: "PATCH",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ key: "review.autoAcceptAbove", value: v }),
    }).catch(() => null);
    setStatus(res?.ok ? labels.saved : ((await apiErrorMessage(res)) ?? t.saveError));
  }

  return (
    <div className="space-y-6">
      <form onSubmit={del} className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="delete-slug" className="mb-1 block text-sm font-semibold">
            {t.deleteLabel}
          </label>
          <input id="delete-slug" name="slug" required pattern="[a-z0-9][a-z0-9_\-]{0,80}" dir="ltr" className="rounded border border-stone-400 bg-white px-2 py-1" />
        </div>
        <button
          type="submit"
          className="rounded bg-red-800 px-3 py-1.5 font-semibold text-white hover:bg-red-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700"
        >
          {t.deleteButton}
        </button>
      </form>
      <form onSubmit={saveThreshold} className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="auto-accept" className="mb-1 block text-sm font-semibold">
            {labels.autoAccept}
          </label>
          <input
            id="auto-accept"
            type="number"
            min={0}
            max={1}
            step={0.05}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-describedby="auto-accept-help"
            dir="ltr"
            className="w-28 rounded border border-stone-400 bg-white px-2 py-1"
          />
        </div>
        <button type="submit" className="rounded border border-stone-500 px-3 py-1.5 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-sky-700">
          {labels.save}
        </button>
        <p id="auto-accept-help" className="basis-full text-sm text-stone-600">
          {labels.autoAcceptHelp}
        </p>
      </form>
      <p role="status" className="min-h-6 text-sm font-semibold">
        {status}
      </p>
    </div>
  );
}
