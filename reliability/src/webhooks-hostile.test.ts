/**
 * Hostile input for @mux/webhooks: arbitrary mux-signature headers, header containers, bodies,
 * secrets and options. Every call resolves, or rejects with WebhookVerificationError (or
 * InvalidArgumentError for a bad option); never another exception, never a synchronous throw,
 * never an unhandled rejection, never the secret in an error. Genuine webhooks always verify,
 * and any change to a signed body is caught.
 */
import { createHmac } from "node:crypto";
import { inspect } from "node:util";
import { InvalidArgumentError, WebhookVerificationError } from "@mux/errors";
import { unwrapWebhook, verifyWebhookSignature } from "@mux/webhooks";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const SECRET = "reliability-webhook-secret-4c1d9e";
const NOW = 1_767_225_600; // fixed clock (Unix seconds) for every property
const now = () => NOW * 1000;

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => {
  process.on("unhandledRejection", onUnhandled);
});
afterAll(() => {
  process.off("unhandledRejection", onUnhandled);
});

const hmac = (secret: string, t: string | number, body: string | Uint8Array) => createHmac("sha256", secret).update(`${t}.`).update(body).digest("hex");

/** Runs `call`, recording a synchronous throw as such, and returns what it settled with. */
async function settle(call: () => Promise<unknown>): Promise<{ ok: true; value: unknown } | { ok: false; error: unknown; sync: boolean }> {
  let promise: Promise<unknown>;
  try {
    promise = call();
  } catch (error) {
    return { ok: false, error, sync: true };
  }
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    return { ok: false, error, sync: false };
  }
}

/** The outcome must be a result, or a typed error without the secret. */
function expectTypedOutcome(outcome: Awaited<ReturnType<typeof settle>>, secrets: unknown, badOption: boolean): void {
  if (outcome.ok) return;
  expect(outcome.sync, "threw synchronously").toBe(false);
  const { error } = outcome;
  const typed = error instanceof WebhookVerificationError || (badOption && error instanceof InvalidArgumentError);
  expect(typed, `untyped failure: ${String(error)}`).toBe(true);
  const text = `${String(error)}\n${JSON.stringify(error)}\n${inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true })}`;
  for (const secret of [secrets].flat()) {
    if (typeof secret === "string" && secret.length >= 8) expect(text).not.toContain(secret);
  }
}

// --- arbitraries -------------------------------------------------------------------------------

const hex64 = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString("hex"));
const entry = fc.oneof(
  fc.integer({ min: -10, max: 2 * NOW }).map((t) => `t=${t}`),
  fc.string({ maxLength: 20 }).map((t) => `t=${t}`),
  fc.constantFrom("t", "t=", "v1", "v1=", "=", "t==", "v1==x", " t=1", "T=1", "V1=ab", "v0=abc"),
  hex64.map((h) => `v1=${h}`),
  hex64.map((h) => `v1=${h.toUpperCase()}`),
  fc.string({ maxLength: 70 }).map((v) => `v1=${v}`),
  fc.tuple(fc.string({ maxLength: 6 }), fc.string({ maxLength: 20 })).map(([k, v]) => `${k}=${v}`),
  fc.string({ maxLength: 30, unit: "binary" }),
);
const header = fc.oneof(
  fc.array(entry, { maxLength: 8 }).chain((entries) => fc.constantFrom(",", ", ", ",,", ";").map((sep) => entries.join(sep))),
  fc.string({ maxLength: 200, unit: "binary" }),
  fc.string({ maxLength: 200, unit: "grapheme" }),
  fc.constantFrom("", " ", "\t", "t=1,v1=\u0100", "t=1\r\n,v1=aa", "\0", ",".repeat(5000), "=".repeat(5000), `t=${NOW},${"v1=x,".repeat(2000)}`),
);

const throwing = () => {
  throw new Error("hostile getter");
};
const container = (value: unknown) =>
  fc.oneof(
    fc.constant({ "mux-signature": value }),
    fc.constant({ "MUX-Signature": value, "content-type": "application/json" }),
    fc.constant({ "mux-signature": [value, value] }),
    fc.constant([["mux-signature", value]]),
    fc.constant([["Mux-Signature", value], ["mux-signature", value], "junk", [1, 2], null]),
    fc.constant({ get: (name: string) => (name === "mux-signature" ? value : null) }),
    fc.constant({ get: throwing }),
    fc.constant(Object.defineProperty({}, "mux-signature", { get: throwing, enumerable: true })),
    fc.constant(
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error("hostile proxy");
          },
        },
      ),
    ),
    fc.anything({ maxDepth: 2 }),
  );

const bodyFromBytes = (bytes: Uint8Array) =>
  fc.constantFrom(
    bytes,
    Buffer.from(bytes),
    bytes.slice().buffer,
    new DataView(bytes.slice().buffer),
    new Uint16Array(bytes.slice(0, bytes.length & ~1).buffer),
    Buffer.from(bytes).toString("latin1"),
  );
const body = fc.oneof(
  fc.string({ maxLength: 200, unit: "grapheme" }),
  fc.uint8Array({ maxLength: 200 }).chain(bodyFromBytes),
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom(null, undefined, 0, Number.NaN, 10n, Symbol("body"), () => "body", new Date(0), new Map(), [1, 2], { length: 3 }),
);
const secret = fc.oneof(
  fc.constant(SECRET),
  fc.string({ maxLength: 40 }),
  fc.array(fc.oneof(fc.constant(SECRET), fc.string({ maxLength: 20 }), fc.constantFrom(null, undefined, "", 5)), { maxLength: 4 }),
  fc.anything({ maxDepth: 1 }),
);
const options = fc.oneof(
  fc.constant(undefined),
  fc.record({ tolerance: fc.oneof(fc.double(), fc.integer(), fc.anything({ maxDepth: 0 })) }, { requiredKeys: [] }),
  fc.record({ now: fc.oneof(fc.constant(now), fc.constant(() => Number.NaN), fc.constant(throwing), fc.anything({ maxDepth: 0 })) }, { requiredKeys: [] }),
);
const isBadOption = (o: unknown) => o !== undefined;

// --- properties --------------------------------------------------------------------------------

describe("verifyWebhookSignature and unwrapWebhook with hostile input", () => {
  it("header strings: a result or a typed error", async () => {
    await fc.assert(
      fc.asyncProperty(header, fc.string({ maxLength: 100 }), async (h, b) => {
        for (const call of [verifyWebhookSignature, unwrapWebhook]) {
          expectTypedOutcome(await settle(() => call(b, { "mux-signature": h }, SECRET, { now })), SECRET, false);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("header containers, bodies, secrets and options: a result or a typed error", async () => {
    const headerValue = fc.oneof(header, fc.anything({ maxDepth: 1 }));
    await fc.assert(
      fc.asyncProperty(headerValue.chain(container), body, secret, options, async (h, b, s, o) => {
        for (const call of [verifyWebhookSignature, unwrapWebhook]) {
          expectTypedOutcome(await settle(() => call(b as never, h as never, s as never, o as never)), s, isBadOption(o));
        }
      }),
      { numRuns: 400 },
    );
  });

  it("near-valid headers around a genuine signature: a result or a typed error, and accepted only when a v1 matches", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 100 }), fc.array(entry, { maxLength: 4 }), fc.integer({ min: -400, max: 400 }), async (b, junk, skew) => {
        const t = NOW + skew;
        const good = `v1=${hmac(SECRET, t, b)}`;
        const h = [...junk, `t=${t}`, good].join(",");
        const outcome = await settle(() => verifyWebhookSignature(b, { "mux-signature": h }, SECRET, { now }));
        expectTypedOutcome(outcome, SECRET, false);
        // Junk entries may override t (the last t counts) or carry characters no header can; otherwise
        // the webhook is accepted exactly when it is fresh.
        const lastT = [...h.split(",")].reverse().find((e) => e.split("=")[0] === "t");
        if (lastT === `t=${t}` && !/[\0\r\n]|[^\0-\xff]/.test(h)) {
          if (Math.abs(skew) <= 300) expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
          else expect((outcome as { error: WebhookVerificationError }).error.reason).toBe(skew > 0 ? "timestamp_in_future" : "timestamp_too_old");
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("genuine webhooks verify; any change is caught", () => {
  const bytes = fc.uint8Array({ minLength: 1, maxLength: 300 });

  it("signed bytes verify in every body form, and flipping any byte fails", async () => {
    await fc.assert(
      fc.asyncProperty(bytes, fc.nat(), fc.integer({ min: 1, max: 255 }), fc.integer({ min: -300, max: 300 }), async (raw, at, flip, skew) => {
        const t = NOW + skew;
        const headers = { "mux-signature": `t=${t},v1=${hmac(SECRET, t, raw)}` };
        for (const form of [raw, Buffer.from(raw), raw.slice().buffer, new DataView(raw.slice().buffer)]) {
          await expect(verifyWebhookSignature(form, headers, SECRET, { now })).resolves.toBeUndefined();
        }
        const tampered = raw.slice();
        tampered[at % raw.length]! ^= flip;
        await expect(verifyWebhookSignature(tampered, headers, SECRET, { now })).rejects.toMatchObject({ reason: "no_matching_signature" });
      }),
      { numRuns: 200 },
    );
  });

  it("signed JSON events unwrap to the same object, whatever their type", async () => {
    const event = fc.record({
      type: fc.string({ maxLength: 40 }),
      id: fc.uuid(),
      created_at: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      data: fc.jsonValue({ maxDepth: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(event, fc.array(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 3 }), async (e, secrets) => {
        const text = JSON.stringify(e);
        const signer = secrets[secrets.length - 1]!;
        const headers = [["Mux-Signature", `t=${NOW},v1=${hmac(signer, NOW, text)}`]] as const;
        const unwrapped = await unwrapWebhook(Buffer.from(text), headers, secrets, { now });
        expect(unwrapped).toEqual(JSON.parse(text));
      }),
      { numRuns: 200 },
    );
  });

  it("saw no unhandled rejection", async () => {
    await new Promise((r) => setTimeout(r, 50));
    expect(unhandled).toEqual([]);
  });
});
