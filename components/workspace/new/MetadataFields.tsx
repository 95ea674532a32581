"use client";

import type { IntakeMessages } from "@/lib/intake/messages";
import type { ArticleFields } from "./intake-api";

type Meta = Omit<ArticleFields, "text">;

const input = "mt-1 w-full rounded border border-stone-400 bg-white px-2 py-1.5 focus-visible:outline-2 focus-visible:outline-sky-700";

/** Title, source, URL, date and language: prefilled where they could be read, always editable. */
export function MetadataFields({ value, onChange, m }: { value: Meta; onChange: (v: Partial<Meta>) => void; m: IntakeMessages }) {
  // Arabic titles and sources are typed right-to-left; "auto" follows what is typed when undecided.
  const textDir = value.lang === "ar" ? "rtl" : value.lang === "en" ? "ltr" : "auto";
  return (
    <fieldset className="mt-4 grid gap-3 sm:grid-cols-2">
      <legend className="mb-1 font-semibold">{m.details}</legend>
      <label className="sm:col-span-2">
        {m.fTitle}
        <input name="title" className={input} dir={textDir} value={value.title} maxLength={300} onChange={(e) => onChange({ title: e.target.value })} />
      </label>
      <label>
        {m.fSource}
        <input name="source" className={input} dir={textDir} value={value.source} maxLength={200} onChange={(e) => onChange({ source: e.target.value })} />
      </label>
      <label>
        {m.fUrl}
        <input name="url" type="url" className={input} dir="ltr" value={value.url} onChange={(e) => onChange({ url: e.target.value })} />
      </label>
      <label>
        {m.fPublished}
        <input
          name="published"
          className={input}
          dir="ltr"
          inputMode="numeric"
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
          placeholder="2017-10-17"
          aria-describedby="intake-published-help"
          value={value.published}
          onChange={(e) => onChange({ published: e.target.value })}
        />
        <span id="intake-published-help" className="text-sm text-stone-600">
          {m.fPublishedHelp}
        </span>
      </label>
      <label>
        {m.fLang}
        <select name="lang" className={input} value={value.lang} onChange={(e) => onChange({ lang: e.target.value as Meta["lang"] })}>
          <option value="">{m.langAuto}</option>
          <option value="ar">{m.langAr}</option>
          <option value="en">{m.langEn}</option>
        </select>
      </label>
    </fieldset>
  );
}
