// The seed expectations (seeds.expected.json) compared with what the API answers. Pure: it takes the
// answers and returns every miss as a sentence, so the test can show them all (and can be shown to fail).

export interface SeedExpectations {
  people: Array<{ name: string; asWritten: string[] }>;
  mayAlsoBePeople: string[];
  notPeople: Array<{ asWritten: string; why: string }>;
  meetings: Array<{ people: string[]; mayAlsoInclude?: string[]; date: string | null; place: string[]; articles: string[]; why: string }>;
  notMeetings: Array<{ people: [string, string]; why: string }>;
  agreements: Array<{ signatories: string[]; parties: string[]; date: string | null; articles: string[]; why: string }>;
  mayAlsoBeAgreements: number;
  whoMet: Array<{ asWritten: string; script: string; met: string[] }>;
}

export interface GraphMeeting {
  date: string | null;
  place: string | null;
  participants: string[];
  articles: string[];
}

export interface GraphAnswers {
  people: string[];
  /** For each name as written (people, notPeople and whoMet names): the person it finds, or null. */
  personByName: Record<string, string | null>;
  meetings: GraphMeeting[];
  agreements: Array<{ date: string | null; parties: string[]; signatories: string[]; articles: string[] }>;
  /** For each whoMet name as written: the people met in the meetings `meetings(participant:)` returns. */
  metByName: Record<string, string[]>;
}

const article = (uri: string) => uri.replace(/^.*\//, "").slice(0, 3);
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
const pairKey = (a: string, b: string) => [a, b].sort().join(" + ");

export function seedMisses(x: SeedExpectations, g: GraphAnswers): string[] {
  const misses: string[] = [];
  const known = new Set([...x.people.map((p) => p.name), ...x.mayAlsoBePeople]);
  for (const p of x.people) {
    if (!g.people.includes(p.name)) misses.push(`person ${p.name} is missing`);
    for (const w of p.asWritten) if (g.personByName[w] !== p.name) misses.push(`person(name: "${w}") finds ${g.personByName[w] ?? "no one"}, expected ${p.name}`);
  }
  for (const p of g.people) if (!known.has(p)) misses.push(`unexpected person ${p}`);
  for (const n of x.notPeople) if (g.personByName[n.asWritten]) misses.push(`person(name: "${n.asWritten}") finds ${g.personByName[n.asWritten]}, expected no one (${n.why})`);

  const inPerson = g.meetings;
  const allowedPairs = new Set<string>();
  const matched = new Set<GraphMeeting>();
  for (const m of x.meetings) {
    const may = [...m.people, ...(m.mayAlsoInclude ?? [])];
    for (const a of may) for (const b of may) if (a !== b) allowedPairs.add(pairKey(a, b));
    const label = `meeting ${m.people.join(" + ")}`;
    const found = inPerson.filter((gm) => m.people.every((p) => gm.participants.includes(p)) && gm.participants.every((p) => may.includes(p)));
    if (found.length !== 1) {
      misses.push(`${label}: ${found.length} meetings found, expected 1 (${m.why})`);
      continue;
    }
    const gm = found[0]!;
    matched.add(gm);
    if (gm.date !== m.date) misses.push(`${label}: date ${gm.date}, expected ${m.date}`);
    if (!gm.place || !m.place.includes(gm.place)) misses.push(`${label}: place ${gm.place}, expected one of ${m.place.join(", ")}`);
    const arts = gm.articles.map(article);
    for (const a of m.articles) if (!arts.includes(a)) misses.push(`${label}: article ${a} is not among its sources (${[...new Set(arts)].join(", ")})`);
  }
  for (const gm of inPerson) {
    if (matched.has(gm)) continue;
    misses.push(`unexpected meeting ${gm.participants.join(" + ")} on ${gm.date}`);
  }
  for (const gm of inPerson)
    for (const a of gm.participants)
      for (const b of gm.participants) if (a < b && !allowedPairs.has(pairKey(a, b))) misses.push(`unexpected met pair ${pairKey(a, b)}`);
  for (const n of x.notMeetings)
    if (inPerson.some((gm) => n.people.every((p) => gm.participants.includes(p)))) misses.push(`${n.people.join(" + ")} is a meeting, expected none (${n.why})`);

  const used = new Set<number>();
  for (const a of x.agreements) {
    const label = `agreement ${a.signatories.join(" + ")} (${a.why})`;
    const i = g.agreements.findIndex((ga, j) => !used.has(j) && sameSet(ga.parties, a.parties) && a.signatories.every((s) => ga.signatories.includes(s)) && a.articles.every((art) => ga.articles.map(article).includes(art)));
    if (i < 0) {
      misses.push(`${label}: not found`);
      continue;
    }
    used.add(i);
    if (g.agreements[i]!.date !== a.date) misses.push(`${label}: date ${g.agreements[i]!.date}, expected ${a.date}`);
  }
  const extra = g.agreements.length - x.agreements.length;
  if (extra > x.mayAlsoBeAgreements) misses.push(`${g.agreements.length} agreements, expected at most ${x.agreements.length + x.mayAlsoBeAgreements}`);

  for (const w of x.whoMet) {
    const met = g.metByName[w.asWritten] ?? [];
    for (const p of w.met) if (!met.includes(p)) misses.push(`who met "${w.asWritten}" (${w.script}): ${p} is missing (got ${met.join(", ") || "no one"})`);
  }
  return misses;
}
