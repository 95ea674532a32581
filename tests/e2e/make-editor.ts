/**
 * Creates the browser tests' editor in the e2e store (ATLAS_DATA_DIR), as `npm run user -- add`
 * would: tests/e2e/serve.mjs runs it before the server starts. SYNTHETIC credentials.
 */
import { addUser } from "../../lib/auth/users";
import { closeDb, db } from "../../lib/data/connection";
import { E2E_EDITOR } from "./editor";

db()
  .then((k) => addUser(k, { ...E2E_EDITOR, role: "editor" }, { id: null, email: "cli:e2e" }))
  .catch((e: Error) => {
    // Already there (a reused store): fine; anything else stops the run.
    if (!/exist/i.test(e.message)) throw e;
  })
  .finally(() => closeDb());
