import { access } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const OUR_SPEC = join(ROOT, "spec/mux.openapi.yaml");
export const GENERATED = join(ROOT, "packages/core/src/generated");
export const GENERATOR = join(ROOT, "scripts/generate.mjs");

/**
 * Where Mux's reference description is: MUX_REFERENCE_SPEC, else ../shared/reference beside the checkout.
 * In CI it must exist (the tests then fail loudly); elsewhere a missing file skips the comparison.
 */
export async function referenceSpecPath(): Promise<string | null> {
  const path = process.env.MUX_REFERENCE_SPEC ?? resolve(ROOT, "../shared/reference/mux-openapi.yaml");
  try {
    await access(path);
    return path;
  } catch {
    if (process.env.CI) throw new Error(`The reference description is missing at ${path}; CI needs it.`);
    return null;
  }
}
