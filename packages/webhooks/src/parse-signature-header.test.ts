import { WebhookVerificationError } from "@mux/errors";
import { describe, expect, it } from "vitest";
import { parseSignatureHeader } from "./parse-signature-header.js";

const SIG = "ab".repeat(32);
const BYTES = new Uint8Array(32).fill(0xab);

function reasonOf(header: string): string | undefined {
  try {
    parseSignatureHeader(header);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookVerificationError);
    return (error as WebhookVerificationError).reason;
  }
}

describe("parseSignatureHeader", () => {
  it("reads t and every well-formed v1", () => {
    expect(parseSignatureHeader(`t=1700000000,v1=${SIG}`)).toEqual({ timestamp: 1700000000, signatures: [BYTES] });
    expect(parseSignatureHeader(`v1=${SIG},t=5,v1=${SIG}`)).toEqual({ timestamp: 5, signatures: [BYTES, BYTES] });
  });

  it("ignores other schemes, empty entries and undecodable v1 values", () => {
    expect(parseSignatureHeader(`t=5,,v0=xyz,v1=${SIG.toUpperCase()},v1=abc,v1=,v1=${SIG}`)).toEqual({ timestamp: 5, signatures: [BYTES] });
    expect(parseSignatureHeader("t=5,v1=nothex")).toEqual({ timestamp: 5, signatures: [] });
  });

  it("lets the last t win, as the official SDK does", () => {
    expect(parseSignatureHeader(`t=1,t=2,v1=${SIG}`).timestamp).toBe(2);
    expect(reasonOf(`t=1,t,v1=${SIG}`)).toBe("malformed_header");
  });

  it("reads only the text between the first and second '=' of an entry", () => {
    expect(parseSignatureHeader(`t=5=6,v1=${SIG}=junk`)).toEqual({ timestamp: 5, signatures: [BYTES] });
  });

  it("does not trim entry names: spaces after commas hide the entry", () => {
    expect(reasonOf(`t=5, v1=${SIG}`)).toBe("malformed_header");
    expect(reasonOf(` t=5,v1=${SIG}`)).toBe("malformed_header");
  });

  it("wants a whole, non-negative number of seconds", () => {
    for (const t of ["", "-1", "1.5", "1e9", " 5", "5 ", "0x10", "NaN", "Infinity", "1".repeat(16), "٣"]) {
      expect(reasonOf(`t=${t},v1=${SIG}`), t).toBe("malformed_header");
    }
    expect(parseSignatureHeader(`t=0001,v1=${SIG}`).timestamp).toBe(1);
  });

  it("needs a t and at least one v1 entry", () => {
    expect(reasonOf(`v1=${SIG}`)).toBe("malformed_header");
    expect(reasonOf("t=5")).toBe("malformed_header");
    expect(reasonOf("t=5,v1")).toBe("malformed_header");
    expect(reasonOf("")).toBe("malformed_header");
  });

  it("names the problem and the expected format", () => {
    try {
      parseSignatureHeader("t=5");
    } catch (error) {
      expect((error as Error).message).toBe(
        'The mux-signature header has no v1= signature; Mux sends "t=<unix seconds>,v1=<hex signature>".',
      );
    }
  });
});
