// CLI errors: every failure is one line, "kg: <what went wrong>: <how to fix it>", with exit code 2.
// A stack trace is printed only with KG_DEBUG=1. Known causes (a locked store, a busy port, an unreachable
// Neo4j, a wrong flag) are recognised here and given their fix; anything else keeps its message.

/** An error whose message is already the one line the user reads: the cause, then the fix. */
export class CliError extends Error {
  constructor(cause: string, fix: string) {
    super(`${cause}: ${fix}`);
  }
}

const KUZU_LOCK = /Could not set lock on file/i;

export const isStoreLocked = (e: unknown): boolean => KUZU_LOCK.test(messageOf(e));

function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

const firstLine = (s: string) => s.split("\n")[0]!.trim();

/** The one line for an error: a CliError as it is, known causes with their fix, else the first line of the message. */
export function explain(e: unknown, command?: string): string {
  if (e instanceof CliError) return e.message;
  const msg = messageOf(e);
  const code = (e as { code?: string } | null)?.code ?? "";
  // the store's own start-up check (Neo4j: address, credentials, database) already says what and how to fix
  if (code === "STORE_UNAVAILABLE") return firstLine(msg);
  const help = command ? `kg ${command} --help` : "kg --help";
  if (code.startsWith("ERR_PARSE_ARGS")) return `${firstLine(msg).replace(/\. To specify a positional.*$/, "")}: see ${help}`;
  if (KUZU_LOCK.test(msg)) {
    const file = /lock on file\s*:\s*(\S+)/.exec(msg)?.[1];
    return `the store${file ? ` ${file}` : ""} is locked by another process: stop it, or point --data (KG_DATA) at another directory`;
  }
  if (code === "EADDRINUSE") return `the address is already in use (${firstLine(msg)}): stop what listens there, or choose another --port`;
  if (/ServiceUnavailable|Failed to connect to server|ECONNREFUSED.*7687|Could not perform discovery|Neo4j/i.test(msg) && process.env.NEO4J_URI)
    return `cannot reach Neo4j at ${process.env.NEO4J_URI} (${firstLine(msg).slice(0, 160)}): start it, fix NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD, or unset NEO4J_URI to use the embedded store`;
  if (code === "ENOENT" || code === "EACCES" || code === "ENOTDIR") return `${firstLine(msg)}: check the path and its permissions`;
  return `${firstLine(msg)}: if this is unexpected, run again with KG_DEBUG=1 for the stack trace and report it`;
}

/** Prints the one line (and the stack with KG_DEBUG=1) on stderr; returns the exit code, 2. */
export function report(e: unknown, command?: string): number {
  console.error(`kg: ${explain(e, command)}`);
  if (process.env.KG_DEBUG === "1" && e instanceof Error && e.stack) console.error(e.stack);
  return 2;
}
