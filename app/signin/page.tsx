import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/workspace/SignInForm";
import { safeNext, WorkspaceChrome } from "@/components/workspace/WorkspaceChrome";
import { currentActor } from "@/lib/auth/guard";
import { workspaceMessages } from "@/lib/i18n/workspace-messages";
import { type SearchParams, searchOf } from "@/lib/reader/links";
import { fromParams } from "@/lib/view/url-codec";

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: workspaceMessages(fromParams(await searchParams).view.lang).signIn, robots: { index: false } };
}

/** The sign-in page: a normal page of the app; a signed-in visitor goes straight on. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const lang = fromParams({ lang: sp.lang }).view.lang;
  const t = workspaceMessages(lang);
  const next = safeNext(sp.next);
  if (await currentActor()) redirect(next);
  return (
    <WorkspaceChrome lang={lang} pathname="/signin" search={searchOf(sp)}>
      <div className="mx-auto max-w-md rounded-lg border border-stone-300 bg-white p-6 shadow-sm">
        <h1 className="mb-2 text-2xl font-semibold">{t.signInTitle}</h1>
        <p className="mb-6 text-stone-700">{t.signInIntro}</p>
        <SignInForm next={next} lang={lang} />
        <p className="mt-6 text-sm text-stone-600">{t.accountsNote}</p>
      </div>
    </WorkspaceChrome>
  );
}
