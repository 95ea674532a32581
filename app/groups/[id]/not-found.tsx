import { PageChrome } from "@/components/country/PageChrome";
import { GROUP_TEXT } from "@/lib/groups/labels";

/** An unknown group id. Not-found pages get no query, so the Arabic text follows the English. */
export default function GroupNotFound() {
  const en = GROUP_TEXT.en;
  const ar = GROUP_TEXT.ar;
  return (
    <PageChrome lang="en" pathname="/groups" search="" current="groups">
      <h1 className="text-2xl font-semibold">{en.notFound}</h1>
      <p className="mt-2 text-stone-800">{en.notFoundBody}</p>
      <p className="mt-4">
        <a href="/groups" className="font-semibold text-sky-900 underline underline-offset-4">
          {en.allGroups}
        </a>
      </p>
      <div lang="ar" dir="rtl" className="mt-8 border-t border-stone-300 pt-4">
        <p className="text-xl font-semibold">{ar.notFound}</p>
        <p className="mt-2 text-stone-800">{ar.notFoundBody}</p>
        <p className="mt-4">
          <a href="/groups?lang=ar" className="font-semibold text-sky-900 underline underline-offset-4">
            {ar.allGroups}
          </a>
        </p>
      </div>
    </PageChrome>
  );
}
