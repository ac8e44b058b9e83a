// Where the demo runs, decided from the environment before anything starts: the embedded fake
// (no credentials), or the API at MUX_BASE_URL / https://api.mux.com (full credentials).
// Half-set credentials stop the demo with a message instead of quietly using the fake.

/** The demo's target. */
export type DemoTarget =
  | { kind: "fake"; ignoredBaseURL: string | undefined }
  | {
      kind: "live";
      /** Where requests go: MUX_BASE_URL, else https://api.mux.com. */
      baseURL: string;
      /** True when MUX_BASE_URL chose it. */
      fromEnv: boolean;
      /** The credentials' names, for the log; never their values. */
      credentials: "MUX_TOKEN_ID / MUX_TOKEN_SECRET" | "MUX_AUTHORIZATION_TOKEN";
    };

const MUX_API = "https://api.mux.com";

function value(env: Record<string, string | undefined>, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

/** Thrown for an environment the demo cannot run with; the message says what to change. */
export class DemoSetupError extends Error {
  override name = "DemoSetupError";
}

/** Reads the target from the environment (`process.env` in the demo). */
export function demoTarget(env: Record<string, string | undefined>): DemoTarget {
  const tokenId = value(env, "MUX_TOKEN_ID");
  const tokenSecret = value(env, "MUX_TOKEN_SECRET");
  const bearer = value(env, "MUX_AUTHORIZATION_TOKEN");
  const baseURL = value(env, "MUX_BASE_URL");
  if (tokenId && !tokenSecret && !bearer) {
    throw new DemoSetupError(
      "MUX_TOKEN_ID is set but MUX_TOKEN_SECRET is not. Set both to run the demo against the Mux API, or unset MUX_TOKEN_ID to run it against the built-in fake.",
    );
  }
  if (tokenSecret && !tokenId && !bearer) {
    throw new DemoSetupError(
      "MUX_TOKEN_SECRET is set but MUX_TOKEN_ID is not. Set both to run the demo against the Mux API, or unset MUX_TOKEN_SECRET to run it against the built-in fake.",
    );
  }
  if ((tokenId && tokenSecret) || bearer) {
    return {
      kind: "live",
      baseURL: (baseURL ?? MUX_API).replace(/\/+$/, ""),
      fromEnv: baseURL !== undefined,
      credentials: tokenId && tokenSecret ? "MUX_TOKEN_ID / MUX_TOKEN_SECRET" : "MUX_AUTHORIZATION_TOKEN",
    };
  }
  return { kind: "fake", ignoredBaseURL: baseURL };
}

/** The "Target: ..." line. */
export function describeTarget(target: DemoTarget): string {
  if (target.kind === "fake") {
    const note = target.ignoredBaseURL ? ` (MUX_BASE_URL=${target.ignoredBaseURL} is ignored without credentials)` : "";
    return `Target: the embedded fake Mux API (@mux/testing)${note}`;
  }
  return target.fromEnv
    ? `Target: the API at ${target.baseURL} (from MUX_BASE_URL), with ${target.credentials}`
    : `Target: the real Mux API at ${target.baseURL}, with ${target.credentials}`;
}
