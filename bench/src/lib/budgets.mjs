/** What the size budgets cover, and how a budget is derived from a measurement. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { APPS, BENCH_DIR, PACKAGES, PLATFORMS, appPath, budgetKey, isBuilt, measureBundle, packageEntry } from "./bundle.mjs";

export const BUDGET_FILE = join(BENCH_DIR, "size-budgets.json");
export const MARGIN = 0.1;

/**
 * Issue 9's and issue 13's hard targets (gzip bytes) that CI asserts — a budget may never be set above these.
 * Only targets that are met belong here. The signing-keys app's 4,000 B / 0.25x-of-official target
 * is not reachable while openapi-fetch (2.7 KB gzip on its own) is the runtime, so CI guards that app
 * with its measured budget only, and `pnpm bench` reports the target as FAIL with the gap (README).
 */
export const HARD_LIMITS = Object.fromEntries(
  PLATFORMS.flatMap((p) => [
    [budgetKey("app", "jwt", "ours", p), 6500],
    // Issue 13: an app that only verifies webhooks.
    [budgetKey("app", "webhooks", "ours", p), 3000],
  ]),
);

/** Every bundle that has a budget: each of our package entries, and each app built from our packages. */
export function budgetedBundles() {
  const list = [];
  for (const platform of PLATFORMS) {
    for (const name of PACKAGES) {
      list.push({ key: budgetKey("package", `@mux/${name}`, "entry", platform), needs: [name], entry: packageEntry(name), platform });
    }
    for (const app of APPS.filter((a) => a.contender.startsWith("ours"))) {
      const contender = app.contender === "ours" ? "ours" : "umbrella";
      list.push({ key: budgetKey("app", app.id, contender, platform), needs: app.needs, entry: appPath(app), platform });
    }
  }
  return list;
}

export function readBudgets() {
  try {
    return JSON.parse(readFileSync(BUDGET_FILE, "utf8"));
  } catch {
    return { hardLimits: HARD_LIMITS, budgets: {} };
  }
}

/** measured gzip + margin, rounded up to 10 B, never above a hard limit. */
export function budgetFor(key, gzip) {
  const withMargin = Math.ceil((gzip * (1 + MARGIN)) / 10) * 10;
  return HARD_LIMITS[key] === undefined ? withMargin : Math.min(withMargin, HARD_LIMITS[key]);
}

/** Measures every budgeted bundle whose packages are built; `skipped` lists the rest. */
export async function measureAll() {
  const measured = {};
  const skipped = [];
  for (const b of budgetedBundles()) {
    if (b.needs.every(isBuilt)) measured[b.key] = await measureBundle(b.entry, b.platform);
    else skipped.push(b.key);
  }
  return { measured, skipped };
}

export function writeBudgets(budgets) {
  writeFileSync(BUDGET_FILE, `${JSON.stringify(budgets, null, 2)}\n`);
}
