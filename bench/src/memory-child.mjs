/**
 * Memory of one `for await` pass in a fresh process (run with --expose-gc): walks every item of
 * a list of <total> keys in pages of <limit> once, then prints { maxRssMB, retainedMB, items }:
 * the peak RSS of the pass, and the heap still used after a full GC at the end.
 * Usage: node --expose-gc src/memory-child.mjs <bare|openapi-fetch|floor|ours|umbrella|official> <baseURL> <limit> <total>
 */
import { basicAuth, httpContenders, loadOurPackages, loadThirdParty } from "./lib/contenders.mjs";

const [which, baseURL, limitArg, totalArg] = process.argv.slice(2);
const limit = Number(limitArg);
const credentials = { tokenId: process.env.BENCH_TOKEN_ID ?? "id", tokenSecret: process.env.BENCH_TOKEN_SECRET ?? "secret" };
let iterate;
if (which === "openapi-fetch") {
  // The floor for our runtime: openapi-fetch alone, pages fetched in a plain loop until a short one.
  const { createClient } = await loadThirdParty({ official: false });
  const api = createClient({ baseUrl: baseURL, headers: { Authorization: basicAuth(credentials.tokenId, credentials.tokenSecret) } });
  iterate = async () => {
    let count = 0;
    for (let page = 1; ; page++) {
      const { data } = await api.GET("/system/v1/signing-keys", { params: { query: { page, limit } } });
      for (const _key of data.data) count++;
      if (data.data.length < limit) return count;
    }
  };
} else {
  const names = {
    bare: "bare fetch",
    floor: "openapi-fetch + timeout, items by for await (diag floor)",
    ours: "ours",
    umbrella: "ours (umbrella)",
    official: "official",
  };
  const needed = { ours: ["core", "signing-keys"], umbrella: ["mux-node"] }[which] ?? [];
  const ours = (await loadOurPackages(needed)).modules;
  const third = await loadThirdParty({ official: which === "official", openapiFetch: which === "floor" });
  const contender = httpContenders(ours, third, baseURL, credentials).find((c) => c.name === names[which]);
  if (!contender || contender.skip) throw new Error(`contender ${which} unavailable`);
  iterate = () => contender.iterateAll(limit);
}
const items = await iterate();
if (items !== Number(totalArg)) throw new Error(`saw ${items} items`);
const maxRssMB = process.resourceUsage().maxRSS / 1024;
globalThis.gc?.();
process.stdout.write(JSON.stringify({ maxRssMB, retainedMB: process.memoryUsage().heapUsed / 2 ** 20, items }));
