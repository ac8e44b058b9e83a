// Differential fuzzing: headers mutated around a genuine signature are accepted by mux.webhooks
// exactly when the official SDK accepts them (within the inputs where the two are meant to agree:
// timestamps in the past, t= in digits).
import { createHmac } from "node:crypto";
import { Mux } from "@mux/mux-node";
import fc from "fast-check";
import OfficialMux from "official-mux-node";
import { describe, expect, it } from "vitest";

const SECRET = "parity-webhook-secret-91f0";
const ours = new Mux({ webhookSecret: SECRET });
const official = new OfficialMux({ tokenId: "unused", tokenSecret: "unused", webhookSecret: SECRET });
const hmac = (t: number, body: string) => createHmac("sha256", SECRET).update(`${t}.${body}`).digest("hex");

const ok = (promise: Promise<unknown>) =>
  promise.then(
    () => true,
    () => false,
  );

/** Entries that neither implementation reads as a timestamp. */
const junk = fc.oneof(
  fc.constantFrom("v0=abc", "v1=", "v1", "=", "x", "", " ", "v1=zz", "v2=00", "V1=ab", " v1=ab"),
  fc.tuple(fc.constantFrom("a", "v", "sig", "v11", "tt"), fc.string({ maxLength: 12 })).map(([k, v]) => `${k}=${v}`),
  fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => `v1=${Buffer.from(b).toString("hex")}`),
);

describe("mux.webhooks agrees with the official SDK on mutated headers", () => {
  it("accepts exactly when the official SDK does", async () => {
    const seen = { accepted: 0, rejected: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 80 }),
        fc.integer({ min: 0, max: 400 }),
        fc.array(junk, { maxLength: 4 }),
        fc.array(junk, { maxLength: 3 }),
        fc.record({
          // Mostly harmless mutations, so that both outcomes come up often.
          upper: fc.constantFrom(false, false, false, true),
          zeros: fc.boolean(),
          suffix: fc.constantFrom("", "", "", "=x", "==", "x"),
          separator: fc.constantFrom(",", ",", ",", ", ", ",,"),
          pad: fc.constantFrom("", " ", "\t"),
          signedAt: fc.constantFrom(0, 0, 0, 1, -1),
        }),
        async (body, age, before, after, m) => {
          const t = Math.floor(Date.now() / 1000) - age;
          let v1 = hmac(t + m.signedAt, body);
          if (m.upper) v1 = v1.toUpperCase();
          const tEntry = `t=${m.zeros ? "00" : ""}${t}`;
          const header = `${m.pad}${[...before, tEntry, `v1=${v1}${m.suffix}`, ...after].join(m.separator)}${m.pad}`;
          const headers = { "mux-signature": header };
          const [mine, theirs] = await Promise.all([ok(ours.webhooks.verifySignature(body, headers)), ok(official.webhooks.verifySignature(body, headers))]);
          expect(mine, JSON.stringify({ header, mine, theirs })).toBe(theirs);
          seen[mine ? "accepted" : "rejected"]++;
        },
      ),
      { numRuns: 300 },
    );
    // Both outcomes were really exercised.
    expect(seen.accepted).toBeGreaterThan(20);
    expect(seen.rejected).toBeGreaterThan(20);
  });
});
