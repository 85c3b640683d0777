import { once } from "node:events";

/** Writes to a stream, waiting when it is full so that memory stays flat. */
export async function write(stream: NodeJS.WritableStream, text: string | Uint8Array): Promise<void> {
  if (!stream.write(text)) await once(stream, "drain");
}
