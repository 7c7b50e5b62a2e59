// Child process for bench/cannon.ts: runs autocannon's programmatic API on the options it receives
// over IPC and sends back the summary (autocannon only aggregates results on a main thread).
const autocannon = require("autocannon");

process.once("message", (opts) => {
  const { url, bodies, connections, duration, overallRate, amount, headers } = opts;
  let graphqlErrors = 0;
  const errorSamples = [];
  const extra = {};
  let next = 0;
  if (overallRate) extra.overallRate = overallRate;
  if (amount) extra.amount = amount;
  autocannon(
    {
      url,
      method: "POST",
      connections,
      duration,
      ...extra,
      headers: { "content-type": "application/json", ...(headers || {}) },
      // One request whose body is set as it is sent, from one counter over all connections. (Given
      // the bodies as a list of requests, autocannon builds every one of them for every connection
      // before that connection's first request, synchronously: with 20,000 bodies and 32 connections
      // the child stalled for seconds at the start, and those stalls were reported as the server's
      // p99.)
      requests: [
        {
          method: "POST",
          setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }),
          onResponse: (status, text) => {
            if (status < 200 || status >= 300) return;
            if (typeof text === "string" && text.includes('"errors"')) {
              graphqlErrors++;
              if (errorSamples.length < 5) errorSamples.push(text.slice(0, 300));
            }
          },
        },
      ],
    },
    (err, r) => {
      if (err) process.send({ error: String(err) }, () => process.exit(0));
      else
        process.send(
          {
            p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max,
            reqPerS: r.requests.average, total: r.requests.total,
            errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx, graphqlErrors, errorSamples,
          },
          () => process.exit(0),
        );
    },
  );
});
