import * as signingKeys from "@mux/signing-keys";
import { expect, it } from "vitest";

it("exports exactly the public API", () => {
  expect(Object.keys(signingKeys).sort()).toEqual([
    "SigningKeyRotationError",
    "SigningKeys",
    "createSigningKey",
    "deleteSigningKey",
    "listSigningKeys",
    "retrieveSigningKey",
    "rotateSigningKeys",
  ]);
  for (const value of Object.values(signingKeys)) expect(typeof value).toBe("function");
});
