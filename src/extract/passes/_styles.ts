// A style of one country's office (offices.json "styles"): «اعلیحضرت همایون شاهنشاه آریامهر» is the monarch of
// Iran, «خادم الحرمين الشريفين» / "the Custodian of the Two Holy Mosques" the king of Saudi Arabia. Pass 2 gives
// such a title its country when the text names none; pass 3 reads it, with no name beside it, as the holder the
// article names, else as the lexicon's holder of that office on the publication day (a style, unlike a generic
// title, "the Norwegian prime minister", is how the press of the time names its ruler, as a name would).
import type { ExtractState, SentenceState, TitleRef } from "../state.js";
import { officesOn } from "../../lexicon/index.js";
import { lexPersonId, lexPlaceId, personSlug } from "../../ids.js";
import { peopleWhoHeld } from "../../lexicon/office-holders.js";
import type { PersonEntry } from "../../lexicon/types.js";

/** The style entry the title's words are, if any (a proclitic glued to its first word left out). */
function styleOf(state: ExtractState, st: SentenceState, t: TitleRef): { office: string; country: string } | undefined {
  const words = st.tokens.slice(t.start, t.end).map((k) => k.key);
  const forms = [words.join(" ")];
  if (words[0]?.length > 2) forms.push([words[0].slice(1), ...words.slice(1)].join(" "));
  for (const f of forms) {
    const s = state.lex.officeStyles.get(f);
    if (s && s.office === t.office) return s;
  }
  return undefined;
}

/** Pass 2: a style with no country of its own takes the country whose office it is. */
export function styleCountry(state: ExtractState, st: SentenceState, t: TitleRef): void {
  if (t.country || t.form !== "title") return;
  const s = styleOf(state, st, t);
  if (!s) return;
  t.country = lexPlaceId(s.country);
  t.style = true;
}

/** Pass 3: the lexicon's one holder of a style's office on the publication day, as a lexicon person id. */
export function styledHolder(state: ExtractState, t: TitleRef): string | undefined {
  if (!t.style || !t.country || !state.publishedAt) return undefined;
  const held = (p: PersonEntry) => officesOn(p, state.publishedAt!).some((o) => o.office === t.office && o.country && lexPlaceId(o.country) === t.country);
  const found = peopleWhoHeld(state.lex, t.office).filter(held);
  return found.length === 1 ? lexPersonId(found[0].id) : undefined;
}

/**
 * Pass 2: a lexicon person beside a style who never held its office of its country is not the one it names
 * («اعلیحضرت همایون شاهنشاه آریامهر، ژنرال جمال گورسل رئیس جمهوری ترکیه»: the next name of a list).
 */
export function notTheStyled(state: ExtractState, t: TitleRef, person: number): boolean {
  const id = state.mentions[person].lexiconId;
  if (!t.style || !t.country || !id) return false;
  const entry = state.lex.people.get(personSlug(id));
  if (!entry) return false;
  return !(entry.offices ?? []).some((o) => o.office === t.office && o.country && lexPlaceId(o.country) === t.country);
}

/**
 * Pass 3: "The Secretary-General" alone, in an article that names no person holding a secretary-general's office and no
 * organisation but the United Nations' own: the UN Secretary-General of the publication day, as the UN's readouts and
 * the wires quoting them name him ("The Secretary-General met today in Kyiv with …"). An article about the Arab League,
 * NATO or a party names that body, and its secretary-general is not read so.
 */
export function unSecretaryGeneral(state: ExtractState, st: SentenceState, t: TitleRef): string | undefined {
  if (t.office !== "secretary-general" || t.country || !state.publishedAt) return undefined;
  if (state.lang === "en" && !/^S/.test(st.tokens[t.start].text)) return undefined;
  if (state.mentions.some((m) => m.kind === "organization" && m.confidence > 0 && !UN_BODY.test(m.lexiconId ?? ""))) return undefined;
  const found = peopleWhoHeld(state.lex, UN_SG).filter((p) => officesOn(p, state.publishedAt!).some((o) => o.office === UN_SG));
  return found.length === 1 ? lexPersonId(found[0].id) : undefined;
}
const UN_SG = "un-secretary-general";
/** The United Nations and its bodies (org/un, org/unhcr, org/unicef …). */
const UN_BODY = /^org\/un/;
