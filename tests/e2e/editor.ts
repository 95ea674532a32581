import type { Page } from "@playwright/test";

/** The browser tests' editor (SYNTHETIC), created by make-editor.ts before the server starts. */
export const E2E_EDITOR = { email: "editor@e2e.test", password: "synthetic e2e password" } as const;

/** Signs in through the app's auth API; the session cookie lands in the page's context. */
export async function signInAsEditor(page: Page, baseURL: string): Promise<void> {
  const res = await page.request.post(`${baseURL}/api/auth/sign-in/email`, { data: E2E_EDITOR, headers: { Origin: new URL(baseURL).origin } });
  if (!res.ok()) throw new Error(`sign-in failed: ${res.status()} ${await res.text()}`);
}
