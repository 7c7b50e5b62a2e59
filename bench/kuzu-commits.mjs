// Bytes Kuzu writes per commit as a node table grows, outside our code: one table, B new rows per
// transaction (COPY … FROM UNWIND, as the store writes), up to B × STEPS rows, then a CHECKPOINT.
//   node bench/kuzu-commits.mjs [pk|serial] [B] [STEPS]
// pk: a STRING primary key (a hash index, as every table of ours has); serial: a SERIAL key and the string
// in a plain column. Bytes are the process's write_bytes in /proc/self/io (Linux), around COMMIT and CHECKPOINT.
import kuzu from "kuzu";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [variant = "pk", B = 2000, STEPS = 50] = [process.argv[2], Number(process.argv[3] ?? 2000), Number(process.argv[4] ?? 50)];
if (!["pk", "serial"].includes(variant) || !(B > 0) || !(STEPS > 0)) {
  console.error("usage: node bench/kuzu-commits.mjs [pk|serial] [rows per commit] [commits]");
  process.exit(2);
}
const io = () => Number(/^write_bytes: (\d+)/m.exec(readFileSync("/proc/self/io", "utf8"))[1]);
const dir = mkdtempSync(join(tmpdir(), "kuzu-commits-"));
const db = new kuzu.Database(join(dir, "db"), 1 << 30);
const conn = new kuzu.Connection(db);
const run = async (q, params) => {
  const r = params ? await conn.execute(await conn.prepare(q), params) : await conn.query(q);
  for (const x of Array.isArray(r) ? r : [r]) x.close();
};
try {
  await run(variant === "pk" ? "CREATE NODE TABLE A(k STRING, PRIMARY KEY(k))" : "CREATE NODE TABLE A(id SERIAL, k STRING, PRIMARY KEY(id))");
  console.log("rows after commit\tcommit MB\tcheckpoint MB\tKB per row");
  for (let s = 1; s <= STEPS; s++) {
    const rows = Array.from({ length: B }, (_, i) => ({ k: `${Math.random().toString(36).slice(2)}-${s}-${i}` }));
    const w0 = io();
    await run("BEGIN TRANSACTION");
    await run("COPY A FROM (UNWIND $rows AS r RETURN r.k)", { rows });
    await run("COMMIT");
    const w1 = io();
    await run("CHECKPOINT");
    const mb = (w1 - w0) / 2 ** 20;
    if (s === 1 || s % Math.ceil(STEPS / 10) === 0) console.log(`${s * B}\t${mb.toFixed(2)}\t${((io() - w1) / 2 ** 20).toFixed(2)}\t${((mb * 1024) / B).toFixed(2)}`);
  }
} finally {
  await conn.close();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
}
