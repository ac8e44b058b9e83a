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
  // Chunks loaded on first use (dynamic import()) get a budget of their own.
  if (m.lazyGzip) Object.assign(budgets[key], { lazyGzip: budgetFor(undefined, m.lazyGzip), measuredLazyGzip: m.lazyGzip });
  const over = HARD_LIMITS[key] !== undefined && m.gzip > HARD_LIMITS[key];
  const lazy = m.lazyGzip ? ` (+${m.lazyGzip} B lazy -> ${budgets[key].lazyGzip})` : "";
  console.log(`${key.padEnd(44)} ${String(m.gzip).padStart(6)} B gzip -> budget ${budgets[key].gzip}${lazy}${over ? "  (OVER HARD LIMIT)" : ""}`);
}
writeBudgets({
  $comment: `gzip bytes (zlib level 9) of esbuild minified ESM bundles with code splitting: gzip = the files loaded up front, lazyGzip = the chunks loaded on first use (dynamic import()); budget = measured + ${MARGIN * 100}% (gzip capped by hardLimits). Regenerate: pnpm --filter @mux/bench size:update`,
  hardLimits: HARD_LIMITS,
  budgets: Object.fromEntries(Object.entries(budgets).sort(([a], [b]) => a.localeCompare(b))),
});
