// The country of an office title (pass 2): "Syrian Foreign Minister", "Russia's foreign minister", "وزیر امور
// خارجه سوریه", "وزير الخارجية السوري", "the foreign minister of the X government" (the country its head leads).
import type { ExtractState, SentenceState, TitleRef, TokenSpan } from "../state.js";
import { countryOf } from "../../lexicon/index.js";
import { demonstratedCountry, ourCountry } from "./_place-context.js";
import { asLexPlaceId, lexPlaceId, personSlug } from "../../ids.js";
import { familyNisba } from "./_names-before.js";

/** Words that may sit between a title and its country ("وزیر امور خارجه و مهاجران دولت موقت سوریه"). */
const FILLER = new Set(["امور", "و", "مهاجران", "دولت", "موقت", "انتقالی", "جمهوری", "اسلامی", "عربی", "حکومت", "الحكومة", "حكومة", "المؤقتة", "الانتقالية", "في", "of", "the", "for", "affairs"]);

const HEADS = new Set(["president", "king", "emir", "supreme-leader", "prime-minister"]);

/** Sets the title's country from the words after it (past fillers), or else before it. */
export function readCountry(state: ExtractState, st: SentenceState, t: TitleRef): void {
  // English puts the country first ("Qatari prime minister", "Russia's foreign minister")
  if (state.lang === "en" && countryBefore(state, st, t)) return;
  // after the title: fillers, then a country name or adjective
  let i = t.end;
  for (let steps = 0; i < st.tokens.length && steps < 5; steps++) {
    const dem = st.demonyms.find((d) => d.start === i);
    if (dem) return setCountry(t, dem.place, { start: dem.start, end: dem.end });
    const owner = st.owner[i];
    if (owner >= 0) {
      const m = state.mentions[owner];
      if (m.kind === "place" && m.lexiconId) {
        const c = countryOf(state.lex, m.lexiconId);
        if (c && (m.placeKind === "country" || m.placeKind === "site")) return setCountry(t, lexPlaceId(c), st.spans.get(owner)!);
      }
      // "the foreign minister of the X government": the country X leads
      if (m.kind === "person" && m.lexiconId && i > t.end) {
        const entry = state.lex.people.get(personSlug(m.lexiconId));
        const led = entry?.offices?.find((o) => HEADS.has(o.office) && o.country);
        if (led?.country) {
          t.country = lexPlaceId(led.country);
          return;
        }
      }
      break;
    }
    const shown = demonstratedCountry(state, st, i) ?? ourCountry(state, st, i);
    if (shown) return setCountry(t, shown.country, { start: i, end: shown.end });
    if (!FILLER.has(st.tokens[i].key)) break;
    i++;
  }
  countryBefore(state, st, t);
}

/** "Russia's foreign minister", "Syrian Foreign Minister": the country right before the title. */
function countryBefore(state: ExtractState, st: SentenceState, t: TitleRef): boolean {
  const b = t.start - 1;
  if (b < 0) return false;
  // (not, in Arabic or Persian, the adjective of a title right before it: «الرئيس الصيني الرئيس X» is no Chinese X)
  // (nor a nisba after a given name, «محمد حسن السويدي وزير …»: the family name, _names.familyNisba)
  const dem = st.demonyms.find((d) => d.end === t.start && (state.lang === "en" || !st.titles.some((o) => o !== t && o.end === d.start)) && !familyNisba(state, st, d.start));
  if (dem) {
    setCountry(t, dem.place, { start: dem.start, end: dem.end }, false);
    return true;
  }
  const apostrophe = (i: number) => /^['’]$/.test(st.tokens[i]?.text ?? "");
  const possessive = st.tokens[b].key === "'s" || st.tokens[b].key === "’s" ? b - 1 : st.tokens[b].key === "s" && apostrophe(b - 1) ? b - 2 : b;
  const owner = possessive >= 0 ? st.owner[possessive] : -1;
  if (owner >= 0 && state.mentions[owner].kind === "place" && state.mentions[owner].placeKind === "country" && state.lang === "en") {
    setCountry(t, state.mentions[owner].lexiconId!, st.spans.get(owner)!, false);
    return true;
  }
  return false;
}

function setCountry(t: TitleRef, place: string, sp: TokenSpan, after = true): void {
  t.country = asLexPlaceId(place);
  t.countrySpan = sp;
  if (after) t.phraseEnd = Math.max(t.phraseEnd, sp.end);
}
