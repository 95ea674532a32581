import { type Page, request } from "@playwright/test";

/** The browser tests' editor, created by serve.mjs (`npm run user -- add`) before the server starts. */
export const E2E_EDITOR = { email: "editor@example.org", password: "review the map at dawn" } as const;

type Cookies = Parameters<ReturnType<Page["context"]>["addCookies"]>[0];
let session: Promise<Cookies> | undefined;

/**
 * Signs the page's context in as the editor. One sign-in per test run, its cookie reused: sign-in
 * is rate-limited (5 a minute), as it should be.
 */
export async function signInAsEditor(page: Page, baseURL: string): Promise<void> {
  session ??= (async () => {
    const ctx = await request.newContext({ baseURL });
    // A client address of its own (the app reads X-Forwarded-For, as behind its proxy), so this
    // sign-in does not count against the other specs' 5 a minute from 127.0.0.1.
    const res = await ctx.post("/api/auth/sign-in/email", { data: E2E_EDITOR, headers: { Origin: new URL(baseURL).origin, "X-Forwarded-For": "198.51.100.15" } });
    if (!res.ok()) throw new Error(`sign-in failed: ${res.status()} ${await res.text()}`);
    const { cookies } = await ctx.storageState();
    await ctx.dispose();
    return cookies;
  })();
  await page.context().addCookies(await session);
}
