/** Text pieces from an async generator as a byte stream that is pulled, not pushed: a slow client slows the reads. */
export function textStream(pieces: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await pieces.next();
        if (done) controller.close();
        else if (value) controller.enqueue(enc.encode(value));
      } catch (e) {
        controller.error(e);
      }
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
}

/** Reads a whole stream back as text, a BOM kept (tests, small files). */
export async function readText(stream: ReadableStream<Uint8Array>): Promise<string> {
  const dec = new TextDecoder("utf-8", { ignoreBOM: true });
  let out = "";
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) out += dec.decode(chunk, { stream: true });
  return out + dec.decode();
}
