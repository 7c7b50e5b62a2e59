// Byte-level helpers for the readers: strict UTF-8 decoding (binary files are refused, not turned
// into replacement characters), UTF-16 text with a BOM, and a streaming line splitter that never
// holds more than one line.

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Why bytes are not text, or null when they are valid UTF-8 text. */
export function notTextReason(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return "binary file (NUL bytes)";
  try {
    decoder.decode(bytes);
    return null;
  } catch {
    return "binary or not UTF-8 (invalid UTF-8)";
  }
}

/** Decodes strict UTF-8; throws on invalid input (check notTextReason first). */
export function decodeUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Text saved as UTF-16 with a byte-order mark (Windows "Unicode"), or undefined without one. */
export function decodeUtf16(bytes: Uint8Array): string | undefined {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!le && !be) return undefined;
  try {
    return new TextDecoder(le ? "utf-16le" : "utf-16be", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export interface RawLine {
  /** 1-based line number. */
  number: number;
  /** The line's bytes without "\n" / "\r\n"; empty when `tooLarge`. */
  bytes: Buffer;
  /** The line was longer than the limit; its bytes were dropped. */
  tooLarge: boolean;
}

/** Splits a byte stream into lines, keeping at most `limit` bytes of any one line in memory. */
export async function* splitLines(stream: AsyncIterable<Buffer | string>, limit: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  let number = 0;
  const finish = (): RawLine => {
    number++;
    let bytes = tooLarge ? Buffer.alloc(0) : Buffer.concat(parts, size);
    if (bytes.length && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    const line: RawLine = { number, bytes, tooLarge };
    parts = [];
    size = 0;
    tooLarge = false;
    return line;
  };
  const take = (chunk: Buffer): void => {
    if (tooLarge) return;
    if (size + chunk.length > limit) {
      tooLarge = true;
      parts = [];
      size = 0;
      return;
    }
    parts.push(chunk);
    size += chunk.length;
  };
  for await (const raw of stream) {
    const chunk = typeof raw === "string" ? Buffer.from(raw, "utf8") : raw;
    let from = 0;
    for (let nl = chunk.indexOf(0x0a, from); nl !== -1; nl = chunk.indexOf(0x0a, from)) {
      take(chunk.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    if (from < chunk.length) take(chunk.subarray(from));
  }
  if (size > 0 || tooLarge) yield finish();
}
