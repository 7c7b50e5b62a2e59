// Office holders for resolution (a helper of entities.ts): which lexicon person a mention names by the office the
// article gives it, and whether a lexicon person held an office on a day.
import type { ArticleFacts, MentionFact } from "../model.js";
import { countryOf, officesOn, type Lexicon } from "../lexicon/index.js";
import type { PersonEntry } from "../lexicon/types.js";
import { normalizeKey } from "../text/normalize.js";
import { lexIdParts } from "../ids.js";
import { peopleWhoHeld } from "../lexicon/office-holders.js";

/** A first given name that South Asian Muslim names open with and news leaves out (Muhammad's, in English spellings). */
const DEVOTIONAL = /^(mohammad|mohammed|muhammad|muhammed|mohamed|md)$/;

/** The lexicon people who ever held each office, with their names' normalised words (built once per lexicon and office). */
const holdersCache = new WeakMap<Lexicon, Map<string, Array<{ p: PersonEntry; names: string[][] }>>>();
function holdersOf(lex: Lexicon, office: string) {
  let byOffice = holdersCache.get(lex);
  if (!byOffice) holdersCache.set(lex, (byOffice = new Map()));
  let list = byOffice.get(office);
  if (!list) {
    list = peopleWhoHeld(lex, office).map((p) => ({ p, names: Object.values(p.names).flat().concat(Object.values(p.short ?? {}).flat()).map((n) => normalizeKey(n).split(/[\s-]+/)) }));
    byOffice.set(office, list);
  }
  return list;
}

/**
 * The lexicon holder of an office the article gives this unknown name, if they share a name word, and unless the
 * name starts with a given name (lexicon given-names.json) that no name of the holder has: a different given name is
 * a different person ("سيدي ولد محمد …" is not the minister "محمد سالم ولد …"). Several holders sharing the word (an
 * undated article: every king of a dynasty) leave the one whose name starts with the name's first word. A title with
 * no country names its holder only by the first words of the holder's longer name, when one holder alone has them.
 */
export function holderByRole(facts: ArticleFacts, m: MentionFact, lex: Lexicon): string | undefined {
  const written = normalizeKey(m.text).split(/[\s-]+/);
  // (a name particle is no shared name word: "Fahd bin Mahmoud" is not "Shihab bin Tariq")
  const words = new Set(written.filter((w) => w.length > 2 && !lex.words.sets.nameParticle?.has(w)));
  const given = lex.words.givenNames[m.lang]?.has(written[0]) ? written[0] : undefined;
  // the father's name after a nasab particle (bin, ibn, bint; cues.json words nasabShort)
  const nasab = lex.words.sets.nasabShort ?? new Set<string>();
  const fatherIn = (n: string[]) => n.find((w, i) => i > 0 && nasab.has(n[i - 1]));
  const father = fatherIn(written);
  const date = facts.publishedAt ?? null;
  const found = new Set<string>();
  const byFirst = new Set<string>();
  const prefixOf = new Set<string>();
  for (const r of facts.roles) {
    if (r.person !== m.index) continue;
    const country = r.country?.replace(/^place\//, "");
    for (const { p, names } of holdersOf(lex, r.office)) {
      const held = officesOn(p, date).some((o) => o.office === r.office && (!country || o.country === country));
      if (!held) continue;
      // with no country to the title, only a name of two words or more that begins a longer name of the holder's
      // ("Foreign Minister Osman Saleh" for Osman Saleh Mohammed: news drops a father's or grandfather's name), or a
      // monarch's given name alone ("King Abdullah", "Emir Tamim": offices.json regnal)
      if (!country) {
        const regnal = written.length === 1 && given && lex.offices.get(r.office)?.regnal;
        if ((written.length >= 2 || regnal) && names.some((n) => n.length > written.length && written.every((w, i) => n[i] === w))) prefixOf.add(p.id);
        // or the holder's name without its first word when that is Muhammad's name, which South Asian news often
        // drops ("President Abdul Hamid" for Mohammad Abdul Hamid)
        else if (written.length >= 2 && names.some((n) => n.length === written.length + 1 && DEVOTIONAL.test(n[0]) && written.every((w, i) => n[i + 1] === w))) prefixOf.add(p.id);
        continue;
      }
      if (given && !names.some((n) => n.includes(given))) continue;
      // (nor another father's son: "Fahd bin Mahmoud Al Said" is not "Shihab bin Tariq Al Said", though they share a family name)
      if (father && names.some((n) => fatherIn(n)) && !names.some((n) => fatherIn(n) === father)) continue;
      if (names.some((n) => n.some((w) => w.length > 2 && words.has(w)))) found.add(p.id);
      // (the name's first word among the holder's names: "Fahd Al Saud" of the kings who share "Al Saud")
      if (names.some((n) => n[0] === written[0])) byFirst.add(p.id);
    }
  }
  if (found.size === 1) return [...found][0];
  if (!found.size && prefixOf.size === 1) return [...prefixOf][0];
  // several monarchs of the name on the day ("King Abdullah": of Jordan and of Malaysia in 2023): the one whose
  // country the article names ("in Amman")
  if (!found.size && prefixOf.size > 1) {
    const named = new Set(facts.mentions.filter((x) => x.kind === "place" && x.lexiconId).map((x) => countryOf(lex, x.lexiconId!)));
    const here = [...prefixOf].filter((id) => officesOn(lex.people.get(id)!, date).some((o) => o.country && named.has(o.country)));
    if (here.length === 1) return here[0];
  }
  // several holders share the name word (an undated article, a dynasty's family name): the one whose name starts alike
  const first = [...found].filter((id) => byFirst.has(id));
  return first.length === 1 ? first[0] : undefined;
}

/** Whether a lexicon person held one of their offices on a day. */
export function inOfficeOn(lex: Lexicon, id: string, date: string): boolean {
  const p = lex.people.get(lexIdParts(id)[1]);
  return !!p && officesOn(p, date).length > 0;
}
