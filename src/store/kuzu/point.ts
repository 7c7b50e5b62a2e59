// Point lookups for short lists. Kuzu 0.11 plans `UNWIND $ids AS i MATCH (n:Label {id: i})` as a hash
// join over a scan of the whole table (measured: about 20 ms for a table of 126k keys, growing with the
// store; 120 ms when the pattern goes on over a relationship), while `MATCH (n:Label {id: $i})` is a
// primary-key lookup (under a millisecond). So a write whose list is short runs its UNWIND body once per
// element, with the element as scalar parameters: `r.a` becomes `$a`, a bare `i` becomes `$i`.
// (Reads take their one-key forms from the queries themselves: queries.ts oneKey, CypherReads.byKeys.)
/** A query `UNWIND $list AS v <body>`, as the body with v's values as parameters. */
export interface Point {
  list: string;
  /** The longest list run as point queries. */
  max: number;
  as: string;
  /** Rows are objects (`v.field` in the body) rather than scalars. */
  object: boolean;
  query: string;
  params: string[];
  distinct: boolean;
}

/** Lists up to this long run as point queries (each about 0.5 ms; one scan costs tens to hundreds). */
export const POINT_MAX = 64;
/**
 * A list query that goes on over a relationship (a report by its coreference key) joins the whole
 * relationship table and its far nodes (120 ms at 10k articles for a handful of keys, 285 ms for
 * 3,000): up to this many keys, one point query each is cheaper.
 */
export const POINT_MAX_JOIN = 256;

const cache = new Map<string, Point | null>();

/** The point form of a query, when it has one: an UNWIND of one list that MATCHes by it, with no aggregation. */
export function pointOf(q: string): Point | undefined {
  let p = cache.get(q);
  if (p === undefined) cache.set(q, (p = parse(q)));
  return p ?? undefined;
}

function parse(q: string): Point | null {
  const m = /^UNWIND \$(\w+) AS (\w+) (.*)$/s.exec(q);
  if (!m) return null;
  const [, list, as, body] = m;
  if (!/\bMATCH\b/.test(body) || /\b(UNWIND|UNION|ORDER BY|SKIP|LIMIT|WITH)\b|\b(count|collect|sum|min|max|avg)\s*\(/i.test(body)) return null;
  const bare = new RegExp(`(?<![.$\\w\`'])${as}\\b(?!\\.)`, "g");
  const object = new RegExp(`(?<![.$\\w])${as}\\.`).test(body);
  const query = object ? body.replace(new RegExp(`(?<![.$\\w])${as}\\.(\\w+)`, "g"), "$$$1") : body.replace(bare, `$${as}`);
  if (new RegExp(`(?<![.$\\w\`'])${as}\\b`).test(query)) return null; // the name is still used some other way
  return { list, max: /-\[/.test(body) && !/\bCREATE\b/.test(body) ? POINT_MAX_JOIN : POINT_MAX, as, object, query, distinct: /\bRETURN DISTINCT\b/.test(body), params: [...new Set([...query.matchAll(/\$(\w+)/g)].map((x) => x[1]))] };
}

/** The parameters of one element's point query. */
export function pointParams(p: Point, element: unknown, params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of p.params) {
    if (p.object) out[name] = name in params && name !== p.list ? params[name] : ((element as Record<string, unknown>)[name] ?? null);
    else out[name] = name === p.as ? element : params[name];
  }
  return out;
}
