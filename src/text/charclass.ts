// Lookup tables of BMP code units for the hot character scans (normalizeKey, line words, the
// tokenizer), built once from the same Unicode regex classes the code would otherwise run per
// character. Surrogates (astral characters) are never in a table: callers that may meet them check
// for them and fall back to their regex.

/** All BMP code units except surrogates, in order (index = code unit). */
let bmp: string | undefined;

function allBmp(): string {
  if (bmp === undefined) {
    const units = new Uint16Array(0x10000);
    for (let c = 0; c < 0x10000; c++) units[c] = c >= 0xd800 && c <= 0xdfff ? 0 : c;
    let s = "";
    for (let c = 0; c < 0x10000; c += 4096) s += String.fromCharCode(...units.subarray(c, c + 4096));
    bmp = s;
  }
  return bmp;
}

/** 1 for each BMP code unit (surrogates excluded) that a one-character regex class matches, e.g. "[\\p{L}\\p{N}]". */
export function bmpTable(charClass: string, flags = "u"): Uint8Array {
  const table = new Uint8Array(0x10000);
  // runs of matching units (the scanned string has no surrogates: one unit is one character)
  const re = new RegExp(`(?:${charClass})+`, flags.includes("g") ? flags : flags + "g");
  for (const m of allBmp().matchAll(re)) table.fill(1, m.index!, m.index! + m[0].length);
  table.fill(0, 0xd800, 0xe000);
  // U+0000 stands in for the surrogates in the scanned string: test it on its own
  table[0] = new RegExp(`^${charClass}$`, flags.replace("g", "")).test("\u0000") ? 1 : 0;
  return table;
}

/** Does the string contain a surrogate (a character outside the BMP, or a lone surrogate)? */
export function hasSurrogate(s: string): boolean {
  return /[\uD800-\uDFFF]/.test(s);
}
