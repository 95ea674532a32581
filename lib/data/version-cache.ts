/**
 * The last corpus version read by this process and when (see corpusId in corpus.ts), on
 * globalThis so every Next entry shares it. A write made by this process forgets it, so the
 * writer's own next read always sees its write.
 */
type Last = { key: string | undefined; id: string; at: number };
const KEY = Symbol.for("allegiance-atlas.last-version");
const g = globalThis as unknown as { [KEY]?: { last?: Last } };
const box = (g[KEY] ??= {});

export const lastVersion = (): Last | undefined => box.last;
export const rememberVersion = (last: Last): void => void (box.last = last);
export const forgetVersion = (): void => void (box.last = undefined);
