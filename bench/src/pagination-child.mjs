/**
 * Peak memory of auto-pagination in a fresh process: imports one contender,
 * iterates all keys five times, prints { maxRssMB, items } as JSON.
 * Usage: node src/pagination-child.mjs <bare|ours|umbrella|official> <baseURL> <limit> <total>
 */
import { httpContenders, loadOurPackages, loadThirdParty } from "./lib/contenders.mjs";

const [which, baseURL, limitArg, totalArg] = process.argv.slice(2);
const names = { bare: "bare fetch", ours: "ours", umbrella: "ours (umbrella)", official: "official" };
const credentials = { tokenId: process.env.BENCH_TOKEN_ID ?? "id", tokenSecret: process.env.BENCH_TOKEN_SECRET ?? "secret" };
const needed = { ours: ["core", "signing-keys"], umbrella: ["mux-node"] }[which] ?? [];
const ours = (await loadOurPackages(needed)).modules;
const third = await loadThirdParty({ official: which === "official", openapiFetch: false });
const contender = httpContenders(ours, third, baseURL, credentials).find((c) => c.name === names[which]);
if (!contender || contender.skip) throw new Error(`contender ${which} unavailable`);
let items = 0;
for (let i = 0; i < 5; i++) items = await contender.iterateAll(Number(limitArg));
if (items !== Number(totalArg)) throw new Error(`saw ${items} items`);
process.stdout.write(JSON.stringify({ maxRssMB: process.resourceUsage().maxRSS / 1024, items }));
