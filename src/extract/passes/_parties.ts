// Parties of an agreement, for pass 7 (07-agreements): the states and organisations a clause names as its sides, a
// city of a twinning, and the states "the two countries" stands for. A helper of pass 7, not a pass.
import type { ExtractState, SentenceState, TokenSpan } from "../state.js";
import { inSpan } from "../state.js";
import { countryOf } from "../../lexicon/index.js";
import { normalizeKey } from "../../text/normalize.js";
import { asLexPlaceId, lexPlaceId } from "../../ids.js";
import { countryOfPerson } from "./_mentions.js";
import { WITH_OBJECT } from "./_signings.js";
import { datelineDash } from "./_dateline.js";
import { SIDELINES_NOUNS } from "./_event-parts.js";

/** Words between a mediation word and its mediator ("mediation of the State of Qatar", "بوساطة من دولة قطر"). */
const MEDIATOR_REACH = 4;
/** Words that join a list of parties ("A and B", «A و B»; not a comma: "mediated by Qatar, Iran and Iraq agreed …") and the article after them. */
const LIST_JOIN = new Set(["and", "و"]);
const LIST_ARTICLE = new Set(["the"]);

/**
 * Parties named in a span: countries, organisations (known, or named by their head noun), a capital after
 * "with" standing for its state, and a country adjective ("the Kuwaiti side", "الجانب الكويتي").
 */
export function partiesIn(state: ExtractState, st: SentenceState, span: TokenSpan, witnessed?: TokenSpan): Map<string, number | undefined> {
  const parties = new Map<string, number | undefined>();
  const brokered = brokeredIn(state, st);
  const bodies = st.mentions.filter((o) => state.mentions[o].kind === "organization" && state.mentions[o].via !== "source" && (state.mentions[o].lexiconId || state.mentions[o].via === "descriptor") && !state.lex.words.sets.governmentHead.has(st.tokens[st.spans.get(o)!.start].key));
  const within = (sp: TokenSpan, o: number) => st.spans.get(o)!.start <= sp.start && st.spans.get(o)!.end >= sp.end && st.spans.get(o)!.end - st.spans.get(o)!.start > sp.end - sp.start;
  const inBody = (m: number) => bodies.some((o) => o !== m && within(st.spans.get(m)!, o));
  // the dateline ("ANKARA, Turkey (AP) —") says where the report was filed, not who signed
  const dash = datelineDash(state, st);
  for (const m of st.mentions) {
    const x = state.mentions[m];
    if (!inSpan(st.spans.get(m)!.start, span) || st.spans.get(m)!.end <= dash || brokered(st.spans.get(m)!.start) || (witnessed && inSpan(st.spans.get(m)!.start, witnessed))) continue;
    // an organisation's name that is also the country adjective read there ("العراقية": Al-Iraqiya, or Iraqi) is the adjective
    // (not a longer name that opens with the adjective: "the Sudanese Armed Forces")
    const adjective = st.demonyms.some((d) => d.start === st.spans.get(m)!.start && d.end >= st.spans.get(m)!.end);
    if (x.kind === "organization" && x.via !== "source" && !adjective && (x.lexiconId || x.via === "descriptor") && !venueBody(state, st, m)) {
      const state_ = governedPlace(state, st, m);
      if (state_ !== undefined) parties.set(state.mentions[state_].lexiconId!, state_);
      else parties.set(x.lexiconId ?? `m${m}`, m);
    }
    if (x.kind !== "place" || !x.lexiconId) continue;
    // a country written inside the name of a body that is a party ("the Kuwait Direct Investment Promotion
    // Authority", "اتاق بازرگانی ایران") is the body's nationality, not a side beside it
    if (inBody(m)) continue;
    if (x.placeKind === "country") parties.set(x.lexiconId, m);
    else if (municipal(state, st, st.spans.get(m)!.start)) parties.set(x.lexiconId, m);
    // a capital stands for its state only as the other side ("signed with Moscow") or beside another state
    // ("Tehran and Ankara signed", "تهران و آنکارا"), not where it was signed ("in Tehran and Ankara")
    else if (x.placeKind === "city" && isCapital(state, x.lexiconId) && (WITH_OBJECT.has(st.tokens[st.spans.get(m)!.start - 1]?.key ?? "") || besideState(state, st, m))) {
      const c = countryOf(state.lex, x.lexiconId);
      if (c && !parties.has(lexPlaceId(c))) parties.set(lexPlaceId(c), undefined);
    }
  }
  for (const d of st.demonyms) {
    const id = asLexPlaceId(d.place);
    const named = st.mentions.some((m) => state.mentions[m].kind === "organization" && st.spans.get(m)!.start === d.start && st.spans.get(m)!.end > d.end && parties.has(state.mentions[m].lexiconId ?? `m${m}`));
    if (named || bodies.some((o) => within(d, o))) continue;
    if (inSpan(d.start, span) && !parties.has(id) && !brokered(d.start) && !(witnessed && inSpan(d.start, witnessed)) && !st.titles.some((t) => t.countrySpan?.start === d.start) && !companyNationality(state, st, d)) parties.set(id, undefined);
  }
  return parties;
}


/**
 * A body after "at" ("signed … at the University of X", "at the Ministry of Foreign Affairs") or a gathering's body
 * after "on the sidelines / margins of" («على هامش»، «در حاشیه»: "… on the sidelines of the Belt and Road Forum") is
 * where, not who.
 */
function venueBody(state: ExtractState, st: SentenceState, m: number): boolean {
  let b = st.spans.get(m)!.start - 1;
  if (state.lang !== "en") return SIDELINES_NOUNS.has(st.tokens[b]?.key ?? "");
  if (st.tokens[b]?.key === "the") b--;
  return st.tokens[b]?.key === "at" || (st.tokens[b]?.key === "of" && SIDELINES_NOUNS.has(st.tokens[b - 1]?.key ?? ""));
}

/**
 * Whether the mention starting at a token is the one who brokers, sponsors or hosts it, no party to it and no
 * signatory: "brokered by Qatar", "بوساطة من دولة قطر", "talks hosted by X", "X, who hosted the ceremony, …"; and so is the next of its list
 * ("sponsored by Saudi Arabia and the United States").
 */
export function brokeredIn(state: ExtractState, st: SentenceState): (i: number) => boolean {
  const mediators = state.lex.words.sets[`mediator.${state.lang}`] ?? new Set<string>();
  const listed = (i: number): number | undefined => {
    let j = i - 1;
    if (LIST_ARTICLE.has(st.tokens[j]?.key ?? "")) j--;
    if (!LIST_JOIN.has(st.tokens[j]?.key ?? "")) return undefined;
    const before = st.mentions.find((m) => st.spans.get(m)!.end === j);
    return before === undefined ? undefined : st.spans.get(before)!.start;
  };
  // an English participle names the mediator in the passive only ("brokered by Qatar"; "Qatar brokered the deal
  // between A and B" names the sides after it)
  const mediatorAt = (k: number) => mediators.has(st.tokens[k].key) && (!/ed$/.test(st.tokens[k].key) || state.lang !== "en" || st.tokens[k + 1]?.key === "by");
  // a relative clause set off by a comma right after the name ("X, who hosted the ceremony, …", "X، الذي رعى …"):
  // its verb says what X did, in the active too (Persian که is also a conjunction: not read)
  const relative = state.lang === "fa" ? undefined : state.lex.words.sets[`relative.${state.lang}`];
  const hostsIt = (i: number) => {
    const m = st.mentions.find((o) => st.spans.get(o)!.start === i);
    const e = m === undefined ? -1 : st.spans.get(m)!.end;
    if (e < 0 || !/^[,،]$/.test(st.tokens[e]?.text ?? "") || !relative?.has(st.tokens[e + 1]?.key ?? "")) return false;
    // what it hosted or brokered is the ceremony or the document ("who hosted the ceremony", "who brokered the deal"),
    // not talks or a summit, whose host may sign
    const objects = [`ceremonyNoun.${state.lang}`, `documentNoun.${state.lang}`].map((k) => state.lex.words.sets[k] ?? new Set<string>());
    for (let k = e + 2; k < Math.min(st.tokens.length, e + 4); k++) {
      if (!mediators.has(st.tokens[k].key)) continue;
      return st.tokens.slice(k + 1, k + 5).some((w) => objects.some((o) => o.has(w.key)));
    }
    return false;
  };
  const brokered = (i: number, depth = 0): boolean => {
    if (hostsIt(i)) return true;
    for (let k = Math.max(0, i - MEDIATOR_REACH); k < i; k++) if (mediatorAt(k)) return true;
    const prev = depth < 4 ? listed(i) : undefined;
    return prev !== undefined && brokered(prev, depth + 1);
  };
  return brokered;
}

/** Words that head a company's name or stand for one (cues.json companyNoun, and the company heads of orgHead). */
const COMPANY_HEAD = /^(?:[وبل]?(?:ال)?شرکه|شرکت|company|firm|group)$/;

/**
 * A country adjective that says a company's nationality, not a side of the deal: "شركة بايكار التركية", "شرکت
 * گازپروم روسیه" (after the company in Arabic and Persian), "the Turkish firm Baykar", "Turkish company X" (before it in
 * English). A ministry's or a government's adjective still names its state ("وزارة الدفاع السعودية").
 */
function companyNationality(state: ExtractState, st: SentenceState, d: TokenSpan): boolean {
  const companyAt = (i: number) => {
    const o = st.owner[i];
    if (o === undefined || o < 0 || state.mentions[o].kind !== "organization") return false;
    const x = state.mentions[o];
    const kind = x.lexiconId ? state.lex.organizations.get(x.lexiconId.replace(/^org(anization)?[:/]/, ""))?.kind : undefined;
    return kind === "company" || COMPANY_HEAD.test(st.tokens[st.spans.get(o)!.start].key);
  };
  if (state.lang === "en") return COMPANY_HEAD.test(st.tokens[d.end]?.key ?? "") || (state.lex.words.sets["companyNoun.en"]?.has(st.tokens[d.end]?.key ?? "") ?? false) || companyAt(d.end);
  return d.start > 0 && companyAt(d.start - 1);
}

/** Words back from a city to the word that makes it a party of a twinning ("between the cities of A and B"). */
const CITY_LIST_REACH = 8;

/**
 * A city that is a party itself: named in a twinning ("تفاهم‌نامه خواهرخواندگی اصفهان و ایروان", "توأمة بين
 * مدينتي A وB") or right after "signed between" / "an agreement between" ("a twinning agreement was signed between
 * Almaty and Bishkek"), alone or in a list of cities; not a city where something is signed ("signed in Almaty").
 */
function municipal(state: ExtractState, st: SentenceState, at: number): boolean {
  const sets = state.lex.words.sets;
  const set = (name: string) => sets[`${name}.${state.lang}`] ?? new Set<string>();
  const inPlace = (i: number) => st.owner[i] >= 0 && state.mentions[st.owner[i]].kind === "place" && state.mentions[st.owner[i]].placeKind !== "country";
  for (let k = at - 1; k >= Math.max(0, at - CITY_LIST_REACH); k--) {
    const t = st.tokens[k];
    if (set("twinning").has(t.key)) return true;
    if (set("between").has(t.key)) {
      const before = k - 1;
      return before >= 0 && (set("documentNoun").has(st.tokens[before].key) || set("twinning").has(st.tokens[before].key) || st.triggers.some((x) => x.kind === "agreement" && inSpan(before, x)));
    }
    if (!(inPlace(k) || set("cityFiller").has(t.key) || /^[,،]$/.test(t.text))) return false;
  }
  return false;
}

/** "the Government of Hong Kong", "حكومة إقليم كردستان": the place the government's name holds, standing for its state. */
function governedPlace(state: ExtractState, st: SentenceState, org: number): number | undefined {
  const sp = st.spans.get(org)!;
  if (!state.lex.words.sets.governmentHead.has(st.tokens[sp.start].key)) return undefined;
  return st.mentions.find((m) => {
    const x = state.mentions[m];
    const at = st.spans.get(m)!;
    return m !== org && x.kind === "place" && !!x.lexiconId && at.start > sp.start && at.end <= sp.end;
  });
}

/**
 * A capital joined by "and" to another capital or a country ("Tehran and Ankara", "Washington and Beijing"), the pair
 * not after a place preposition ("in Tehran and Ankara", cues.json placePreposition): the capitals stand for their states.
 */
function besideState(state: ExtractState, st: SentenceState, m: number): boolean {
  const stateLike = (o: number | undefined) => {
    const x = o === undefined || o < 0 ? undefined : state.mentions[o];
    return !!x?.lexiconId && x.kind === "place" && (x.placeKind === "country" || (x.placeKind === "city" && isCapital(state, x.lexiconId)));
  };
  const sp = st.spans.get(m)!;
  // Arabic glues "و" to the name it joins ("القاهرة والخرطوم")
  const glued = (i: number) => state.lang === "ar" && /^و/.test(st.tokens[i]?.key ?? "") && st.owner[i] >= 0 && !/^و/.test(normalizeKey(state.mentions[st.owner[i]].text));
  const after = LIST_JOIN.has(st.tokens[sp.end]?.key ?? "") ? st.owner[sp.end + 1] : glued(sp.end) ? st.owner[sp.end] : undefined;
  const before = LIST_JOIN.has(st.tokens[sp.start - 1]?.key ?? "") ? st.owner[sp.start - 2] : glued(sp.start) ? st.owner[sp.start - 1] : undefined;
  const first = stateLike(after) ? sp.start : stateLike(before) ? st.spans.get(before!)!.start : -1;
  if (first < 0) return false;
  const prepositions = state.lex.words.sets[`placePreposition.${state.lang}`] ?? new Set<string>();
  // (and not a preposition glued to the first name: "بالقاهرة والخرطوم")
  const key = st.tokens[first].key;
  const name = normalizeKey(state.mentions[st.owner[first]].text);
  const gluedPreposition = key !== name && key !== `و${name}` && key.endsWith(name);
  return !gluedPreposition && !prepositions.has(st.tokens[first - 1]?.key ?? "") && !st.cues.some((c) => c.kind === "locative" && c.end === first);
}

function isCapital(state: ExtractState, placeId: string): boolean {
  const c = countryOf(state.lex, placeId);
  return !!c && lexPlaceId(`${state.lex.places.get(c)?.capital}`) === placeId;
}

/** A mention of the country in the article, to cite as the party; -1 when the article never names it. */
export function countryMention(state: ExtractState, placeId: string): number {
  const m = state.mentions.find((x) => x.kind === "place" && x.lexiconId === placeId);
  return m ? m.index : -1;
}

/** Sentences back from "the two countries" to the states it stands for. */
const TWO_COUNTRIES_REACH = 4;

/**
 * The states "the two countries" stands for when the clause names fewer than two ("three documents were signed
 * between the two countries", "میان دو کشور به امضا رسید", "بين البلدين"): the countries named, as adjectives too,
 * and the countries of the people named, in this sentence and the few before it, the latest first.
 */
export function recentCountries(state: ExtractState, st: SentenceState): string[] {
  const out: string[] = [];
  const add = (id: string | undefined) => id && !out.includes(id) && out.push(id);
  for (let i = st.s.index; i >= 0 && i >= st.s.index - TWO_COUNTRIES_REACH; i--) {
    const s = state.sentences.find((x) => x.s.index === i);
    if (!s || s.s.heading) continue;
    const found: Array<[number, string | undefined]> = [];
    for (const m of s.mentions) {
      const x = state.mentions[m];
      const at = s.spans.get(m)!.start;
      if (x.kind === "place" && x.placeKind === "country") found.push([at, x.lexiconId]);
      // not a person read only from an ambiguous short form ("آبی": water, or Abe)
      else if (x.kind === "person" && x.confidence > 0.5) found.push([at, countryOfPerson(state, m)]);
    }
    for (const d of s.demonyms) found.push([d.start, asLexPlaceId(d.place)]);
    for (const [, id] of found.sort((a, b) => a[0] - b[0])) add(id);
  }
  return out;
}
