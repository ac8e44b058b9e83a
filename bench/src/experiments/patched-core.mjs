/**
 * Experiment (not part of `pnpm bench`): "after" numbers for the two fixes
 * proposed for @mux/core, without touching the package. Copies core's built
 * dist, patches it, bundles ours (core + signing-keys) twice — as built and
 * patched — and measures both against a bare fetch, interleaved.
 *   patch 1: retrying-fetch.js — no untilBodyEnds() body re-wrap (timer cleared when headers arrive;
 *            the real fix keeps it until execute() has read the body, which costs the same).
 *   patch 2: pagination.js — a hand-written async iterator instead of `async *` + `yield*`.
 * Usage: node src/experiments/patched-core.mjs
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { BENCH_DIR, REPO_DIR } from "../lib/bundle.mjs";
import { startServer } from "../lib/server.mjs";
import { median, nowMs } from "../lib/stats.mjs";

const tmp = join(BENCH_DIR, "results", "tmp", "core-patched");
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
cpSync(join(REPO_DIR, "packages", "core", "dist"), tmp, { recursive: true });

/** Replaces `from` in whichever built .js file holds it (tsc output: one file per module; esbuild output: index.js). */
function patch(hint, from, to) {
  for (const file of readdirSync(tmp, { recursive: true })) {
    if (!String(file).endsWith(".js")) continue;
    const path = join(tmp, String(file));
    const text = readFileSync(path, "utf8");
    if (typeof from === "string" ? text.includes(from) : from.test(text)) {
      writeFileSync(path, text.replace(from, to));
      return;
    }
  }
  throw new Error(`${hint}: pattern not found in core's dist; core changed, update the experiment`);
}
patch("retrying-fetch", "return { response: untilBodyEnds(response, clear), timedOut };", "clear();\n    return { response, timedOut };");
patch(
  "pagination",
  /async \*\[Symbol\.asyncIterator\]\(\) \{\s*const first = await this;\s*for await \(const page of first\.iterPages\(\)\) \{\s*yield\* page\.data;\s*\}\s*\}/,
  `[Symbol.asyncIterator]() {
        let page;
        let index = 0;
        const start = this;
        const iterator = {
            [Symbol.asyncIterator]: () => iterator,
            next() {
                if (page !== undefined && index < page.data.length) return Promise.resolve({ done: false, value: page.data[index++] });
                return (async () => {
                    for (;;) {
                        if (page === undefined) page = await start;
                        else if (page.hasNextPage()) page = await page.getNextPage();
                        else return { done: true, value: undefined };
                        index = 0;
                        if (page.data.length > 0) return { done: false, value: page.data[index++] };
                    }
                })();
            },
        };
        return iterator;
    }`,
);

const entry = 'export { createMuxClient } from "@mux/core"; export { listSigningKeys } from "@mux/signing-keys";';
async function bundle(name, alias) {
  const outfile = join(BENCH_DIR, "results", "tmp", `${name}.mjs`);
  await build({ stdin: { contents: entry, resolveDir: BENCH_DIR }, bundle: true, format: "esm", platform: "node", outfile, alias, logLevel: "silent" });
  return import(outfile);
}
const asBuilt = await bundle("ours-as-built", {});
const patched = await bundle("ours-patched", { "@mux/core": join(tmp, "index.js") });

const server = await startServer("eA==");
const credentials = { tokenId: "id", tokenSecret: "secret" };
const auth = `Basic ${Buffer.from("id:secret").toString("base64")}`;
const make = (m, base) => {
  const client = m.createMuxClient({ ...credentials, baseURL: base });
  return {
    list: async () => (await m.listSigningKeys(client, { limit: 10 })).data,
    all: async () => {
      let n = 0;
      for await (const _k of m.listSigningKeys(client, { limit: 100 })) n++;
      return n;
    },
  };
};
const bare = (base) => ({
  list: async () => (await (await fetch(`${base}/system/v1/signing-keys?limit=10`, { headers: { authorization: auth } })).json()).data,
  all: async () => {
    let n = 0;
    for (let page = 1; ; page++) {
      const { data } = await (await fetch(`${base}/system/v1/signing-keys?page=${page}&limit=100`, { headers: { authorization: auth } })).json();
      for (const _k of data) n++;
      if (data.length < 100) return n;
    }
  },
});
const pageBase = `${server.url}/t/5000`;
const contenders = {
  "bare fetch": { one: bare(server.url), pages: bare(pageBase) },
  "ours as built": { one: make(asBuilt, server.url), pages: make(asBuilt, pageBase) },
  "ours patched": { one: make(patched, server.url), pages: make(patched, pageBase) },
};
const report = (label, samples, unit) => {
  const base = median(samples["bare fetch"]);
  for (const [k, v] of Object.entries(samples)) console.log(`${label.padEnd(22)} ${k.padEnd(14)} ${median(v).toFixed(1).padStart(7)} ${unit}  ${(median(v) / base).toFixed(3)}x`);
};
const one = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
for (const c of Object.values(contenders)) for (let i = 0; i < 300; i++) await c.one.list();
for (let r = 0; r < 300; r++) {
  for (const [k, c] of Object.entries(contenders)) {
    for (let i = 0; i < 5; i++) {
      const t = nowMs();
      await c.one.list();
      one[k].push((nowMs() - t) * 1000);
    }
  }
}
report("GET list (10 keys)", one, "us");
const all = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
for (const c of Object.values(contenders)) for (let i = 0; i < 3; i++) await c.pages.all();
for (let r = 0; r < 40; r++) {
  for (const [k, c] of Object.entries(contenders)) {
    const t = nowMs();
    if ((await c.pages.all()) !== 5000) throw new Error(`${k}: wrong count`);
    all[k].push(nowMs() - t);
  }
}
report("pagination 5,000 keys", all, "ms");
await server.close();
