"use client";

import { useRef, useState } from "react";
import type { Duplicate } from "@/lib/intake/duplicates";
import { intakeMessages } from "@/lib/intake/messages";
import type { Preview } from "@/lib/intake/preview";
import type { Prefill } from "@/lib/intake/readable";
import type { UiLang } from "@/lib/view/view-state";
import { type ArticleFields, fetchPage, IntakeError, previewArticle, readFile, saveArticle } from "./intake-api";
import { MetadataFields } from "./MetadataFields";
import { PreviewPanel } from "./PreviewPanel";
import { type Source, SourceTabs } from "./SourceTabs";

type Busy = "fetch" | "file" | "preview" | "save" | null;

const EMPTY: ArticleFields = { text: "", title: "", source: "", url: "", published: "", lang: "" };
const button =
  "rounded bg-sky-800 px-4 py-2 font-semibold text-white hover:bg-sky-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 disabled:opacity-50";
const secondary = "rounded border border-sky-800 px-4 py-2 text-sky-900 hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-sky-700 disabled:opacity-50";
const field = "mt-1 w-full rounded border border-stone-400 bg-white px-2 py-1.5 focus-visible:outline-2 focus-visible:outline-sky-700";

/** Prefill from a page or a file: it replaces the form's details, since the editor asked for that source. */
function fromPrefill(text: string, p: Prefill): Partial<ArticleFields> {
  return { text, title: p.title ?? "", source: p.source ?? "", url: p.url ?? "", published: p.published?.value ?? "", lang: p.lang };
}

/**
 * /workspace/new: paste, upload or fetch an article, check the preview, save. Every value the
 * server or the article gives is rendered as text. Status and errors are announced (aria-live).
 */
export function IntakeForm({ lang }: { lang: UiLang }) {
  const m = intakeMessages(lang);
  const [tab, setTab] = useState<Source>("paste");
  const [fields, setFields] = useState<ArticleFields>(EMPTY);
  const [pageUrl, setPageUrl] = useState("");
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [duplicate, setDuplicate] = useState<Duplicate | null>(null);
  const [saved, setSaved] = useState<{ slug: string; claims: number } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const q = lang === "ar" ? "?lang=ar" : "";

  const update = (v: Partial<ArticleFields>) => {
    setFields((f) => ({ ...f, ...v }));
    // What is previewed must be what is saved: any change asks for a new preview.
    setPreview(null);
    setDuplicate(null);
  };

  async function run<T>(what: Exclude<Busy, null>, fn: () => Promise<T>): Promise<T | undefined> {
    setBusy(what);
    setError(null);
    try {
      return await fn();
    } catch (e) {
      if (e instanceof IntakeError && e.duplicate) setDuplicate(e.duplicate);
      else setError(e instanceof Error ? e.message : String(e));
      return undefined;
    } finally {
      setBusy(null);
    }
  }

  const onFetch = async () => {
    const r = await run("fetch", () => fetchPage(pageUrl.trim()));
    if (r) update(fromPrefill(r.text, r.prefill));
  };
  const onFile = async () => {
    const f = fileRef.current?.files?.[0];
    if (!f) return;
    const r = await run("file", () => readFile(f));
    if (r) update(fromPrefill(r.text, r.prefill));
  };
  const onPreview = async () => {
    if (!fields.text.trim()) return setError(m.needText);
    const r = await run("preview", () => previewArticle(fields));
    if (r) {
      setPreview(r.preview);
      setDuplicate(r.duplicate);
    }
  };
  const onSave = async (force: boolean) => {
    const r = await run("save", () => saveArticle(fields, force));
    if (r) setSaved({ slug: r.slug, claims: r.claims.length });
  };
  const reset = () => {
    setFields(EMPTY);
    setPreview(null);
    setDuplicate(null);
    setSaved(null);
    setPageUrl("");
  };

  if (saved) {
    return (
      <div role="status" data-testid="intake-saved" className="rounded border border-emerald-300 bg-emerald-50 p-4">
        <p className="font-semibold">
          {m.saved} {m.proposedClaims(saved.claims)}
        </p>
        <p className="mt-2 flex flex-wrap gap-4">
          <a className="text-sky-900 underline" href={`/articles/${saved.slug}${q}`} data-testid="saved-article-link">
            {m.openArticle}
          </a>
          <a className="text-sky-900 underline" href={`/workspace/review${q}`} data-testid="saved-queue-link">
            {m.openQueue}
          </a>
          <button type="button" className="text-sky-900 underline" onClick={reset}>
            {m.addAnother}
          </button>
        </p>
      </div>
    );
  }

  const textDir = fields.lang === "ar" ? "rtl" : fields.lang === "en" ? "ltr" : "auto";
  return (
    <form onSubmit={(e) => (e.preventDefault(), void onPreview())} aria-busy={busy !== null} noValidate>
      <SourceTabs value={tab} onChange={setTab} label={m.sourceTabs} rtl={lang === "ar"} labels={{ paste: m.tabPaste, upload: m.tabUpload, url: m.tabUrl }} />
      <div role="tabpanel" id={`intake-panel-${tab}`} aria-labelledby={`intake-tab-${tab}`} className="rounded-b border border-t-0 border-stone-300 bg-white p-4">
        {tab === "upload" ? (
          <div className="flex flex-wrap items-end gap-3">
            <label className="grow">
              {m.fileLabel}
              <input ref={fileRef} name="file" type="file" accept=".txt,.html,.htm,.docx" className={field} />
            </label>
            <button type="button" className={secondary} disabled={busy !== null} onClick={onFile}>
              {m.readFile}
            </button>
          </div>
        ) : null}
        {tab === "url" ? (
          <div className="flex flex-wrap items-end gap-3">
            <label className="grow">
              {m.urlLabel}
              <input name="pageUrl" type="url" dir="ltr" className={field} value={pageUrl} aria-describedby="intake-url-help" onChange={(e) => setPageUrl(e.target.value)} />
            </label>
            <button type="button" className={secondary} disabled={busy !== null || !pageUrl.trim()} onClick={onFetch}>
              {m.fetch}
            </button>
            <p id="intake-url-help" className="w-full text-sm text-stone-600">
              {m.urlHelp}
            </p>
          </div>
        ) : null}
        <label className={`block ${tab === "paste" ? "" : "mt-4"}`}>
          {m.textLabel}
          <textarea
            name="text"
            rows={tab === "paste" ? 14 : 8}
            dir={textDir}
            className={`${field} leading-7`}
            value={fields.text}
            aria-describedby="intake-text-help"
            onChange={(e) => update({ text: e.target.value })}
          />
        </label>
        <p id="intake-text-help" className="text-sm text-stone-600">
          {m.textHelp}
        </p>
      </div>
      <MetadataFields value={fields} onChange={update} m={m} />
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" className={button} disabled={busy !== null} data-testid="intake-preview-button">
          {m.preview}
        </button>
        <button type="button" className={button} disabled={busy !== null || !preview || !!duplicate} onClick={() => onSave(false)} data-testid="intake-save-button">
          {m.save}
        </button>
        <p role="status" aria-live="polite" className="text-stone-700" data-testid="intake-status">
          {busy ? m.working[busy] : ""}
        </p>
      </div>
      <div role="alert" data-testid="intake-error">
        {error ? (
          <p className="mt-3 rounded border border-red-300 bg-red-50 p-3 text-red-900">
            {m.errorPrefix} {error}
          </p>
        ) : null}
      </div>
      {duplicate ? (
        <div className="mt-3 rounded border border-amber-300 bg-amber-50 p-3" data-testid="intake-duplicate">
          <p>
            {m.duplicate}{" "}
            <a className="text-sky-900 underline" href={`/articles/${duplicate.slug}${q}`}>
              {duplicate.title}
            </a>{" "}
            ({duplicate.reason === "url" ? m.duplicateUrl : m.duplicateText})
          </p>
          {preview ? (
            <button type="button" className={`${secondary} mt-2`} disabled={busy !== null} onClick={() => onSave(true)}>
              {m.saveAnyway}
            </button>
          ) : null}
        </div>
      ) : null}
      {preview ? <PreviewPanel preview={preview} lang={lang} m={m} /> : null}
    </form>
  );
}
