/**
 * One-operation apps do not grow with the API's coverage (issue 12): the bundle of an app that
 * calls one operation holds that operation's path and no other operation's, whatever the spec
 * holds. Checked on the signing-keys and whoami apps and on one app per resource package.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { APPS, REPO_DIR, appPath, isBuilt, measureBundle, packageEntry, resourceApps } from "./lib/bundle.mjs";

/** Every operation's path template, read from core's generated index. */
const paths = [
  ...new Set(
    [...readFileSync(join(REPO_DIR, "packages/core/src/generated/operations.ts"), "utf8").matchAll(/path: ("[^"]+")/g)].map(
      (m) => m[1],
    ),
  ),
];

/** The operation paths whose string literal the bundled code holds. */
async function pathsIn(entry) {
  const { text } = await measureBundle(entry, "browser");
  return paths.filter((literal) => text.includes(literal));
}

describe("one-operation apps carry one operation", () => {
  it("knows the whole API", () => {
    expect(paths.length).toBeGreaterThanOrEqual(120); // distinct paths of the 171 operations
  });

  for (const app of APPS.filter((a) => a.contender === "ours")) {
    it(`${app.id} app`, async () => {
      expect(app.needs.every(isBuilt), `build first: ${app.needs.join(", ")}`).toBe(true);
      // The JWT and webhook-verification apps call no API operation at all.
      expect(await pathsIn(appPath(app))).toHaveLength(app.id === "jwt" || app.id === "webhooks" ? 0 : 1);
    });
  }

  for (const app of resourceApps()) {
    it(`${app.name} app (${app.fn})`, async () => {
      expect(app.needs.every(isBuilt), `build first: ${app.needs.join(", ")}`).toBe(true);
      expect(await pathsIn(app.entry)).toHaveLength(1);
    });
  }
});

// How other operations answer is not carried either: an app whose operation resolves with the
// body's `data` holds neither the text reader nor the retried-DELETE handling.
describe("one-operation apps carry their own result reader only", () => {
  const readers = {
    text: "The response has no text body.",
    retriedDelete: "answered 404 on a retry",
  };
  it("finds the readers where they are used (the markers are the readers' own words)", async () => {
    expect(isBuilt("core")).toBe(true);
    const { text } = await measureBundle(packageEntry("core"), "browser");
    for (const marker of Object.values(readers)) expect(text).toContain(marker);
  });

  for (const app of APPS.filter((a) => a.contender === "ours" && (a.id === "whoami" || a.id === "create-asset"))) {
    it(`${app.id} app`, async () => {
      expect(app.needs.every(isBuilt), `build first: ${app.needs.join(", ")}`).toBe(true);
      const { text } = await measureBundle(appPath(app), "browser");
      for (const [reader, marker] of Object.entries(readers)) expect(text.includes(marker), `${reader} reader in the ${app.id} app`).toBe(false);
    });
  }
});
