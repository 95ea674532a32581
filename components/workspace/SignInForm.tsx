"use client";

import { useState } from "react";
import { workspaceMessages } from "@/lib/i18n/workspace-messages";
import type { UiLang } from "@/lib/view/view-state";

/**
 * Email and password, posted as JSON to better-auth's endpoint (/api/auth/sign-in/email); the
 * session comes back as an HttpOnly cookie. Errors are announced (role="alert") and the focus
 * stays in the form.
 */
export function SignInForm({ next, lang }: { next: string; lang: UiLang }) {
  // Looked up here: the messages hold functions, which cannot cross from the server.
  const t = workspaceMessages(lang);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const res = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") }),
      });
      if (res.ok) {
        window.location.assign(next);
        return;
      }
      setError(res.status === 429 ? t.tooMany : res.status === 401 || res.status === 400 ? t.wrongPassword : t.failed);
    } catch {
      setError(t.failed);
    }
    setBusy(false);
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate={false} data-testid="signin-form">
      <div>
        <label htmlFor="email" className="mb-1 block text-sm font-semibold">
          {t.email}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          dir="ltr"
          className="w-full rounded border border-stone-400 bg-white px-3 py-2 focus-visible:outline-2 focus-visible:outline-sky-700"
        />
      </div>
      <div>
        <label htmlFor="password" className="mb-1 block text-sm font-semibold">
          {t.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          dir="ltr"
          className="w-full rounded border border-stone-400 bg-white px-3 py-2 focus-visible:outline-2 focus-visible:outline-sky-700"
        />
      </div>
      <p role="alert" className="min-h-6 text-sm font-semibold text-red-800">
        {error}
      </p>
      <button
        type="submit"
        disabled={busy}
        className="rounded bg-sky-900 px-4 py-2 font-semibold text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 disabled:opacity-60"
      >
        {busy ? t.signingIn : t.signIn}
      </button>
    </form>
  );
}
