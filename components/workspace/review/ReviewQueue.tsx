"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { workspaceMessages } from "@/lib/i18n/workspace-messages";
import type { QueueItem, QueuePage } from "@/lib/review/queue";
import type { UiLang } from "@/lib/view/view-state";
import { ClaimCard } from "./ClaimCard";
import { ClaimForm, type ClaimFields, dateOf } from "./ClaimForm";
import { HelpOverlay } from "./HelpOverlay";
import { type FilterOptions, type Filters, QueueFilters } from "./QueueFilters";
import { acceptSelected, addClaim, fetchQueue, patchClaim, ReviewApiError, undoClaim } from "./review-api";

type Load = { state: "loading" } | { state: "error"; message: string } | { state: "ready"; page: QueuePage };

const TYPING = new Set(["INPUT", "SELECT", "TEXTAREA"]);

function queryOf(filters: Filters, page: number): string {
  const q = new URLSearchParams(Object.entries(filters).filter(([, v]) => v) as [string, string][]);
  if (page > 1) q.set("page", String(page));
  return q.toString();
}

/**
 * The review queue: filters, the claims of one page, and the keyboard (j/k move, a accept,
 * r reject, e edit, x select, ? help, Escape cancel). Decisions are sent with the revision the
 * card was read at; a 409 reloads the queue and says why. Filters and page live in the URL.
 */
export function ReviewQueue({ lang, options, initial }: { lang: UiLang; options: FilterOptions; initial: { filters: Filters; page: number } }) {
  const t = workspaceMessages(lang);
  const [filters, setFilters] = useState(initial.filters);
  const [page, setPage] = useState(initial.page);
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [index, setIndex] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState<{ item: QueueItem; span: { start: number; end: number } } | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [help, setHelp] = useState(false);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState("");
  const cards = useRef(new Map<string, HTMLElement>());

  const reload = useCallback(async () => {
    try {
      const p = await fetchQueue(queryOf(filters, page));
      setLoad({ state: "ready", page: p });
      setIndex((i) => Math.max(0, Math.min(i, p.items.length - 1)));
    } catch (e) {
      setLoad({ state: "error", message: (e as Error).message });
    }
  }, [filters, page]);

  useEffect(() => {
    setLoad({ state: "loading" });
    void reload();
    const q = queryOf(filters, page);
    window.history.replaceState(null, "", `${window.location.pathname}?${[q, lang === "ar" ? "lang=ar" : ""].filter(Boolean).join("&")}`);
  }, [reload, filters, page, lang]);

  const items = load.state === "ready" ? load.page.items : [];
  const current = items[index];

  // Moving the focus with the highlight keeps screen readers and the keyboard on the same claim.
  useEffect(() => {
    if (current && !editing) cards.current.get(current.key)?.focus({ preventScroll: false });
  }, [current, editing]);

  const act = useCallback(
    async (fn: () => Promise<unknown>, done: string) => {
      setBusy(true);
      try {
        await fn();
        setNote(done);
        setEditing(null);
        setAdding(null);
        await reload();
      } catch (e) {
        if (e instanceof ReviewApiError && e.status === 409) {
          setNote(t.conflict);
          await reload();
        } else setNote(`${t.saveError} ${(e as Error).message}`);
      } finally {
        setBusy(false);
      }
    },
    [reload, t],
  );

  const decide = useCallback(
    (item: QueueItem, status: "accepted" | "rejected") =>
      act(() => patchClaim(item.key, { rev: item.rev, status }), `${status === "accepted" ? t.accepted : t.rejected}: ${item.claim.summary}`),
    [act, t],
  );

  const save = (item: QueueItem, f: ClaimFields) =>
    act(
      () =>
        patchClaim(item.key, {
          rev: item.rev,
          status: "accepted",
          kind: f.kind,
          actors: f.actors,
          fromActor: f.fromActor,
          toActor: f.toActor,
          places: f.places.map((p) => p.id),
          date: f.date.trim() ? dateOf(f.date) : null,
          certainty: f.certainty,
        }),
      t.accepted,
    );

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (e.key === "Escape") {
        if (help) setHelp(false);
        else if (editing || adding) setEditing(null), setAdding(null);
        return;
      }
      if (target && (TYPING.has(target.tagName) || target.isContentEditable)) return;
      if (help && e.key !== "?") return;
      if (editing || adding || busy) return;
      const k = e.key;
      if (k === "?") return (e.preventDefault(), setHelp((h) => !h));
      if (k === "j") return (e.preventDefault(), setIndex((i) => Math.min(i + 1, items.length - 1)));
      if (k === "k") return (e.preventDefault(), setIndex((i) => Math.max(i - 1, 0)));
      if (!current) return;
      if (k === "a") return (e.preventDefault(), void decide(current, "accepted"));
      if (k === "r") return (e.preventDefault(), void decide(current, "rejected"));
      if (k === "e") return (e.preventDefault(), setEditing(current.key));
      if (k === "x") {
        e.preventDefault();
        setSelected((s) => {
          const n = new Set(s);
          if (!n.delete(current.key)) n.add(current.key);
          return n;
        });
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [help, editing, adding, busy, items.length, current, decide]);

  const bulk = items.filter((i) => selected.has(i.key));
  const pages = load.state === "ready" ? load.page.pages : 1;

  return (
    <div>
      <QueueFilters lang={lang} options={options} value={filters} onApply={(f) => (setFilters(f), setPage(1), setSelected(new Set()))} />
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <button
          type="button"
          disabled={!bulk.length || busy}
          onClick={() => act(() => acceptSelected(bulk.map((i) => ({ id: i.key, rev: i.rev }))), t.acceptSelected(bulk.length)).then(() => setSelected(new Set()))}
          className="rounded bg-emerald-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-emerald-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 disabled:opacity-50"
        >
          {t.acceptSelected(bulk.length)}
        </button>
        <button
          type="button"
          onClick={() => setHelp(true)}
          className="rounded border border-stone-500 px-3 py-1.5 text-sm hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-sky-700"
          aria-keyshortcuts="?"
        >
          {t.keyboard} <kbd className="font-mono">?</kbd>
        </button>
        <p className="text-sm text-stone-600">{t.addClaimHint}</p>
      </div>
      <p role="status" aria-live="polite" className="mb-2 min-h-5 text-sm font-semibold text-stone-800" data-testid="review-status">
        {note}
      </p>
      {load.state === "loading" && (
        <p className="rounded-lg border border-dashed border-stone-400 p-6 text-center text-stone-600" data-testid="review-loading">
          {t.loading}
        </p>
      )}
      {load.state === "error" && (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4">
          <p className="font-semibold text-red-900">{t.loadError}</p>
          <p className="text-sm text-red-900">{load.message}</p>
          <button
            type="button"
            onClick={() => (setLoad({ state: "loading" }), void reload())}
            className="mt-2 rounded border border-red-800 px-3 py-1 text-sm focus-visible:outline-2 focus-visible:outline-sky-700"
          >
            {t.retry}
          </button>
        </div>
      )}
      {load.state === "ready" && items.length === 0 && (
        <p className="rounded-lg border border-dashed border-stone-400 p-6 text-center text-stone-600" data-testid="review-empty">
          {t.empty}
        </p>
      )}
      {items.length > 0 && (
        <ol className="space-y-4" aria-label={t.reviewQueue}>
          {items.map((item, i) => (
            <li key={item.key}>
              <ClaimCard
                ref={(el) => void (el ? cards.current.set(item.key, el) : cards.current.delete(item.key))}
                item={item}
                lang={lang}
                focused={i === index}
                selected={selected.has(item.key)}
                editing={editing === item.key}
                busy={busy}
                groups={options.groups}
                onFocus={() => setIndex(i)}
                actions={{
                  accept: () => void decide(item, "accepted"),
                  reject: () => void decide(item, "rejected"),
                  edit: () => setEditing(item.key),
                  cancel: () => setEditing(null),
                  save: (f) => void save(item, f),
                  undo: () => void act(() => undoClaim(item.key, item.rev), t.undo),
                  toggleSelect: () =>
                    setSelected((s) => {
                      const n = new Set(s);
                      if (!n.delete(item.key)) n.add(item.key);
                      return n;
                    }),
                  addOnSelection: (_passageId, span) => setAdding({ item, span }),
                }}
              />
              {adding?.item.key === item.key && (
                <div className="mt-2 rounded-lg border border-sky-800 bg-white p-3">
                  <p className="text-sm font-semibold">
                    {t.addClaim}: <q lang={item.articleLang}>{item.passage.text.slice(adding.span.start, adding.span.end)}</q>
                  </p>
                  <ClaimForm
                    lang={lang}
                    groups={options.groups}
                    busy={busy}
                    initial={{ kind: item.claim.kind, actors: [], fromActor: null, toActor: null, places: [], date: "", certainty: "asserted" }}
                    onCancel={() => setAdding(null)}
                    onSave={(f) =>
                      void act(
                        () =>
                          addClaim(item.article, {
                            passageId: item.claim.passageId,
                            span: adding.span,
                            kind: f.kind,
                            actors: f.actors,
                            places: f.places.map((p) => p.id),
                            certainty: f.certainty,
                            ...(f.fromActor ? { fromActor: f.fromActor } : {}),
                            ...(f.toActor ? { toActor: f.toActor } : {}),
                            ...(dateOf(f.date) ? { date: dateOf(f.date)! } : {}),
                          }),
                        t.accepted,
                      )
                    }
                  />
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {pages > 1 && (
        <nav aria-label={t.page(page, pages)} className="mt-4 flex items-center gap-3">
          <button
            type="button"
            disabled={page <= 1}
            onClick={() => setPage(page - 1)}
            className="rounded border border-stone-500 px-3 py-1 text-sm disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-sky-700"
          >
            {t.previous}
          </button>
          <span className="text-sm">{t.page(page, pages)}</span>
          <button
            type="button"
            disabled={page >= pages}
            onClick={() => setPage(page + 1)}
            className="rounded border border-stone-500 px-3 py-1 text-sm disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-sky-700"
          >
            {t.next}
          </button>
        </nav>
      )}
      {help && <HelpOverlay title={t.keyboard} keys={t.keysHelp} closeLabel={t.cancel} onClose={() => setHelp(false)} />}
    </div>
  );
}
