// Entity resolution for one article: every mention gets the id of the entity it names.
//   - Lexicon mentions: the lexicon entry ("person:sergey-lavrov"), so every spelling and script of a
//     known person is one node in every article.
//   - A surname two people share (الشرع: Ahmed or Maher) goes to the one this article names in full; when it
//     names neither, to the one in office on the day the article was published (holders.ts); else the mention is
//     dropped rather than guessed.
//   - A short form that is also a common word (اسد "lion") counts only when the article names the
//     person in full.
//   - References ("the Russian president") take their antecedent's entity.
//   - Names no lexicon knows: a name whose consonant skeleton equals a lexicon person's full name, in as
//     many words, is that person (a spelling variant); otherwise a new person keyed by the exact normalised name.
//     A one-word surname in the same article joins the full name it ends; with no full name, it names no one, unless
//     the article gives it the office of a head of state or government or a minister ("President Kowalczyk"). Two
//     unknown people in different articles are the same node only when their exact keys are equal: the skeleton is
//     never used to merge two unknowns, so two ministers who share a surname stay apart.
import { createHash } from "node:crypto";
import { lexiconPeopleNamedInFull, NAMED_IN_FULL, SURNAME_RANK, type ArticleFacts, type EntityKind, type MentionFact } from "../model.js";
import { officesOn, type Lexicon } from "../lexicon/index.js";
import type { PersonEntry } from "../lexicon/types.js";
import { normalizeKey } from "../text/normalize.js";
import { editDistance, exactKey, skeletonKey } from "../text/keys.js";
import { transliterate } from "./transliterate.js";
import { holderByRole, inOfficeOn } from "./holders.js";
import { isCommonWord } from "../lexicon/words.js";
import { isLexOrgId, lexIdParts, lexPersonId, orgId, personId, placeId, storeIdOf } from "../ids.js";

export interface ResolvedEntity {
  id: string;
  kind: EntityKind;
  name: string;
  /** Place kind or organisation kind. */
  type?: string;
  within?: string;
  lexiconId?: string;
}

/** The one lexicon organisation a name is a form of (lexicon id), if exactly one. */
export function lexiconOrgNamed(lex: Lexicon, name: string | undefined): string | undefined {
  const ids = name ? [...(lex.keyIndex.get(normalizeKey(name).replace(/\s+/g, "")) ?? [])].filter((id) => isLexOrgId(id)) : [];
  return ids.length === 1 ? ids[0] : undefined;
}

export function hashId(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);
}

/** Entity id of a lexicon id: "person/sergey-lavrov" → "person:sergey-lavrov" (ids.ts storeIdOf). */
export const entityIdOf = storeIdOf;

let skeletonIndex: Map<string, Map<string, Set<number>>> | undefined;
let skeletonLex: Lexicon | undefined;

/** The words of a written name, less a lone article (al, el). */
function wordCount(name: string): number {
  return normalizeKey(name).split(/[\s-]+/).filter((w) => w && w !== "al" && w !== "el").length;
}

/** Lexicon person ids by the skeleton of their full names, each with the word counts of those names (built once). */
function personSkeletons(lex: Lexicon): Map<string, Map<string, Set<number>>> {
  if (skeletonIndex && skeletonLex === lex) return skeletonIndex;
  const idx = new Map<string, Map<string, Set<number>>>();
  for (const p of lex.people.values()) {
    for (const list of [...Object.values(p.names), ...Object.values(p.aka ?? {})]) {
      for (const n of list ?? []) {
        const k = skeletonKey(n);
        if (k.split(" ").length < 2) continue;
        if (!idx.has(k)) idx.set(k, new Map());
        const ids = idx.get(k)!;
        if (!ids.has(p.id)) ids.set(p.id, new Set());
        ids.get(p.id)!.add(wordCount(n));
      }
    }
  }
  skeletonIndex = idx;
  skeletonLex = lex;
  return idx;
}

/** Letters in a hundred a spelling variant of a name may differ by (edits over the longer of the two, spaces left out). */
const VARIANT_EDITS = 20;

/** Whether a name is written within VARIANT_EDITS of one of a person's names in the same script (Latin or not). */
function spelledAlike(text: string, p: PersonEntry): boolean {
  const a = exactKey(text);
  const latin = /[a-z]/.test(a);
  return [...Object.values(p.names), ...Object.values(p.aka ?? {})].flat().some((n) => {
    const b = exactKey(n ?? "");
    return /[a-z]/.test(b) === latin && editDistance(a, b) * 100 < VARIANT_EDITS * Math.max(a.length, b.length);
  });
}

/** Resolves every mention of an article to an entity, or null when it must not be used. */
export function resolveMentions(facts: ArticleFacts, lex: Lexicon): Array<ResolvedEntity | null> {
  const ms = facts.mentions;
  const fullIds = lexiconPeopleNamedInFull(ms);
  // a full name several lexicon people bear («جرج بوش», father and son) names in full the one of them in office when
  // the article was published, so its short forms («بوش») are that one too
  for (const m of ms) {
    if (m.kind !== "person" || !m.lexiconId || m.confidence < NAMED_IN_FULL || (m.alternatives?.length ?? 0) < 2 || !facts.publishedAt) continue;
    const serving = m.alternatives!.filter((id) => inOfficeOn(lex, id, facts.publishedAt!));
    if (serving.length === 1) fullIds.add(serving[0]);
  }
  const titled = new Set(facts.roles.map((r) => ms[r.person].lexiconId).filter(Boolean) as string[]);
  // a title whose office the lexicon person held on the role's day ("President Moi" in 2000) confirms the short form
  // even when it is also a word of the dictionary
  const titledInOffice = new Set<string>();
  for (const r of facts.roles) {
    const id = ms[r.person].lexiconId;
    const p = id && lexIdParts(id)[0] === "person" ? lex.people.get(lexIdParts(id)[1]) : undefined;
    const day = r.date?.date ?? facts.publishedAt;
    if (p && day && officesOn(p, day).some((o) => o.office === r.office)) titledInOffice.add(id!);
  }
  const out: Array<ResolvedEntity | null> = new Array(ms.length).fill(null);

  // unknown people: group by exact key; a one-word mention joins the full name it ends
  const unknownFull = new Map<string, MentionFact>();
  for (const m of ms) {
    if (m.kind === "person" && !m.lexiconId && m.confidence > 0 && m.antecedent === undefined && m.text.trim().split(/\s+/).length >= 2) {
      const k = exactKey(m.text);
      if (!unknownFull.has(k)) unknownFull.set(k, m);
    }
  }

  // a surname alone that the article gives the office of a head of state or government or a minister (offices.json
  // rank 3 or higher: "President Kowalczyk", «نخست‌وزیر راس») is a person of its own, wherever the article writes it
  const titledSurnames = new Set<string>();
  for (const r of facts.roles) {
    const m = ms[r.person];
    if (m.kind !== "person" || m.lexiconId || m.antecedent !== undefined || m.text.trim().split(/\s+/).length !== 1 || (lex.offices.get(r.office)?.rank ?? 9) > SURNAME_RANK) continue;
    // (not a Persian compound whose first part is a common word, "گفت‌وگو": a dictionary lacks the compound, no name;
    // nor a word the dictionary knows once its hamza is folded: "الإتصالات", a portfolio)
    const parts = m.text.trim().split("\u200C");
    if (parts.length > 1 && isCommonWord(parts[0], m.lang)) continue;
    if (m.lang !== "en" && isCommonWord(normalizeKey(m.text), m.lang)) continue;
    titledSurnames.add(exactKey(m.text));
  }

  const resolveOne = (m: MentionFact, depth = 0): ResolvedEntity | null => {
    // a reading a pass gave up (extract/state.ts `unmention`: confidence 0, no lexicon id) names no one
    if (m.confidence === 0 && !m.lexiconId) return null;
    if (m.antecedent !== undefined && depth < 5) {
      const a = resolveOne(ms[m.antecedent], depth + 1);
      if (a) return a;
      // a reference to a mention that names no one ("الوزيرة" after a short form the article does not confirm)
      // names no one either
      if (!m.lexiconId || m.via === "coreference") return null;
    }
    if (m.lexiconId) {
      let lexId = m.lexiconId;
      let byOffice = false;
      if (m.alternatives?.length) {
        const options = [lexId, ...m.alternatives].filter((id, i, a) => a.indexOf(id) === i);
        const named = options.filter((id) => fullIds.has(id));
        // named in full by neither: the one in office when the article was published ("Assad" in 1995 and in 2015)
        const serving = named.length === 0 && facts.publishedAt ? options.filter((id) => inOfficeOn(lex, id, facts.publishedAt!)) : named;
        if (serving.length !== 1) return null;
        lexId = serving[0];
        byOffice = named.length === 0;
      }
      // an ambiguous short name stands for its person only when the article names them in full, or gives
      // it an office, unless the word is a common word of the language ("شاهد" after a title is "witness"); a
      // surname namesakes share (ambiguous for that alone) also when only one of them held office on the day
      // ("Mitsotakis" in 1991 and in 2024)
      const confirmed = titled.has(lexId) || byOffice;
      if (m.kind === "person" && m.confidence <= 0.5 && !fullIds.has(lexId) && (!confirmed || (isCommonWord(m.text, m.lang) && !titledInOffice.has(lexId)))) return null;
      return fromLexicon(lex, lexId);
    }
    // an outlet a report cites by a name the organisation lexicon holds («مانيلا: «الشرق الأوسط»») is that outlet
    const outlet = m.kind === "organization" && m.via === "source" ? lexiconOrgNamed(lex, m.text) : undefined;
    if (outlet) return fromLexicon(lex, outlet);
    if (m.kind === "organization" && (m.via === "descriptor" || m.via === "source")) {
      // an organisation no lexicon knows, named by its head noun: keyed by its exact normalised form
      return { id: `org:x-${slug(transliterate(m.text))}-${hashId(exactKey(m.text)).slice(0, 6)}`, kind: "organization", name: asWritten(m.text) };
    }
    if (m.kind === "place" && m.via === "descriptor") {
      // a place named after a person (an airport, a street) or a building: keyed by its exact normalised form, and by
      // the town the article puts it in (a "State House" of one capital is not another's)
      const town = m.within !== undefined && depth < 5 ? resolveOne(ms[m.within], depth + 1) : null;
      const within = town?.kind === "place" ? town.id : undefined;
      return { id: `place:x-${slug(transliterate(m.text))}-${hashId(exactKey(m.text), ...(within ? [within] : [])).slice(0, 6)}`, kind: "place", name: asWritten(m.text), type: m.placeKind === "city" ? "city" : "site", within };
    }
    if (m.kind !== "person") return null;
    // a spelling variant of a lexicon person?
    // (not a name with more words than the lexicon's, one of which has no consonant the skeleton keeps:
    // 'محمد یوسف وفا' is not Mahamadou Issoufou)
    // (and only a spelling variant: written within a few letters of one of the person's names in the same script,
    // ترمب / ترامب, not another name that shares the skeleton, 'حامد محمدی' of Ouhoumoudou Mahamadou)
    // (a skeleton several people share, "Isaias Afewerki" and "Youssef Raggi", is the one of them it is spelled like)
    const sk = personSkeletons(lex).get(skeletonKey(m.text));
    const alike = [...(sk ?? [])].filter(([id, counts]) => counts.has(wordCount(m.text)) && spelledAlike(m.text, lex.people.get(id)!));
    if (alike.length === 1) return fromLexicon(lex, lexPersonId(alike[0][0]));
    // a name the article gives an office to, that shares a name word with the lexicon's holder of that
    // office on the day ("Salman Al Saud, the King of Saudi Arabia"): that holder
    const holder = holderByRole(facts, m, lex);
    if (holder) return fromLexicon(lex, lexPersonId(holder));
    const words = m.text.trim().split(/\s+/);
    let full = m;
    // a surname alone, or a particle and the surname (ولد بلخير), joins the longer name it ends
    const k = exactKey(m.text);
    const owner = [...unknownFull.values()].find((f) => {
      const fw = f.text.trim().split(/\s+/);
      return fw.length > words.length && exactKey(fw.slice(-words.length).join(" ")) === k;
    });
    // it is whoever the full name is (a lexicon person by its role, "الرئيس الأمريكي دونالد ترمب", or a new one)
    if (owner && owner !== m && depth < 5) return resolveOne(owner, depth + 1);
    if (words.length === 1 && !titledSurnames.has(k)) return null;
    const key = exactKey(full.text);
    return { id: `person:x-${slug(transliterate(full.text))}-${hashId(key).slice(0, 6)}`, kind: "person", name: asWritten(full.text) };
  };

  ms.forEach((m, i) => (out[i] = resolveOne(m)));
  return out;
}

export function fromLexicon(lex: Lexicon, lexiconId: string): ResolvedEntity | null {
  const [kind, id] = lexIdParts(lexiconId);
  if (kind === "person") {
    const p = lex.people.get(id);
    return p ? { id: personId(id), kind: "person", name: p.name, lexiconId } : null;
  }
  if (kind === "place") {
    const p = lex.places.get(id);
    return p ? { id: placeId(id), kind: "place", name: p.name, type: p.kind, within: p.within ? placeId(p.within) : undefined, lexiconId } : null;
  }
  if (kind === "ministry") {
    // "ministry/foreign-minister/syria": the ministry of an office, of a country
    const [, office, country] = lexIdParts(lexiconId);
    const o = lex.offices.get(office);
    const c = lex.places.get(country);
    if (!o || !c) return null;
    // (not a form that only opens a name, "ministry of": the generic minister's "the French ministry" is "Ministry of France")
    const forms = (o.ministry?.en ?? []).filter((f) => !/\sof$/i.test(f.trim()));
    const en = [...forms].sort((a, b) => Number(/^ministry of/i.test(b)) - Number(/^ministry of/i.test(a)))[0] ?? `ministry of ${o.name}`;
    // each word capitalised, not the letter after an apostrophe ("Prime Minister's Office")
    const name = `${en.replace(/(^|[\s-])([a-z])/g, (x) => x.toUpperCase()).replace(/\bOf\b/g, "of")} of ${c.name}`;
    return { id: orgId(`ministry-${office}-${country}`), kind: "organization", name, type: "ministry" };
  }
  if (kind === "org") {
    const o = lex.organizations.get(id);
    return o ? { id: orgId(id), kind: "organization", name: o.name, type: o.kind, lexiconId } : null;
  }
  return null;
}

/** Every key an entity is known by: its lexicon names in all scripts, and the forms seen. */
export function keysOfEntity(lex: Lexicon, e: ResolvedEntity, seen: string[]): string[] {
  const keys = new Set<string>(e.lexiconId ? lexiconKeys(lex, e.lexiconId, e.name) : keysOfName(e.name));
  for (const n of seen) for (const k of keysOfName(n)) keys.add(k);
  return [...keys];
}

/** The exact key of a name, and the key without the article (ال, al-, el-). */
function keysOfName(n: string): string[] {
  const k = exactKey(n);
  const bare = exactKey(normalizeKey(n).replace(/(^|\s)(ال|al-|el-)/g, "$1"));
  return [k, bare].filter(Boolean);
}

/** Keys of every name a lexicon entry has, computed once per entry (every article naming it needs them). */
const lexiconKeyCache = new WeakMap<Lexicon, Map<string, string[]>>();
function lexiconKeys(lex: Lexicon, lexiconId: string, name: string): string[] {
  let cache = lexiconKeyCache.get(lex);
  if (!cache) lexiconKeyCache.set(lex, (cache = new Map()));
  const hit = cache.get(lexiconId);
  if (hit) return hit;
  const names = new Set<string>([name]);
  const [kind, id] = lexIdParts(lexiconId);
  const entry = kind === "person" ? lex.people.get(id) : kind === "place" ? lex.places.get(id) : lex.organizations.get(id);
  if (entry) for (const list of Object.values(entry.names)) for (const n of list ?? []) names.add(n);
  if (kind === "person") {
    const p = lex.people.get(id);
    for (const group of [p?.short, p?.aka]) for (const list of Object.values(group ?? {})) for (const n of list ?? []) names.add(n);
  }
  const keys = [...new Set([...names].flatMap(keysOfName))];
  cache.set(lexiconId, keys);
  return keys;
}

export function slug(s: string): string {
  return s.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "name";
}

/** A name no lexicon knows is shown as the article wrote it: a guessed transliteration ("Daud Gl" for
 *  داود گل) would be neither the reader's spelling nor the person's; the Latin form stays in the id. */
function asWritten(s: string): string {
  return s.replace(/[\u200E\u200F]/g, "").replace(/\s+/g, " ").trim();
}
