/** What the size budgets cover, and how a budget is derived from a measurement. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { APPS, BENCH_DIR, PACKAGES, PLATFORMS, appPath, budgetKey, isBuilt, measureBundle, packageEntry, resourceApps } from "./bundle.mjs";

export const BUDGET_FILE = join(BENCH_DIR, "size-budgets.json");
export const MARGIN = 0.1;

/**
 * The issues' hard targets (gzip bytes) that CI asserts — a budget may never be set above these.
 * Only targets that are met belong here:
 * - issue 9: the JWT-only app <= 6,500 B;
 * - issue 13: the webhook-only app (verification) <= 3,000 B;
 * - issue 12: the signing-keys-only and whoami-only apps within +5 % of their size before the
 *   whole API was generated (9,249 B and 8,323 B at 0386a65): one-operation apps do not grow with
 *   the API's coverage.
 * Not here because not met (see README, "What is left"): issue 15's 6,500 B / 0.40x-of-official
 * for the signing-keys and create-asset apps. The umbrella apps at most the official SDK's (issues
 * 12 and 15) are checked against the official app measured in the same run (src/size-budgets.test.mjs).
 */
export const HARD_LIMITS = Object.fromEntries(
  PLATFORMS.flatMap((p) => [
    [budgetKey("app", "jwt", "ours", p), 6500],
    [budgetKey("app", "webhooks", "ours", p), 3000],
    [budgetKey("app", "signing-keys", "ours", p), Math.floor(9249 * 1.05)],
    [budgetKey("app", "whoami", "ours", p), Math.floor(8323 * 1.05)],
  ]),
);

/**
 * Every bundle that has a budget: each of our package entries, each app built from our packages
 * (one feature each, ours and through the umbrella), and one app per resource package.
 */
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
    // One app per resource package (its first generated function), found from the packages.
    for (const app of resourceApps()) {
      list.push({ key: budgetKey("app", app.id, "ours", platform), needs: app.needs, entry: app.entry, platform });
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
