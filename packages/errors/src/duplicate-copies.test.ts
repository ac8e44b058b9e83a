import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as local from "@mux/errors";
import { afterAll, describe, expect, it } from "vitest";

const dist = fileURLToPath(new URL("../dist", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "mux-errors-copy-"));
cpSync(dist, join(dir, "dist"), { recursive: true, filter: (src) => !src.endsWith(".map") });
// The copy has no source maps: drop the references so nothing tries to load them.
for (const file of readdirSync(join(dir, "dist"))) {
  if (!file.endsWith(".js")) continue;
  const path = join(dir, "dist", file);
  writeFileSync(path, readFileSync(path, "utf8").replace(/\/\/# sourceMappingURL=.*$/m, ""));
}
cpSync(fileURLToPath(new URL("../package.json", import.meta.url)), join(dir, "package.json"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("instanceof across two installed copies", () => {
  it("recognises errors from the other copy", async () => {
    const copy = (await import(/* @vite-ignore */ pathToFileURL(join(dir, "dist", "index.js")).href)) as typeof local;
    expect(copy.NotFoundError).not.toBe(local.NotFoundError);

    const fromCopy = copy.APIError.generate(404, undefined, undefined, undefined);
    expect(fromCopy instanceof local.NotFoundError).toBe(true);
    expect(fromCopy instanceof local.APIError).toBe(true);
    expect(fromCopy instanceof local.MuxError).toBe(true);
    expect(fromCopy instanceof local.RateLimitError).toBe(false);

    const fromLocal = new local.APIConnectionTimeoutError();
    expect(fromLocal instanceof copy.APIConnectionTimeoutError).toBe(true);
    expect(fromLocal instanceof copy.APIConnectionError).toBe(true);
    expect(fromLocal instanceof copy.APIUserAbortError).toBe(false);

    expect(new copy.InvalidKeyError() instanceof local.InvalidArgumentError).toBe(true);
    expect(new copy.MissingCredentialsError() instanceof local.InvalidArgumentError).toBe(false);

    const webhook = new copy.WebhookVerificationError("no_matching_signature");
    expect(webhook instanceof local.WebhookVerificationError).toBe(true);
    expect(webhook instanceof local.MuxError).toBe(true);
    expect(webhook instanceof local.InvalidArgumentError).toBe(false);
  });
});
