import { bytesToBase64 } from "./base64.js";

/** Wraps DER bytes in PEM armour with the given label, 64 characters a line, ending in a newline. */
export function toPem(label: string, der: Uint8Array): string {
  const body = bytesToBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${body.join("\n")}\n-----END ${label}-----\n`;
}
