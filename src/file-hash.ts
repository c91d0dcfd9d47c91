/**
 * sha256 of files and bytes, as lowercase hex.
 *
 * Exports: `sha256File(path)` (streams the file, so large model files are fine) and
 * `sha256Bytes(data)`.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";

/** sha256 (hex) of a file's bytes, read as a stream. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** sha256 (hex) of bytes or of a string's UTF-8 bytes. */
export function sha256Bytes(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
