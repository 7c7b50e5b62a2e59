// The HTTP guards on their own: Host parsing and the allow-list, the token comparison, the gate.
import { describe, expect, it } from "vitest";
import { allowedHosts, BusyError, Gate, hostAllowed, hostOf, tokenMatches } from "../../src/api/guards.js";

describe("Host", () => {
  it("takes the host part of a Host header, brackets kept for IPv6", () => {
    expect(hostOf("Example.org:4000")).toBe("example.org");
    expect(hostOf("[::1]:4000")).toBe("[::1]");
    expect(hostOf("127.0.0.1")).toBe("127.0.0.1");
    expect(hostOf("a:b:c")).toBeUndefined();
    expect(hostOf(undefined)).toBeUndefined();
  });

  it("allows the local names, the bound host and the configured ones only", () => {
    const hosts = allowedHosts("10.1.2.3", "kg.example.org, api.example.org");
    for (const h of ["localhost:4000", "127.0.0.1", "[::1]:80", "10.1.2.3:4000", "kg.example.org", "API.example.org:443"]) expect(hostAllowed(h, hosts), h).toBe(true);
    for (const h of ["evil.example", "127.0.0.2", "kg.example.org.evil", undefined]) expect(hostAllowed(h, hosts), String(h)).toBe(false);
    expect(hostAllowed("[fe80::1]", allowedHosts("fe80::1", ""))).toBe(true);
    expect(allowedHosts(undefined, "*")).toBe("any");
  });
});

describe("token", () => {
  it("matches only the exact token", () => {
    expect(tokenMatches("s3cret", "s3cret")).toBe(true);
    for (const t of ["s3cre", "s3crett", "S3cret", ""]) expect(tokenMatches(t, "s3cret"), t).toBe(false);
    expect(tokenMatches(undefined, "s3cret")).toBe(false);
    expect(tokenMatches("x", undefined)).toBe(false);
  });
});

describe("Gate", () => {
  it("lets `max` in, queues `queue` more in order, refuses the rest, and lets a cancelled waiter go", async () => {
    const gate = new Gate(1, 2);
    const never = new AbortController().signal;
    await gate.enter(never);
    const order: number[] = [];
    const a = gate.enter(never).then(() => order.push(1));
    const cancel = new AbortController();
    const b = gate.enter(cancel.signal).then(() => order.push(2), () => order.push(-2));
    await expect(gate.enter(never)).rejects.toBeInstanceOf(BusyError);
    cancel.abort();
    await b;
    gate.leave();
    await a;
    expect(order).toEqual([-2, 1]);
    gate.leave();
    await gate.enter(never); // the slot is free again
  });
});
