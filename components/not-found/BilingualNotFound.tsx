/** What a not-found page says in one language, and where it sends the reader back to. */
export type NotFoundWords = { title: string; body: string; back: string; href: string };

/**
 * A not-found page's text: English, then Arabic under a rule. Not-found pages get no query, so
 * the page cannot know the reader's language and says it in both.
 */
export function BilingualNotFound({ en, ar }: { en: NotFoundWords; ar: NotFoundWords }) {
  const back = (w: NotFoundWords) => (
    <p className="mt-4">
      <a href={w.href} className="font-semibold text-sky-900 underline underline-offset-4">
        {w.back}
      </a>
    </p>
  );
  return (
    <>
      <h1 className="text-2xl font-semibold">{en.title}</h1>
      <p className="mt-2 text-stone-800">{en.body}</p>
      {back(en)}
      <div lang="ar" dir="rtl" className="mt-8 border-t border-stone-300 pt-4">
        <p className="text-xl font-semibold">{ar.title}</p>
        <p className="mt-2 text-stone-800">{ar.body}</p>
        {back(ar)}
      </div>
    </>
  );
}
