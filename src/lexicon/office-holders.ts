// The lexicon people who ever held each office, indexed once per lexicon: read by resolution (resolve/holders.ts,
// which holder a titled name is) and by extraction (extract/passes/_styles.ts, whom a ruler's style names).
import type { Lexicon, PersonEntry } from "./types.js";

const byOffice = new WeakMap<Lexicon, Map<string, PersonEntry[]>>();

/** Every lexicon person with `office` among their offices, whatever the dates. */
export function peopleWhoHeld(lex: Lexicon, office: string): PersonEntry[] {
  let index = byOffice.get(lex);
  if (!index) {
    index = new Map();
    for (const p of lex.people.values()) {
      for (const o of new Set((p.offices ?? []).map((x) => x.office))) {
        let list = index.get(o);
        if (!list) index.set(o, (list = []));
        list.push(p);
      }
    }
    byOffice.set(lex, index);
  }
  return index.get(office) ?? [];
}
