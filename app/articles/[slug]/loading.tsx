import { messages } from "@/lib/i18n/messages";

/** Shown while the reader renders; the interface language is not known yet, so both are given. */
export default function Loading() {
  return (
    <div role="status" className="mx-auto max-w-5xl px-4 py-10 text-stone-700">
      <p>
        {messages("en").loading} <span lang="ar">{messages("ar").loading}</span>
      </p>
      <div aria-hidden="true" className="mt-6 space-y-3">
        <div className="h-8 w-2/3 animate-pulse rounded bg-stone-200 motion-reduce:animate-none" />
        <div className="h-4 w-full animate-pulse rounded bg-stone-200 motion-reduce:animate-none" />
        <div className="h-4 w-5/6 animate-pulse rounded bg-stone-200 motion-reduce:animate-none" />
      </div>
    </div>
  );
}
