import { expect } from "vitest";

/**
 * Asserts the API's one error shape: the status, a JSON body `{"error": {"code", "message"}}`
 * with a message a person can read, and no stack trace. Returns the message.
 */
export async function expectJsonError(res: Response, status: number, code?: string): Promise<string> {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string } };
  if (code) expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(JSON.stringify(body)).not.toMatch(/at .*\.(js|ts):\d+/);
  return body.error.message;
}
