import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ReaderChrome } from "@/components/reader/ReaderChrome";
import { IntakeForm } from "@/components/workspace/new/IntakeForm";
import { currentActor } from "@/lib/auth/guard";
import { intakeMessages } from "@/lib/intake/messages";
import { searchOf, type SearchParams } from "@/lib/reader/links";
import { fromParams } from "@/lib/view/url-codec";

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: intakeMessages(fromParams(await searchParams).view.lang).title, robots: { index: false } };
}

export const dynamic = "force-dynamic";

/** Where an anonymous visitor signs in first (the sign-in page comes back here after). */
const SIGN_IN = "/signin";

export default async function NewArticlePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const { lang } = fromParams(sp).view;
  const search = searchOf(sp);
  const actor = await currentActor();
  if (!actor) redirect(`${SIGN_IN}?${new URLSearchParams({ next: `/workspace/new${search ? `?${search}` : ""}`, ...(lang === "ar" ? { lang } : {}) })}`);
  const m = intakeMessages(lang);
  return (
    <ReaderChrome lang={lang} here={{ pathname: "/workspace/new", search }}>
      <h1 className="text-2xl font-semibold">{m.title}</h1>
      <p className="mt-1 mb-4 max-w-3xl text-stone-700">{m.intro}</p>
      <IntakeForm lang={lang} />
    </ReaderChrome>
  );
}
