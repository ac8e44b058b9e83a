import { access } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const OUR_SPEC = join(ROOT, "spec/mux.openapi.yaml");
export const GENERATOR = join(ROOT, "scripts/generate.mjs");
export const IMPORTER = join(ROOT, "scripts/spec-import.mjs");
/**
 * The facts of Mux's published description (no prose), as `pnpm spec:import --facts-only`
 * writes them: what the generator tests run on, so they need nothing outside the repository.
 */
export const REFERENCE_FACTS = join(ROOT, "scripts/fixtures/mux-reference.facts.yaml");

/**
 * Mux's description itself, when it is at hand: MUX_REFERENCE_SPEC, else ../shared/reference
 * beside the checkout; null otherwise. Only the test that keeps the fixture fresh needs it.
 */
export async function referenceSpecPath(): Promise<string | null> {
  const path = process.env.MUX_REFERENCE_SPEC ?? resolve(ROOT, "../shared/reference/mux-openapi.yaml");
  try {
    await access(path);
    return path;
  } catch {
    return null;
  }
}
