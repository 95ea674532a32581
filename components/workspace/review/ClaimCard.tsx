"use client";

import { forwardRef, useState } from "react";
import { KIND_LABEL } from "@/lib/i18n/labels";
import { workspaceMessages } from "@/lib/i18n/workspace-messages";
import type { QueueItem } from "@/lib/review/queue";
import type { UiLang } from "@/lib/view/view-state";
import { ClaimForm, type ClaimFields, type GroupOption } from "./ClaimForm";
import { MiniMap } from "./MiniMap";
import { PassageText } from "./PassageText";
import { fetchHistory, type HistoryEntry } from "./review-api";

export interface CardActions {
  accept: () => void;
  reject: () => void;
  edit: () => void;
  cancel: () => void;
  save: (f: ClaimFields) => void;
  undo: () => void;
  toggleSelect: () => void;
  addOnSelection: (passageId: string, span: { start: number; end: number }) => void;
}

const fmtDate = (iso: string, lang: UiLang) => new Date(iso).toLocaleString(lang === "ar" ? "ar" : "en-GB", { dateStyle: "medium", timeStyle: "short" });

/** One claim of the queue: the passage with its span, context, small map, review state and actions. */
export const ClaimCard = forwardRef<
  HTMLElement,
  { item: QueueItem; lang: UiLang; focused: boolean; selected: boolean; editing: boolean; busy: boolean; groups: GroupOption[]; actions: CardActions; onFocus: () => void }
>(function ClaimCard({ item, lang, focused, selected, editing, busy, groups, actions, onFocus }, ref) {
  const t = workspaceMessages(lang);
  const c = item.claim;
  const [history, setHistory] = useState<HistoryEntry[] | null>(null);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const groupName = (id: string) => {
    const g = groups.find((x) => x.id === id);
    return g ? (lang === "ar" ? g.nameAr : g.nameEn) : id;
  };
  const initial: ClaimFields = {
    kind: c.kind,
    actors: c.actors,
    fromActor: c.fromActor ?? null,
    toActor: c.toActor ?? null,
    certainty: c.certainty,
    date: c.date?.value ?? "",
    places: item.placeInfo.map((p) => ({ id: p.id, kind: p.kind, nameEn: p.nameEn, nameAr: p.nameAr })),
  };
  const decided =
    item.reviewedBy && item.reviewedAt && item.status !== "proposed"
      ? (item.status === "accepted" ? t.acceptedBy : t.rejectedBy)(item.reviewedBy, fmtDate(item.reviewedAt, lang))
      : null;
  const btn = "rounded px-3 py-1 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700";
  return (
    <article
      ref={ref}
      tabIndex={-1}
      onFocus={onFocus}
      aria-labelledby={`claim-${item.key}-title`}
      data-testid="review-item"
      data-claim={item.key}
      data-focused={focused || undefined}
      className={`rounded-lg border bg-white p-4 shadow-sm outline-none ${focused ? "border-sky-800 ring-2 ring-sky-700" : "border-stone-300"}`}
    >
      <header className="mb-2 flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <input type="checkbox" checked={selected} onChange={actions.toggleSelect} aria-label={`${t.select}: ${c.summary}`} className="h-4 w-4" />
        <h3 id={`claim-${item.key}-title`} className="font-semibold">
          {KIND_LABEL[lang][c.kind]} ·{" "}
          <span lang="en" dir="ltr">
            {c.summary}
          </span>
        </h3>
        <span className="text-sm text-stone-600">
          {t.confidence} {c.confidence.toFixed(2)} · {c.certainty}
          {c.date ? ` · ${c.date.value}` : ""}
        </span>
        <span
          className={`rounded px-1.5 text-xs font-semibold ${item.status === "accepted" ? "bg-emerald-100 text-emerald-900" : item.status === "rejected" ? "bg-red-100 text-red-900" : "bg-amber-100 text-amber-900"}`}
        >
          {t[item.status]}
        </span>
      </header>
      <p className="mb-2 text-sm text-stone-600">
        <a
          href={`/articles/${item.article}${lang === "ar" ? "?lang=ar" : ""}#${c.passageId}`}
          className="text-sky-900 underline underline-offset-2"
          lang={item.articleLang}
          dir="auto"
        >
          {item.articleTitle}
        </a>
        {c.actors.length > 0 && ` · ${t.groups}: ${c.fromActor && c.toActor ? `${groupName(c.fromActor)} → ${groupName(c.toActor)}` : c.actors.map(groupName).join(", ")}`}
      </p>
      <div className="flex flex-wrap gap-4">
        <div className="min-w-0 flex-1 space-y-2">
          <PassageText text={item.passage.text} span={c.span} lang={item.articleLang} onSelect={setSelection} />
          {item.passage.glossEn && (
            <p className="text-sm text-stone-700" lang="en" dir="ltr">
              <span className="font-semibold">{t.gloss}:</span> {item.passage.glossEn}
            </p>
          )}
          {item.actorPassage && (
            <div className="border-s-4 border-stone-300 ps-3 text-sm">
              <p className="font-semibold">{t.fromContextGroup}</p>
              <PassageText text={item.actorPassage.text} lang={item.articleLang} />
            </div>
          )}
          {item.placePassage && (
            <div className="border-s-4 border-stone-300 ps-3 text-sm">
              <p className="font-semibold">{t.fromContextPlace}</p>
              <PassageText text={item.placePassage.text} lang={item.articleLang} />
            </div>
          )}
          {selection && (
            <button
              type="button"
              onClick={() => (actions.addOnSelection(c.passageId, selection), setSelection(null))}
              className={`${btn} border border-sky-800 text-sky-900 hover:bg-sky-50`}
            >
              {t.addClaim}
            </button>
          )}
        </div>
        <MiniMap item={item} lang={lang} label={t.whereDrawn} notDrawn={t.notDrawn} />
      </div>
      {decided && <p className="mt-2 text-sm text-stone-700">{decided}</p>}
      {editing ? (
        <ClaimForm lang={lang} groups={groups} initial={initial} onSave={actions.save} onCancel={actions.cancel} busy={busy} />
      ) : (
        <div className="mt-3 flex flex-wrap gap-2">
          <button type="button" disabled={busy} onClick={actions.accept} className={`${btn} bg-emerald-800 text-white hover:bg-emerald-700`}>
            {t.accept}
          </button>
          <button type="button" disabled={busy} onClick={actions.reject} className={`${btn} bg-red-800 text-white hover:bg-red-700`}>
            {t.reject}
          </button>
          <button type="button" disabled={busy} onClick={actions.edit} className={`${btn} border border-stone-500 hover:bg-stone-100`}>
            {t.edit}
          </button>
          <button type="button" disabled={busy} onClick={actions.undo} className={`${btn} border border-stone-400 font-normal hover:bg-stone-100`}>
            {t.undo}
          </button>
          <button
            type="button"
            aria-expanded={history !== null}
            onClick={() =>
              history
                ? setHistory(null)
                : fetchHistory(item.key).then(
                    (h) => setHistory(h.history),
                    () => setHistory([]),
                  )
            }
            className={`${btn} font-normal text-sky-900 underline underline-offset-2`}
          >
            {t.history}
          </button>
        </div>
      )}
      {history && (
        <ol className="mt-2 space-y-1 text-sm text-stone-700" aria-label={t.history}>
          {history.length === 0 && <li>—</li>}
          {history.map((h) => (
            <li key={h.id}>
              {fmtDate(h.at, lang)} · {h.action} · <span dir="ltr">{h.actor.email}</span>
            </li>
          ))}
        </ol>
      )}
    </article>
  );
});
