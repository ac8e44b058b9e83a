/**
 * `pnpm --filter @mux/bench size:update`: measures every budgeted bundle and
 * rewrites size-budgets.json as measured gzip + 10 % (capped at the issue's
 * hard limits). Run after a deliberate size change; review the diff.
 */
import { HARD_LIMITS, MARGIN, budgetFor, measureAll, readBudgets, writeBudgets } from "./lib/budgets.mjs";

const { measured, skipped } = await measureAll();
const budgets = readBudgets().budgets ?? {};
for (const key of skipped) console.log(`${key.padEnd(44)} not built — budget left as it was`);
for (const [key, m] of Object.entries(measured)) {
  budgets[key] = { gzip: budgetFor(key, m.gzip), measuredGzip: m.gzip, measuredMin: m.min };
  const over = HARD_LIMITS[key] !== undefined && m.gzip > HARD_LIMITS[key];
  console.log(`${key.padEnd(44)} ${String(m.gzip).padStart(6)} B gzip -> budget ${budgets[key].gzip}${over ? "  (OVER HARD LIMIT)" : ""}`);
}
writeBudgets({
  $comment: `gzip bytes (zlib level 9) of esbuild minified ESM bundles; budget = measured + ${MARGIN * 100}% (capped by hardLimits). Regenerate: pnpm --filter @mux/bench size:update`,
  hardLimits: HARD_LIMITS,
  budgets: Object.fromEntries(Object.entries(budgets).sort(([a], [b]) => a.localeCompare(b))),
});
