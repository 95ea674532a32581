import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { fetchUrl } from "@/lib/intake/fetch-url";
import { type PageServer, startPageServer } from "../support/page-server";

let srv: PageServer;
beforeAll(async () => {
  srv = await startPageServer();
});
afterAll(() => srv.close());

const open = { allowPrivate: true };

async function failure(p: Promise<unknown>): Promise<ApiError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ApiError);
  return e as ApiError;
}

describe("fetchUrl: the SSRF guard", () => {
  it("refuses schemes other than http and https", async () => {
    for (const u of ["file:///etc/passwd", "ftp://example.com/a", "gopher://x/", "javascript:alert(1)"]) {
      expect((await failure(fetchUrl(u))).status).toBe(400);
    }
  });

  it("refuses literal loopback, private and metadata addresses, in every spelling the URL parser accepts", async () => {
    for (const u of [
      "http://127.0.0.1/",
      "http://2130706433/",
      "http://0x7f.1/",
      "http://10.0.0.8/",
      "http://169.254.169.254/latest/meta-data/",
      "http://[::1]/",
      "http://[::ffff:127.0.0.1]/",
      "http://[::ffff:a9fe:a9fe]/",
    ]) {
      const e = await failure(fetchUrl(u));
      expect(e.status, u).toBe(400);
      expect(e.message).toMatch(/Refused/);
    }
  });

  it("refuses a name when any address it resolves to is forbidden, before connecting", async () => {
    const resolve = async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "10.0.0.1", family: 4 },
    ];
    const e = await failure(fetchUrl("http://mixed.test/", { resolve }));
    expect(e.status).toBe(400);
    expect(e.message).toMatch(/private/);
  });

  it("connects to the address it checked, not to a second DNS answer (no rebinding)", async () => {
    const port = new URL(srv.base).port;
    let calls = 0;
    // First answer loopback (allowed here), any later answer the metadata service.
    const resolve = async () => (calls++ === 0 ? [{ address: "127.0.0.1", family: 4 }] : [{ address: "169.254.169.254", family: 4 }]);
    const got = await fetchUrl(`http://rebind.test:${port}/article`, { ...open, resolve });
    expect(got.body.toString()).toContain("Raqqa");
    expect(calls).toBe(1);
  });

  it("refuses loopback without the admin setting and fetches it with the setting on", async () => {
    expect((await failure(fetchUrl(`${srv.base}/article`))).status).toBe(400);
    const got = await fetchUrl(`${srv.base}/article`, open);
    expect(got.contentType).toBe("text/html");
    expect(got.charset).toBe("utf-8");
    expect(got.body.toString()).toContain("ISIS loses Raqqa");
  });

  it("checks every redirect like the first request: to the metadata address, to loopback in IPv6 form, to file:", async () => {
    for (const to of ["http://169.254.169.254/latest/meta-data/", "http://[::ffff:169.254.169.254]/", "file:///etc/passwd"]) {
      const e = await failure(fetchUrl(`${srv.base}/redirect?to=${encodeURIComponent(to)}`, open));
      expect(e.status, to).toBe(400);
    }
  });

  it("follows up to 5 redirects and gives up after that", async () => {
    const got = await fetchUrl(`${srv.base}/chain?n=4`, open);
    expect(got.url).toBe(`${srv.base}/article`);
    const e = await failure(fetchUrl(`${srv.base}/chain?n=5`, open));
    expect(e.status).toBe(502);
    expect(e.message).toMatch(/more than 5 redirects/);
  });
});

describe("fetchUrl: limits and types", () => {
  it("aborts a body streamed past 2 MB with 413, and refuses a declared size over it at once", async () => {
    expect((await failure(fetchUrl(`${srv.base}/big`, open))).status).toBe(413);
    expect((await failure(fetchUrl(`${srv.base}/declared-big`, open))).status).toBe(413);
  });

  it("gives up on a page slower than the time limit with 502", async () => {
    const t = Date.now();
    const e = await failure(fetchUrl(`${srv.base}/slow`, { ...open, timeoutMs: 300 }));
    expect(e.status).toBe(502);
    expect(e.message).toMatch(/longer than the time allowed/);
    expect(Date.now() - t).toBeLessThan(3000);
  });

  it("reads text/plain and refuses other types with 415", async () => {
    expect((await fetchUrl(`${srv.base}/plain`, open)).contentType).toBe("text/plain");
    expect((await failure(fetchUrl(`${srv.base}/pdf`, open))).status).toBe(415);
  });

  it("answers 502 for an upstream error status", async () => {
    const e = await failure(fetchUrl(`${srv.base}/missing`, open));
    expect(e.status).toBe(502);
    expect(e.message).toMatch(/404/);
  });
});
