// The proclitics of Arabic-script words (a helper of matcher.ts, also read by extract/passes/_kingdom.ts): the
// conjunctions and prepositions written glued to the next word (و ف ب ل, وب ول فب فل), and the readings of a token
// key after one of them. Persian text takes no Arabic «ف».
const SINGLE_PROCLITICS = ["و", "ف", "ب", "ل"];
const DOUBLE_PROCLITICS = ["وب", "ول", "فب", "فل"];
const PROCLITICS = [...SINGLE_PROCLITICS, ...DOUBLE_PROCLITICS];
/** The proclitics of Persian text: no Arabic «ف» (فـ, فبـ, فلـ). */
const PERSIAN_PROCLITICS = PROCLITICS.filter((p) => !p.startsWith("ف"));

/**
 * The readings of an Arabic-script token key after one leading proclitic (و ف ب ل, وب ول فب فل), as
 * [proclitic, rest], in proclitic order; "للرئيس" is also ل + "الرئيس" (the article's alef is dropped after ل).
 * In Persian text (`lang` "fa") the Arabic «ف» is no proclitic: "فارسی" is not ف + "آرسی".
 */
export function procliticReadings(key: string, lang?: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const p of lang === "fa" ? PERSIAN_PROCLITICS : PROCLITICS) {
    if (!key.startsWith(p)) continue;
    const rest = key.slice(p.length);
    if (rest.length < 2) continue;
    out.push([p, rest]);
    if (p.endsWith("ل") && rest.startsWith("ل")) out.push([p, "ا" + rest]);
  }
  return out;
}
