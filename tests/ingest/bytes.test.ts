import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { notTextReason, splitLines } from "../../src/ingest/bytes.js";

async function lines(chunks: Array<Buffer | string>, limit = 1000) {
  const out: Array<[number, string, boolean]> = [];
  for await (const l of splitLines(Readable.from(chunks), limit)) out.push([l.number, l.bytes.toString("utf8"), l.tooLarge]);
  return out;
}

describe("notTextReason", () => {
  it("accepts UTF-8 text and refuses NUL bytes and invalid UTF-8", () => {
    expect(notTextReason(Buffer.from("سلام، world"))).toBeNull();
    expect(notTextReason(Buffer.from([0x61, 0x00, 0x62]))).toMatch(/NUL/);
    expect(notTextReason(Buffer.from([0x61, 0xff, 0xfe, 0x62]))).toMatch(/UTF-8/);
  });
});

describe("splitLines", () => {
  it("splits across chunk borders, inside multi-byte letters too, and drops CR", async () => {
    const bytes = Buffer.from("سطر\r\nدوم\nسوم");
    const chunks = [bytes.subarray(0, 3), bytes.subarray(3, 9), bytes.subarray(9)];
    expect(await lines(chunks)).toEqual([
      [1, "سطر", false],
      [2, "دوم", false],
      [3, "سوم", false],
    ]);
  });

  it("marks an over-long line without keeping it", async () => {
    expect(await lines(["short\n", "x".repeat(30), "y".repeat(30), "\nok\n"], 40)).toEqual([
      [1, "short", false],
      [2, "", true],
      [3, "ok", false],
    ]);
  });
});

describe("decodeUtf16", () => {
  it("decodes UTF-16 with a BOM and ignores other bytes", async () => {
    const { decodeUtf16 } = await import("../../src/ingest/bytes.js");
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("سلام", "utf16le")]);
    expect(decodeUtf16(le)?.replace(/^\uFEFF/, "")).toBe("سلام");
    expect(decodeUtf16(Buffer.from("plain"))).toBeUndefined();
  });
});
