// Load driver for the Node reference SDK (bitget-api), started by the bitget4j load harness.
// Input: one JSON argument (see NodeRunner). Output: one JSON line on stdout with the measured window.
// C async loops run at once on Node's single event loop; each alternates the signed GET and the signed POST.
import { RestClientV2 } from 'bitget-api';

const config = JSON.parse(process.argv[2]);
const client = new RestClientV2({
  apiKey: config.apiKey,
  apiSecret: config.apiSecret,
  apiPass: config.apiPass,
  baseUrl: config.baseUrl,
});

let recording = false;
let stop = false;
let errors = 0;
let firstError = null;
const latencies = [];

async function loop(first) {
  let n = first;
  while (!stop) {
    const start = process.hrtime.bigint();
    let ok = true;
    try {
      const response = n % 2 === 0
        ? await client.getSpotOpenOrders(config.getParams)
        : await client.spotSubmitOrder(config.postParams);
      if (!response || response.code !== '00000' || !response.data) {
        throw new Error('unexpected response ' + JSON.stringify(response).slice(0, 200));
      }
    } catch (e) {
      ok = false;
      if (firstError === null) {
        firstError = String(e && e.message ? e.message : JSON.stringify(e)).slice(0, 300);
      }
    }
    n++;
    if (recording) {
      if (ok) {
        latencies.push(Number(process.hrtime.bigint() - start));
      } else {
        errors++;
      }
    }
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Nearest rank, the same rule as the Java harness.
function percentile(sorted, q) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] / 1e6;
}

const loops = [];
for (let i = 0; i < config.concurrency; i++) loops.push(loop(i));
await sleep(config.warmupMillis);

let peakHeap = process.memoryUsage().heapUsed;
const sampler = setInterval(() => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}, 20);
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
recording = true;
await sleep(config.windowMillis);
recording = false;
const elapsedNanos = Number(process.hrtime.bigint() - t0);
const cpu = process.cpuUsage(cpu0);
clearInterval(sampler);
peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
stop = true;
await Promise.all(loops);

const sorted = Float64Array.from(latencies).sort();
const requests = latencies.length;
console.log(JSON.stringify({
  requests,
  errors,
  firstError,
  throughput: requests / (elapsedNanos / 1e9),
  p50Millis: percentile(sorted, 0.5),
  p90Millis: percentile(sorted, 0.9),
  p99Millis: percentile(sorted, 0.99),
  cpuMicrosPerRequest: requests === 0 ? NaN : (cpu.user + cpu.system) / requests,
  peakHeapMegabytes: peakHeap / (1024 * 1024),
  nodeVersion: process.version,
}));
process.exit(0);
