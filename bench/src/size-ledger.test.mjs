/**
 * The size ledger (src/size-ledger.mjs) stays true to the code: its bundle of an app built from
 * the packages' sources weighs what the size budgets measure from their dist, and every feature it
 * takes out still removes code (a renamed module or export would leave its swap doing nothing).
 * Needs our packages built (`turbo run build` runs before `test`).
 */
import { describe, expect, it } from "vitest";
import { APPS, appPath, isBuilt, measureBundle } from "./lib/bundle.mjs";
import { FEATURES, ledger } from "./size-ledger.mjs";

describe("size ledger", () => {
  for (const id of ["create-asset", "signing-keys"]) {
    it(`${id}: weighs the app as built, and each feature taken out saves bytes`, async () => {
      const app = APPS.find((a) => a.id === id && a.contender === "ours");
      expect(app.needs.every(isBuilt), `build first: ${app.needs.join(", ")}`).toBe(true);
      const built = await measureBundle(appPath(app), "browser");
      const { whole, rows, none } = await ledger(id);
      // Sources and dist differ only in how the package builds name things: within 1 %.
      expect(Math.abs(whole - built.gzip) / built.gzip, `ledger ${whole} B against the built app's ${built.gzip} B`).toBeLessThan(0.01);
      expect(rows.map((r) => r.name)).toEqual(FEATURES.map((f) => f.name));
      for (const row of rows) expect(row.saved, `taking out ${row.name} saves nothing`).toBeGreaterThan(0);
      expect(none).toBeLessThan(Math.min(...rows.map((r) => r.without)));
    });
  }
});
