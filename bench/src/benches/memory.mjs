/**
 * 7. Memory of auto-pagination (issue 15): peak RSS of a fresh process that walks every item of a
 * list once with `for await`, for 10,000 and 100,000 keys in pages of 100 (100 and 1,000 pages)
 * from the local server, and the heap the process still holds after a full GC at the end.
 * Targets for ours (100,000 keys): peak RSS at most the bare fetch loop's + 10 MB, and flat in
 * the number of pages: the heap still held after a full GC grows by at most 1 MB from 100 to
 * 1,000 pages (nothing is kept per page). Peak RSS itself rises over the first thousand requests
 * for every client, the bare loop included (Node's fetch and V8's young generation warm up; the
 * growth is reported in the Notes), so it cannot tell a leak from warm-up; the retained heap can.
 * Each figure is the median of `runs` fresh processes, contenders rotated.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { BENCH_DIR, isBuilt } from "../lib/bundle.mjs";
import { rotate, summarize } from "../lib/stats.mjs";

const LIMIT = 100;
const SIZES = [10_000, 100_000];
const RETAINED_MB = 1;
const OVER_BARE_MB = 10;

function measure(which, server, credentials, total) {
  const result = spawnSync(
    process.execPath,
    ["--expose-gc", join(BENCH_DIR, "src", "memory-child.mjs"), which, `${server.url}/t/${total}`, String(LIMIT), String(total)],
    { cwd: BENCH_DIR, env: { ...process.env, BENCH_TOKEN_ID: credentials.tokenId, BENCH_TOKEN_SECRET: credentials.tokenSecret }, encoding: "utf8" },
  );
  if (result.status !== 0) return undefined;
  return JSON.parse(result.stdout);
}

export async function benchMemory({ server, credentials, runs = 3 }) {
  const contenders = [
    { which: "bare", label: "bare fetch", reference: true },
    { which: "openapi-fetch", label: "openapi-fetch (floor)" },
    { which: "floor", label: "openapi-fetch + timeout, for await (diag floor)" },
    { which: "ours", label: "ours", skip: !isBuilt("core") || !isBuilt("signing-keys") },
    { which: "umbrella", label: "ours (umbrella)", skip: !isBuilt("mux-node") },
    { which: "official", label: "official" },
  ].filter((c) => !c.skip);
  const samples = new Map(contenders.flatMap((c) => SIZES.map((n) => [`${c.which}|${n}`, { rss: [], retained: [] }])));
  for (let run = 0; run < runs; run++) {
    for (const c of rotate(contenders, run)) {
      for (const total of SIZES) {
        const m = measure(c.which, server, credentials, total);
        if (!m) continue;
        samples.get(`${c.which}|${total}`).rss.push(m.maxRssMB);
        samples.get(`${c.which}|${total}`).retained.push(m.retainedMB);
      }
    }
  }
  const med = (which, total, what = "rss") => summarize(samples.get(`${which}|${total}`)[what]).median;
  const [small, large] = SIZES;
  const growthOf = (which) => med(which, large) - med(which, small);
  const rows = [];
  for (const c of contenders) {
    const s = summarize(samples.get(`${c.which}|${large}`).rss);
    const growth = growthOf(c.which);
    const overBare = med(c.which, large) - med("bare", large);
    const retainedGrowth = med(c.which, large, "retained") - med(c.which, small, "retained");
    const ours = c.which === "ours";
    const target = ours ? `<= bare + ${OVER_BARE_MB} MB; flat (heap after GC +<= ${RETAINED_MB} MB from 100 to 1,000 pages)` : undefined;
    const sign = (n) => `${n >= 0 ? "+" : ""}${n.toFixed(1)}`;
    rows.push({
      bench: "7 memory",
      contender: c.label,
      metric: `peak RSS MB, for await over ${large.toLocaleString("en-US")} keys`,
      median: s.median,
      min: s.min,
      max: s.max,
      format: (n) => n.toFixed(1),
      target,
      pass: ours ? overBare <= OVER_BARE_MB && retainedGrowth <= RETAINED_MB : undefined,
      note:
        `${small.toLocaleString("en-US")} keys ${med(c.which, small).toFixed(1)} MB, growth ${sign(growth)} MB over ${(large - small) / LIMIT} more pages` +
        `${c.reference ? "" : ` (bare ${sign(growthOf("bare"))}); ${sign(overBare)} MB vs bare`}` +
        `; heap after GC ${med(c.which, large, "retained").toFixed(1)} MB (${sign(retainedGrowth)} vs 100 pages)`,
    });
  }
  return rows;
}
