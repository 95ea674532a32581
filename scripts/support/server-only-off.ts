/**
 * What `server-only` resolves to outside Next (tsconfig.json `paths`, which tsx follows): the
 * CLI and the bench's children are server code that imports lib/data and lib/auth directly.
 * Next ignores this: its compiler checks the `import "server-only"` statement itself and fails
 * the build when a client component's imports lead to one.
 */
export {};
