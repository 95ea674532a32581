import { describe, expect, it } from "vitest";
import { apiErrorMessage } from "@/lib/api/fetcher";

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

describe("the message of a failed API call, as the workspace shows it", () => {
  it("is the API's own message for an error in its JSON shape", async () => {
    expect(await apiErrorMessage(json(409, { error: { code: "conflict", message: "the claim changed meanwhile" } }))).toBe("the claim changed meanwhile");
  });
  it("is null when there was no answer, so the caller says the network failed", async () => {
    expect(await apiErrorMessage(null)).toBeNull();
  });
  it("is null for a body that is not the API's shape (a proxy's HTML page)", async () => {
    expect(await apiErrorMessage(new Response("<html>Bad gateway</html>", { status: 502 }))).toBeNull();
    expect(await apiErrorMessage(json(500, { error: { message: 42 } }))).toBeNull();
  });
  it("is null for a success", async () => {
    expect(await apiErrorMessage(json(200, { error: { message: "not an error" } }))).toBeNull();
  });
});
