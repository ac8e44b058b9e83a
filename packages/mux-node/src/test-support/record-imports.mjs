// Module resolution hook (registered with node:module's register()) that appends every resolved
// URL to the file named by IMPORT_LOG: lets a test see which modules a child process loaded.
import { appendFileSync } from "node:fs";

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (process.env.IMPORT_LOG) appendFileSync(process.env.IMPORT_LOG, `${result.url}\n`);
  return result;
}
