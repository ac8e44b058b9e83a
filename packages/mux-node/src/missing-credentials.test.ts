// An umbrella user never called createMuxClient(): the missing-credentials advice must name the
// constructor they did call.
import { MissingCredentialsError, Mux } from "@mux/mux-node";
import { afterEach, beforeEach, expect, it, vi } from "vitest";

beforeEach(() => {
  for (const name of ["MUX_TOKEN_ID", "MUX_TOKEN_SECRET", "MUX_AUTHORIZATION_TOKEN"]) vi.stubEnv(name, "");
});
afterEach(() => {
  vi.unstubAllEnvs();
});

async function missing(mux: Mux): Promise<string> {
  const error = await mux.system.utilities.whoami().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(MissingCredentialsError);
  return (error as Error).message;
}

it("with nothing configured, says to pass tokenId and tokenSecret to new Mux()", async () => {
  const message = await missing(new Mux());
  expect(message).toContain("new Mux({ tokenId, tokenSecret })");
  expect(message).toContain("MUX_TOKEN_ID and MUX_TOKEN_SECRET");
  expect(message).not.toContain("createMuxClient");
});

it("with only a token id, asks for the secret the same way", async () => {
  const message = await missing(new Mux({ tokenId: "id-only" }));
  expect(message).toMatch(/^A Mux token id was found but no token secret/);
  expect(message).toContain("new Mux({ tokenId, tokenSecret })");
  expect(message).not.toContain("createMuxClient");
});

it("with only MUX_TOKEN_SECRET, asks for the id", async () => {
  vi.stubEnv("MUX_TOKEN_SECRET", "secret-value-never-shown");
  const message = await missing(new Mux());
  expect(message).toMatch(/^A Mux token secret was found but no token id/);
  expect(message).toContain("new Mux({ tokenId, tokenSecret })");
  expect(message).not.toContain("secret-value-never-shown");
});
