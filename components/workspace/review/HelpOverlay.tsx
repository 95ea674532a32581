"use client";

import { useEffect, useRef } from "react";

/** The keyboard shortcuts, as a modal dialog: focus moves into it and Escape (or the button) closes it. */
export function HelpOverlay({ title, keys, closeLabel, onClose }: { title: string; keys: [string, string][]; closeLabel: string; onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a click on the backdrop closes; the keyboard closes with Escape on the dialog.
    // biome-ignore lint/a11y/noStaticElementInteractions: the backdrop, not a control.
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-black/40 p-4" onClick={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        data-testid="keyboard-help"
        className="w-full max-w-sm rounded-lg bg-white p-5 shadow-xl"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === "Escape" && onClose()}
      >
        <h2 id="help-title" className="mb-3 text-lg font-semibold">
          {title}
        </h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          {keys.map(([k, what]) => (
            <div key={k} className="contents">
              <dt>
                <kbd className="rounded border border-stone-400 bg-stone-100 px-1.5 font-mono" dir="ltr">
                  {k}
                </kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <button
          ref={close}
          type="button"
          onClick={onClose}
          className="mt-4 rounded border border-stone-500 px-3 py-1 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-sky-700"
        >
          {closeLabel}
        </button>
      </div>
    </div>
  );
}
