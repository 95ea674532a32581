"use client";

/** Ends the session (better-auth's sign-out deletes it from the store) and returns to the map. */
export function SignOutButton({ label, home }: { label: string; home: string }) {
  async function signOut() {
    await fetch("/api/auth/sign-out", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" }).catch(() => {});
    window.location.assign(home);
  }
  return (
    <button type="button" onClick={signOut} className="rounded border border-stone-400 px-3 py-1 text-sm hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-sky-700">
      {label}
    </button>
  );
}
