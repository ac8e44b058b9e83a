/**
 * Reads an environment variable where one exists (Node, Bun, Deno with
 * `process`); returns `undefined` elsewhere (workers, browsers). An empty or
 * blank value counts as unset.
 */
export function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.[name];
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}
