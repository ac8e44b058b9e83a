import { failure } from "./failure.js";

const NOT_A_STRING = "The webhook secret must be a string, or a list of strings.";
const MISSING = "No webhook secret was given: pass this endpoint's signing secret (Mux dashboard > Settings > Webhooks).";

/**
 * The secrets to try, in order. Empty, `null` and `undefined` list entries are skipped;
 * no usable secret at all, or an entry that is not a string, is a `missing_secret` failure.
 */
export function secretList(secret: unknown): readonly string[] {
  if (typeof secret === "string") {
    if (secret !== "") return [secret];
  } else if (Array.isArray(secret)) {
    const list: string[] = [];
    for (const entry of secret as unknown[]) {
      if (entry === undefined || entry === null || entry === "") continue;
      if (typeof entry !== "string") throw failure("missing_secret", NOT_A_STRING);
      list.push(entry);
    }
    if (list.length > 0) return list;
  } else if (secret !== undefined && secret !== null) {
    throw failure("missing_secret", NOT_A_STRING);
  }
  throw failure("missing_secret", MISSING);
}
