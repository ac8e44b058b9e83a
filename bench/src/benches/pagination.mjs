/** 5. Auto-pagination over 50 pages of 100 keys, vs a bare fetch loop. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { BENCH_DIR } from "../lib/bundle.mjs";
import { httpContenders } from "../lib/contenders.mjs";
import { cpuMs, median, nowMs, rotate, summarize } from "../lib/stats.mjs";

const LIMIT = 100;
const FULL = 5000; // 50 full pages, so the 51st comes back empty
const SHORT = 4950; // 49 full pages and a short 50th: nothing should be asked after it

const FLOOR = "bare fetch, items by for await (diag floor)";
const RUNTIME_FLOOR = "openapi-fetch + timeout, items by for await (diag floor)";
const PAGE_FLOOR = "openapi-fetch, parts + timeout (diag floor)";

/** "; 1.04x <label>" when the floor row `name` ran in this run, else "". */
function against(ms, times, name, label) {
  return times.get(name) ? `; ${(ms / median(times.get(name))).toFixed(2)}x ${label}` : "";
}

/**
 * The rows held against floors: ours by `for await` (the protocol's own floor, and the same
 * iterator on openapi-fetch with per-attempt timeouts), and its pages walked by a plain loop.
 */
const FLOOR_NOTES = {
  ours: (ms, times) => against(ms, times, FLOOR, "the for-await floor") + against(ms, times, RUNTIME_FLOOR, "the runtime floor"),
  "ours iterPages (diag)": (ms, times) => against(ms, times, PAGE_FLOOR, "the runtime's page-loop floor"),
};

async function pass(c, server, total) {
  const before = await server.requestCount();
  const start = nowMs();
  const startCpu = cpuMs();
  const items = await c.iterateAll(LIMIT);
  const ms = nowMs() - start;
  const cpu = cpuMs() - startCpu;
  const requests = (await server.requestCount()) - before;
  if (items !== total) throw new Error(`${c.name}: saw ${items} items, expected ${total}`);
  return { ms, cpu, requests };
}

function peakRss(contender, baseURL, credentials) {
  const result = spawnSync(
    process.execPath,
    [join(BENCH_DIR, "src", "pagination-child.mjs"), contender, `${baseURL}/t/${FULL}`, String(LIMIT), String(FULL)],
    { cwd: BENCH_DIR, env: { ...process.env, BENCH_TOKEN_ID: credentials.tokenId, BENCH_TOKEN_SECRET: credentials.tokenSecret }, encoding: "utf8" },
  );
  if (result.status !== 0) return undefined;
  return JSON.parse(result.stdout).maxRssMB;
}

export async function benchPagination({ ours, third, server, credentials, rounds = 40, rssRuns = 3 }) {
  const full = httpContenders(ours, third, `${server.url}/t/${FULL}`, credentials).filter((c) => c.skip || c.iterateAll);
  const short = httpContenders(ours, third, `${server.url}/t/${SHORT}`, credentials).filter((c) => c.skip || c.iterateAll);
  const live = full.filter((c) => !c.skip);
  for (const c of live) for (let i = 0; i < 3; i++) await pass(c, server, FULL); // warm-up
  const times = new Map(live.map((c) => [c.name, []]));
  const cpu = new Map(live.map((c) => [c.name, []]));
  const requests = new Map();
  for (let round = 0; round < rounds; round++) {
    for (const c of rotate(live, round)) {
      const r = await pass(c, server, FULL);
      times.get(c.name).push(r.ms);
      cpu.get(c.name).push(r.cpu);
      requests.set(c.name, r.requests);
    }
  }
  const shortRequests = new Map();
  for (const c of short.filter((x) => !x.skip)) shortRequests.set(c.name, (await pass(c, server, SHORT)).requests);

  const childName = { "bare fetch": "bare", ours: "ours", "ours (umbrella)": "umbrella", official: "official" };
  const rss = new Map(live.map((c) => [c.name, []]));
  for (let run = 0; run < rssRuns; run++) {
    for (const c of rotate(live, run)) {
      if (!childName[c.name]) continue;
      const mb = peakRss(childName[c.name], server.url, credentials);
      if (mb !== undefined) rss.get(c.name).push(mb);
    }
  }

  const bare = summarize(times.get("bare fetch")).median;
  const bareCpu = summarize(cpu.get("bare fetch")).median;
  const bareShort = shortRequests.get("bare fetch");
  const rows = [];
  for (const c of full) {
    const row = { bench: "5 pagination", contender: c.name, metric: "ms/pass (5,000 keys)" };
    if (c.skip) {
      rows.push({ ...row, note: c.skip });
      continue;
    }
    // Median of all passes; min / max are the medians of the quietest and noisiest fifth of the run.
    const all = times.get(c.name);
    const size = Math.ceil(all.length / 5);
    const seg = summarize(Array.from({ length: 5 }, (_, k) => median(all.slice(k * size, (k + 1) * size))));
    const s = { median: median(all), min: seg.min, max: seg.max };
    const ratio = c.reference ? undefined : s.median / bare;
    const target = c.name === "ours" ? "<=1.10x loop; no req after short page" : undefined;
    const rssMed = summarize(rss.get(c.name)).median;
    const c1 = summarize(cpu.get(c.name)).median;
    const cpuNote = `client CPU ${c1.toFixed(1)} ms${c.reference ? "" : ` (${(c1 / bareCpu).toFixed(2)}x)`}`;
    const floorNote = FLOOR_NOTES[c.name]?.(s.median, times) ?? "";
    rows.push({
      ...row,
      ...s,
      format: (n) => n.toFixed(1),
      ratio,
      ratioOf: "bare loop",
      target,
      pass: target ? ratio <= 1.1 && shortRequests.get(c.name) === bareShort : undefined,
      note: `${cpuNote}${floorNote}; reqs ${requests.get(c.name)} full / ${shortRequests.get(c.name)} short-last; peak RSS ${Number.isNaN(rssMed) ? "-" : rssMed.toFixed(1)} MB`,
    });
  }
  return rows;
}
