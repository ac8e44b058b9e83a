import { failure } from "./failure.js";
import { decodeSignature } from "./hex.js";

/** What a `mux-signature` header says. */
export interface SignatureHeader {
  /** The `t=` value: Unix seconds at signing. */
  timestamp: number;
  /** Every `v1=` value that is a well-formed signature (64 lowercase hex digits), decoded. */
  signatures: Uint8Array<ArrayBuffer>[];
}

/** A value that `Headers` would refuse: NUL, CR, LF inside, or a character beyond Latin-1. */
const UNSENDABLE = /[\0\r\n]|[^\0-\xff]/;

/** Whole Unix seconds: digits only, small enough to stay exact. */
const SECONDS = /^[0-9]{1,15}$/;

/** An entry's value: from its first "=" to the next one, as `entry.split("=")[1]` would give. */
function entryValue(entry: string, eq: number): string {
  const next = entry.indexOf("=", eq + 1);
  return entry.slice(eq + 1, next < 0 ? entry.length : next);
}

function malformed(problem: string) {
  return failure(
    "malformed_header",
    `The mux-signature header ${problem}; Mux sends "t=<unix seconds>,v1=<hex signature>".`,
  );
}

/**
 * Reads `t=<unix seconds>,v1=<hex>[,v1=<hex>...]`. Entries are split on "," and "=" without
 * trimming; unknown entries (another scheme such as `v0`) are ignored; when `t` appears more
 * than once the last one counts. A missing or non-numeric `t`, no `v1` entry at all, or a
 * character that `Headers` would refuse is a `malformed_header` failure.
 */
export function parseSignatureHeader(header: string): SignatureHeader {
  if (UNSENDABLE.test(header)) throw malformed("has characters no HTTP header can carry");
  let time: string | undefined;
  let v1Count = 0;
  const signatures: Uint8Array<ArrayBuffer>[] = [];
  // Slices rather than split(): the same entries, keys and values, without an array per entry.
  for (let start = 0; start <= header.length; ) {
    let end = header.indexOf(",", start);
    if (end < 0) end = header.length;
    const entry = header.slice(start, end);
    start = end + 1;
    const eq = entry.indexOf("=");
    const key = eq < 0 ? entry : entry.slice(0, eq);
    if (key === "t") {
      time = eq < 0 ? "" : entryValue(entry, eq);
    } else if (key === "v1" && eq >= 0) {
      v1Count++;
      const signature = decodeSignature(entryValue(entry, eq));
      if (signature) signatures.push(signature);
    }
  }
  if (time === undefined) throw malformed("has no t= timestamp");
  if (!SECONDS.test(time)) throw malformed("has a t= that is not whole Unix seconds");
  if (v1Count === 0) throw malformed("has no v1= signature");
  return { timestamp: Number(time), signatures };
}
