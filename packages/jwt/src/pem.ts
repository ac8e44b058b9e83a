import { binaryToBytes, decodeBase64ToBinary } from "./base64.js";
import { invalidKey } from "./errors.js";

/** One PEM block: its label (e.g. `RSA PRIVATE KEY`) and DER body. */
export interface PemBlock {
  label: string;
  der: Uint8Array;
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]{1,40})-----([\s\S]*?)-----END \1-----/;

/**
 * Reads key text given as PEM or as base64 of a PEM (what the Mux API returns).
 * Throws InvalidKeyError with a fixed message (never the text) when it is neither.
 */
export function readPem(text: string, argument: string): PemBlock {
  const pem = text.includes("-----BEGIN") ? text : (decodeBase64ToBinary(text) ?? "");
  const match = PEM_BLOCK.exec(pem);
  const body = match && decodeBase64ToBinary(match[2]!);
  if (!body) {
    throw invalidKey(
      argument,
      `${argument} is not a PEM key or base64 of one${match ? " (its body is not base64; encrypted keys are not supported)" : ""}.`,
    );
  }
  return { label: match[1]!, der: binaryToBytes(body) };
}
