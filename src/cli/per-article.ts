// kg eval --corpus dev --per-article: each article of a corpus extracted on its own and compared with its own
// gold file (X.txt beside X.gold.json), to make the loop fast: missed people, false names, missed and wrong
// met pairs, pairs read as another kind (call, planned, …), and agreement counts. No store, no server: a
// quick list to read, not a score (the scores come from the shared scorer through the API).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isIngestFailure, readSources } from "../ingest/index.js";
import { processArticle } from "../pipeline.js";
import { exactKey } from "../text/keys.js";

interface GoldArticle {
  people: Array<{ name: string; mentions?: string[]; optional?: boolean }>;
  meetings?: Array<{ participants: string[] }>;
  agreements?: unknown[];
}

const pairKey = (a: string, b: string) => [a, b].sort().join(" + ");

function pairsOf(people: string[][]): Set<string> {
  const out = new Set<string>();
  for (const ps of people) for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) out.add(pairKey(ps[i], ps[j]));
  return out;
}

export async function perArticle(dir: string): Promise<number> {
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, ".gold.json")), "utf8")) as GoldArticle;
    let article;
    for await (const a of readSources([join(dir, file)])) if (!isIngestFailure(a)) article = a;
    if (!article) continue;
    const r = processArticle(article);
    const formsOf = new Map<string, Set<string>>();
    for (const m of r.mentions) if (m.kind === "person") (formsOf.get(m.entityId) ?? formsOf.set(m.entityId, new Set()).get(m.entityId)!).add(exactKey(m.text));
    for (const p of r.people) formsOf.get(p.id)?.add(exactKey(p.name));
    const name = new Map(r.people.map((p) => [p.id, p.name]));
    const goldOf = new Map<string, string>();
    for (const gp of gold.people) {
      const keys = new Set([gp.name, ...(gp.mentions ?? [])].map(exactKey));
      for (const [id, forms] of formsOf) if (!goldOf.has(id) && [...forms].some((k) => keys.has(k))) goldOf.set(id, gp.name);
    }
    const found = new Set(goldOf.values());
    const lines: string[] = [];
    const missed = gold.people.filter((p) => !found.has(p.name)).map((p) => p.name + (p.optional ? " (optional)" : ""));
    const falseNames = [...formsOf.keys()].filter((id) => !goldOf.has(id)).map((id) => name.get(id) ?? id);
    if (missed.length) lines.push(`missed people: ${missed.join("; ")}`);
    if (falseNames.length) lines.push(`false names: ${falseNames.join("; ")}`);
    const goldPairs = pairsOf((gold.meetings ?? []).map((m) => m.participants));
    const sysPairs = new Map<string, string>();
    for (const e of r.events) for (const p of pairsOf([e.participantIds.map((id) => goldOf.get(id) ?? `?${name.get(id)}`)])) sysPairs.set(p, `${e.kind} "${e.trigger}"`);
    for (const p of goldPairs) {
      const s = sysPairs.get(p);
      if (!s) lines.push(`missed pair: ${p}`);
      else if (!s.startsWith("meeting")) lines.push(`pair read as ${s}: ${p}`);
    }
    for (const [p, s] of sysPairs) if (!goldPairs.has(p) && s.startsWith("meeting")) lines.push(`wrong pair: ${p} (${s})`);
    if ((gold.agreements ?? []).length !== r.agreements.length) lines.push(`agreements: gold ${(gold.agreements ?? []).length}, extracted ${r.agreements.length}`);
    console.log(`${file}${lines.length ? "" : "  ok"}`);
    for (const l of lines) console.log(`  ${l}`);
  }
  return 0;
}
