// Where the coreference keys live (resolve/incremental.ts files every report under keys, and a write
// derives again only the reports its new or removed reports reach through them). Two homes:
//   - StoredKeys: in the graph, as CorefKey nodes with KEYS links to their reports. Neo4j keeps them
//     there: several loaders and API replicas may share one database, and each must find the others' keys.
//   - MemoryKeys: in this process, for the embedded store, which one process opens and is the only writer
//     of. They are computed from the stored reports at the first write after the store opens, changed by
//     each write, and a write's changes are undone when its transaction rolls back. They were the largest
//     keyed table of the embedded store (about 17 keys and 27 links per article), and a Kuzu commit costs
//     in proportion to the tables it appends to (README "Performance").
// Either way a key names the same reports: the derivation cannot tell them apart.
import type { AgreementReport, EventReport } from "../model.js";
import { keysOf, linksOf, type ReportSet } from "../resolve/incremental.js";
import type { Params, Queries, Row } from "./cypher-types.js";
import { insertRows, reportsOf } from "./derived.js";

export type Run = (q: string, p?: Params) => Promise<Row[]>;

const CHUNK = 20_000;
const AGREEMENT = "agreement-report:";

export interface CorefKeys {
  /** Called at the start of each writing transaction, before it changes anything (`refiling`: it will refile every report). */
  begin(run: Run, refiling?: boolean): Promise<void>;
  /**
   * Files new reports under their keys. Returns the keys they are filed under or ask for under which no
   * report was filed before: nothing but these reports is under them, so they need no lookup.
   */
  file(run: Run, events: EventReport[], agreements: AgreementReport[]): Promise<Set<string>>;
  /** The reports filed under these keys (inside the writing transaction), except those whose ids are in `skip`. */
  find(run: Run, keys: string[], skip: Set<string>): Promise<ReportSet>;
  /** Forgets reports just removed from the store. */
  forget(run: Run, reports: ReportSet): Promise<void>;
  /** Forgets every key and files these reports (the full derivation: every stored report). */
  refile(run: Run, events: EventReport[], agreements: AgreementReport[]): Promise<void>;
  /** The writing transaction committed, or rolled back. */
  end(committed: boolean): void;
}

/** The keys of these reports, grouped by report kind, and every key they are filed under or ask for. */
function filing(events: EventReport[], agreements: AgreementReport[]) {
  const filed = keysOf({ events, agreements });
  const asked = [...new Set([...filed.map((k) => k.key), ...linksOf({ events, agreements }).filter((k) => !k.startsWith("r:"))])];
  return { filed, asked };
}

/** Keys as CorefKey nodes and KEYS links, inside the writing transaction (Neo4j). */
export class StoredKeys implements CorefKeys {
  constructor(private readonly Q: Queries) {}

  async begin(): Promise<void> {}
  end(): void {}

  async file(run: Run, events: EventReport[], agreements: AgreementReport[]): Promise<Set<string>> {
    const { Q } = this;
    const { filed, asked } = filing(events, agreements);
    if (!filed.length) return new Set();
    const known = new Set<string>();
    for (let i = 0; i < asked.length; i += CHUNK) for (const r of await run(Q.existingCorefKeys, { keys: asked.slice(i, i + CHUNK) })) known.add(String(r.key));
    const keys = [...new Set(filed.map((k) => k.key))];
    await insertRows(run, Q, Q.insertCorefKeys, keys.filter((k) => !known.has(k)).map((key) => ({ key })));
    const rels = (agreement: boolean) => filed.filter((k) => k.id.startsWith(AGREEMENT) === agreement).map((k) => ({ a: k.key, b: k.id }));
    await insertRows(run, Q, Q.keyed("EventReport"), rels(false));
    await insertRows(run, Q, Q.keyed("AgreementReport"), rels(true));
    return new Set(asked.filter((k) => !known.has(k)));
  }

  async find(run: Run, keys: string[], skip: Set<string>): Promise<ReportSet> {
    const rows: Row[] = [];
    for (let i = 0; i < keys.length; i += CHUNK) rows.push(...(await run(this.Q.reportsByKeys, { keys: keys.slice(i, i + CHUNK) })));
    return reportsOf(rows.filter((r) => !skip.has(String(r.id))));
  }

  async forget(run: Run, reports: ReportSet): Promise<void> {
    // (deleting a report deleted its links; the keys left with none go)
    const keys = [...new Set(keysOf(reports).map((k) => k.key))];
    if (keys.length) await run(this.Q.orphanCorefKeys, { keys });
  }

  async refile(run: Run, events: EventReport[], agreements: AgreementReport[]): Promise<void> {
    await run(this.Q.clearCorefKeys);
    await this.file(run, events, agreements);
  }
}

/** One change to the held keys, kept until its transaction ends (undone on a rollback). */
type Change = { key: string; id: string; added: boolean };

/** Keys held in memory, for a store this process alone writes to (the embedded Kuzu store). */
export class MemoryKeys implements CorefKeys {
  /** Report ids by key; undefined until read from the store (at the first write). */
  private held?: Map<string, string[]>;
  private changes: Change[] = [];
  /** The current transaction filed every report again. */
  private refiled = false;
  /** A read of the keys started before any write (warm). */
  private warming?: Promise<Map<string, string[]> | undefined>;

  constructor(private readonly Q: Queries) {}

  async begin(run: Run, refiling = false): Promise<void> {
    this.changes = [];
    // (a transaction that refiles every report reads none of the keys held before it)
    if (this.held || refiling) return;
    const warmed = await this.warming;
    this.warming = undefined;
    // (warmed before any write began: what it read is what is stored now)
    this.held = warmed ?? (await this.read(run));
  }

  /**
   * Starts reading the keys now, on the store's readers, so that the first write after the store opens does not
   * wait for them (at 20k articles about 4 s). A write that begins meanwhile waits for this read.
   */
  warm(read: Run): void {
    if (this.held || this.warming) return;
    this.warming = this.read(read).catch(() => undefined);
  }

  /** The keys of the stored reports (a store that left keys in the graph, from before they were held here, has them
   * cleared by the full derivation its older derivation version asks for). */
  private async read(run: Run): Promise<Map<string, string[]>> {
    const events = (await run(this.Q.eventReports)).map((r) => JSON.parse(String(r.json)) as EventReport);
    const agreements = (await run(this.Q.agreementReports)).map((r) => JSON.parse(String(r.json)) as AgreementReport);
    const held = new Map<string, string[]>();
    for (const { key, id } of keysOf({ events, agreements })) put(held, key, id);
    return held;
  }

  end(committed: boolean): void {
    // a refile is not undone: the keys are read from the store again at the next write
    if (!committed && this.refiled) this.held = undefined;
    else if (!committed) for (const c of this.changes.reverse()) (c.added ? this.remove(c.key, c.id) : put(this.keys(), c.key, c.id));
    this.changes = [];
    this.refiled = false;
  }

  async file(_run: Run, events: EventReport[], agreements: AgreementReport[]): Promise<Set<string>> {
    const held = this.keys();
    const { asked } = filing(events, agreements);
    const fresh = new Set(asked.filter((k) => !held.has(k)));
    this.add(events, agreements, true);
    return fresh;
  }

  async find(run: Run, keys: string[], skip: Set<string>): Promise<ReportSet> {
    const held = this.keys();
    const ids = new Set<string>();
    for (const k of keys) for (const id of held.get(k) ?? []) if (!skip.has(id)) ids.add(id);
    const rows: Row[] = [];
    const byKind = (agreement: boolean) => [...ids].filter((id) => id.startsWith(AGREEMENT) === agreement);
    for (const [q, list] of [[this.Q.eventReportsByIds, byKind(false)], [this.Q.agreementReportsByIds, byKind(true)]] as const) {
      for (let i = 0; i < list.length; i += CHUNK) rows.push(...(await run(q, { ids: list.slice(i, i + CHUNK) })));
    }
    return reportsOf(rows);
  }

  async forget(_run: Run, reports: ReportSet): Promise<void> {
    this.keys();
    for (const { key, id } of keysOf(reports)) if (this.remove(key, id)) this.changes.push({ key, id, added: false });
  }

  async refile(run: Run, events: EventReport[], agreements: AgreementReport[]): Promise<void> {
    await run(this.Q.clearCorefKeys); // (keys a store of an earlier version left in the graph)
    this.held = new Map();
    this.changes = [];
    this.refiled = true;
    this.add(events, agreements, false);
  }

  private keys(): Map<string, string[]> {
    if (!this.held) throw new Error("coreference keys used outside a writing transaction");
    return this.held;
  }

  /** Files reports not filed yet (a write skips the articles already stored, so a (key, id) is never filed twice). */
  private add(events: EventReport[], agreements: AgreementReport[], undoable: boolean): void {
    for (const { key, id } of keysOf({ events, agreements })) {
      put(this.keys(), key, id);
      if (undoable) this.changes.push({ key, id, added: true });
    }
  }

  private remove(key: string, id: string): boolean {
    const held = this.keys();
    const ids = held.get(key);
    const i = ids ? ids.indexOf(id) : -1;
    if (i < 0) return false;
    if (ids!.length === 1) held.delete(key);
    else ids!.splice(i, 1);
    return true;
  }
}

/** Files report `id` under `key`. */
function put(held: Map<string, string[]>, key: string, id: string): void {
  const ids = held.get(key);
  if (ids) ids.push(id);
  else held.set(key, [id]);
}
