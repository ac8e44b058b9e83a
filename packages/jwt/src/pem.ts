import { binaryToBytes, decodeBase64ToBinary } from "./base64.js";
import { invalidKey } from "./errors.js";
import { diagnoseKeyText, normaliseKeyText } from "./key-text.js";

/** One PEM block: its label (e.g. `RSA PRIVATE KEY`) and DER body. */
export interface PemBlock {
  label: string;
  der: Uint8Array;
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]{1,40})-----([\s\S]*?)-----END \1-----/;

/** Why a matched PEM block's body does not decode. Fixed sentences only. */
function badBody(body: string): string {
  return /Proc-Type:\s*4,\s*ENCRYPTED/i.test(body)
    ? "it is encrypted and encrypted keys are not supported: decrypt it first (openssl rsa -in key.pem -out plain.pem)"
    : "its body is not base64 (a damaged copy?)";
}

/**
 * Reads key text given as PEM or as base64 of a PEM (what the Mux API returns), after undoing
 * what `.env` files do to keys (surrounding quotes, `\n` written out). Throws InvalidKeyError
 * with a fixed message (never the text) when it is neither, saying what the text looks like.
 */
export function readPem(text: string, argument: string): PemBlock {
  const normalised = normaliseKeyText(text);
  const pem = normalised.includes("-----BEGIN") ? normalised : (decodeBase64ToBinary(normalised) ?? "");
  const match = PEM_BLOCK.exec(pem);
  const body = match && decodeBase64ToBinary(match[2]!);
  if (!body) {
    const why = match ? badBody(match[2]!) : diagnoseKeyText(normalised, argument);
    throw invalidKey(argument, `${argument} is not a PEM key or base64 of one${why ? `: ${why}` : ""}.`);
  }
  return { label: match[1]!, der: binaryToBytes(body) };
}
