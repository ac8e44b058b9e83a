import { describe, expect, it } from "vitest";
import { KeyPool } from "./key-pool.js";
import type { KeyMaterial } from "./rsa.js";

function fakeGenerator() {
  let made = 0;
  const generate = async (): Promise<KeyMaterial> => {
    made += 1;
    return { privateKeyBase64: `key-${made}`, publicKeyPem: "", publicKey: {} as CryptoKey };
  };
  return { generate, made: () => made };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe("KeyPool", () => {
  it("starts nothing until first used, then refills to its size in the background", async () => {
    const gen = fakeGenerator();
    const pool = new KeyPool(3, gen.generate);
    await settle();
    expect(gen.made()).toBe(0);
    const first = await pool.take();
    expect(first.privateKeyBase64).toBe("key-1");
    await settle();
    expect(pool.readySize).toBe(3);
    const next = await pool.take();
    expect(next.privateKeyBase64).toBe("key-2");
    await settle();
    expect(pool.readySize).toBe(3);
    expect(gen.made()).toBe(5);
  });

  it("never hands out the same pair twice, even under concurrent demand", async () => {
    const gen = fakeGenerator();
    const pool = new KeyPool(2, gen.generate);
    const taken = await Promise.all(Array.from({ length: 10 }, () => pool.take()));
    expect(new Set(taken.map((m) => m.privateKeyBase64)).size).toBe(10);
  });

  it("survives a failing background generation", async () => {
    let calls = 0;
    const pool = new KeyPool(2, async () => {
      calls += 1;
      if (calls === 2) throw new Error("boom");
      return { privateKeyBase64: `k${calls}`, publicKeyPem: "", publicKey: {} as CryptoKey };
    });
    await pool.take();
    await settle();
    expect((await pool.take()).privateKeyBase64).toMatch(/^k\d$/);
  });
});
