// The official JS SDK (@elevenlabs/elevenlabs-js) against the benchmarks' PayloadServer, printing
// one line in the shape of ClientCostRun's. The SDK is not part of the repository: install it into
// a scratch folder and name that folder first (see run.sh).
//
//   node client-cost.mjs SDK_FOLDER HOST:PORT CONVERSATION_ID warm|cold CALLS CONCURRENCY
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";

const WARMUP_CALLS = Number(process.env.WARMUP_CALLS ?? 3000);
const API_KEY = "sk_load_run_not_a_real_key";

const [sdkFolder, hostPort, conversationId, mode, callsArg, concurrencyArg] = process.argv.slice(2);
if (!concurrencyArg) {
  console.error("usage: node client-cost.mjs SDK_FOLDER HOST:PORT CONVERSATION_ID warm|cold CALLS CONCURRENCY");
  process.exit(2);
}
let sdk;
try {
  sdk = createRequire(path.resolve(sdkFolder, "package.json"))("@elevenlabs/elevenlabs-js");
} catch (e) {
  console.log(`skipped: @elevenlabs/elevenlabs-js is not installed in ${sdkFolder} (npm install @elevenlabs/elevenlabs-js there)`);
  process.exit(0);
}
const calls = Number(callsArg);
const concurrency = Number(concurrencyArg);

const created = performance.now();
const client = new sdk.ElevenLabsClient({ apiKey: API_KEY, baseUrl: `http://${hostPort}`, maxRetries: 0 });
const call = async () => (await client.conversationalAi.conversations.analysis.run(conversationId)).transcript;

// A closed loop with `concurrency` calls in flight, as the Java runs do.
async function run(n) {
  const latencies = new Array(n);
  let next = 0;
  let failed = 0;
  let firstFailure;
  const begin = performance.now();
  async function worker() {
    while (next < n) {
      const index = next++;
      const start = performance.now();
      try {
        await call();
      } catch (e) {
        failed++;
        firstFailure ??= String(e).slice(0, 160);
      }
      latencies[index] = performance.now() - start;
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker));
  const elapsed = performance.now() - begin;
  latencies.sort((a, b) => a - b);
  return {
    callsPerSecond: n / (elapsed / 1000),
    p50: latencies[Math.floor(n * 0.5)],
    p99: latencies[Math.min(n - 1, Math.ceil(n * 0.99) - 1)],
    failed,
    firstFailure,
  };
}

let first = "";
if (mode === "warm") {
  await run(WARMUP_CALLS);
} else {
  const before = performance.now();
  await call();
  const after = performance.now();
  first = ` first call ${(after - before).toFixed(1)} ms (client created to result ${(after - created).toFixed(1)} ms, process start to result ${Math.round(after)} ms)`;
}
const r = await run(calls);
console.log(
  `${"js-sdk".padEnd(11)} ${mode.padEnd(4)} conc ${String(concurrency).padStart(3)}  ${r.callsPerSecond.toFixed(0).padStart(9)} calls/s` +
    `  p50 ${r.p50.toFixed(3).padStart(7)} ms  p99 ${r.p99.toFixed(3).padStart(8)} ms  failed ${r.failed}` +
    (r.firstFailure ? ` (first failure: ${r.firstFailure})` : "") + first,
);
