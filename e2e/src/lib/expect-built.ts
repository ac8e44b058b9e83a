// Shared by the test files: which packages to test and how to treat one that is not built.
import { inject } from "vitest";
import type { PackedPackage } from "./pack.mjs";

/** In CI every package must be built (turbo builds them first); locally a missing one is only skipped. */
export const strict = process.env.CI === "true" || process.env.CI === "1";

/** The packed packages of this run, by name. */
export function packedByName(): Map<string, PackedPackage> {
  return new Map(inject("packed").map((p) => [p.name, p]));
}

/** True when all the named packages were packed in this run. */
export function havePackages(...names: string[]): boolean {
  const packed = packedByName();
  return names.every((n) => packed.has(n));
}
