/**
 * A response streamed from chunks of text. The first chunk is awaited before answering, so a
 * store that cannot be read still answers with the API's JSON error (handle() sees the throw)
 * instead of a 200 cut short.
 */
export async function streamedResponse(chunks: AsyncGenerator<string>, headers: Record<string, string>): Promise<Response> {
  const first = await chunks.next();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.done) controller.close();
      else controller.enqueue(encoder.encode(first.value));
    },
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, { headers });
}
