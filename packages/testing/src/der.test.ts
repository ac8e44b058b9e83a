import { createPrivateKey, generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { pkcs1FromPkcs8 } from "./der.js";

describe("pkcs1FromPkcs8", () => {
  it("extracts exactly the PKCS#1 key node would export", () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const pkcs8 = new Uint8Array(privateKey.export({ format: "der", type: "pkcs8" }));
    const pkcs1 = privateKey.export({ format: "der", type: "pkcs1" });
    expect(Buffer.from(pkcs1FromPkcs8(pkcs8)).equals(pkcs1)).toBe(true);
    expect(createPrivateKey({ key: Buffer.from(pkcs1FromPkcs8(pkcs8)), format: "der", type: "pkcs1" }).asymmetricKeyType).toBe("rsa");
  });

  it("refuses non-RSA and malformed input", () => {
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    expect(() => pkcs1FromPkcs8(new Uint8Array(privateKey.export({ format: "der", type: "pkcs8" })))).toThrow(/not an RSA key/);
    expect(() => pkcs1FromPkcs8(new Uint8Array([0x30, 0x82, 0x10]))).toThrow();
    expect(() => pkcs1FromPkcs8(new Uint8Array([0x02, 0x01, 0x00]))).toThrow();
  });
});
