/**
 * Profiling aid (not part of `pnpm bench`): runs one HTTP scenario for one
 * contender in a loop against the bench server, so it can be run under
 * `node --cpu-prof`. Then summarize with `node src/profile-summary.mjs <file.cpuprofile>`.
 * Usage: node --cpu-prof --cpu-prof-dir=/tmp/prof src/profile.mjs <contender> <list|create|paginate> [iterations]
 */
import { loadOurPackages, loadThirdParty, httpContenders } from "./lib/contenders.mjs";
import { startServer } from "./lib/server.mjs";

const [name = "ours", scenario = "paginate", iterations = "200"] = process.argv.slice(2);
const server = await startServer(Buffer.from("-----BEGIN RSA PRIVATE KEY-----\nx\n-----END RSA PRIVATE KEY-----\n".repeat(30)).toString("base64"));
try {
  const { modules } = await loadOurPackages();
  const third = await loadThirdParty();
  const base = scenario === "paginate" ? `${server.url}/t/5000` : server.url;
  const c = httpContenders(modules, third, base, { tokenId: "id", tokenSecret: "secret" }).find((x) => x.name === name);
  const run = { list: () => c.list(10), create: () => c.create(), paginate: () => c.iterateAll(100) }[scenario];
  const start = performance.now();
  for (let i = 0; i < Number(iterations); i++) await run();
  console.log(`${name} ${scenario}: ${((performance.now() - start) / Number(iterations)).toFixed(3)} ms/iteration`);
} finally {
  await server.close();
}
