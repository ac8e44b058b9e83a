/**
 * 3. Per-request overhead: sequential GET list and POST create against the
 * local server, vs a bare fetch with the same Authorization header.
 *
 * Every request is timed on its own and contenders are interleaved in small
 * blocks (rotated), so load from elsewhere on the machine hits everyone
 * alike; the median of all requests is the figure, and min / max are the
 * medians of the quietest and noisiest of ten consecutive segments.
 */
import { httpContenders } from "../lib/contenders.mjs";
import { cpuMs, median, nowMs, rotate, summarize } from "../lib/stats.mjs";

const OPS = [
  { name: "GET list (10 keys)", run: (c) => c.list(10), check: (r) => Array.isArray(r) && r.length === 10 },
  { name: "POST create", run: (c) => c.create(), check: (r) => typeof r?.private_key === "string" && r.private_key.length > 1000 },
];
const SEGMENTS = 10;

export async function benchRequests({ ours, third, server, credentials, rounds = 200, block = 10, warmup = 300 }) {
  const all = httpContenders(ours, third, server.url, credentials).filter((c) => c.skip || c.list);
  const contenders = all.filter((c) => !c.skip);
  const rows = [];
  for (const op of OPS) {
    // Warm-up, and a sanity check that everyone gets the same answer.
    for (const c of contenders) {
      const first = await op.run(c);
      if (!op.check(first)) throw new Error(`${c.name}: unexpected ${op.name} result`);
      for (let i = 0; i < warmup; i++) await op.run(c);
    }
    const samples = new Map(contenders.map((c) => [c.name, []]));
    const cpu = new Map(contenders.map((c) => [c.name, 0]));
    for (let round = 0; round < rounds; round++) {
      for (const c of rotate(contenders, round)) {
        const list = samples.get(c.name);
        const startCpu = cpuMs();
        for (let i = 0; i < block; i++) {
          const start = nowMs();
          await op.run(c);
          list.push((nowMs() - start) * 1000);
        }
        cpu.set(c.name, cpu.get(c.name) + cpuMs() - startCpu);
      }
    }
    const bare = median(samples.get("bare fetch"));
    const cpuPerReq = (name) => (cpu.get(name) * 1000) / (rounds * block);
    for (const c of all) {
      const row = { bench: "3 per request", contender: c.name, metric: `${op.name}, us/req` };
      if (c.skip) {
        rows.push({ ...row, note: c.skip });
        continue;
      }
      const list = samples.get(c.name);
      const size = Math.ceil(list.length / SEGMENTS);
      const segments = summarize(Array.from({ length: SEGMENTS }, (_, k) => median(list.slice(k * size, (k + 1) * size))));
      const m = median(list);
      const target = c.name === "ours" ? "<=1.10x bare" : undefined;
      const c1 = cpuPerReq(c.name);
      rows.push({
        ...row,
        median: m,
        min: segments.min,
        max: segments.max,
        format: (n) => n.toFixed(0),
        ratio: c.reference ? undefined : m / bare,
        ratioOf: "bare fetch",
        target,
        pass: target ? m / bare <= 1.1 : undefined,
        note: `client CPU ${c1.toFixed(0)} us/req${c.reference ? "" : ` (${(c1 / cpuPerReq("bare fetch")).toFixed(2)}x)`}`,
      });
    }
  }
  return rows;
}
