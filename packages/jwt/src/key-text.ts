// Key text as it arrives from `.env` files and secret stores, and what to say when it is not a key.

/**
 * Undoes what `.env` files commonly do to a key, where the result is unambiguous:
 * - surrounding quotes kept as part of the value (`"-----BEGIN..."` or `'LS0t...'`);
 * - line breaks written as the two characters `\n` (or `\r\n`). Neither PEM nor base64 ever
 *   contains a backslash, so turning them back into line breaks cannot change a real key.
 */
export function normaliseKeyText(text: string): string {
  let out = text.trim();
  const quote = out[0];
  if (out.length >= 2 && (quote === '"' || quote === "'" || quote === "`") && out.endsWith(quote)) {
    out = out.slice(1, -1).trim();
  }
  if (out.includes("\\")) out = out.replace(/\\r\\n|\\n|\\r/g, "\n");
  return out;
}

/** A Mux signing key id: letters and digits, far shorter than any key. */
const KEY_ID_SHAPE = /^[A-Za-z0-9]{8,100}$/;

/**
 * Why `text` (already normalised) is no key, or undefined when nothing specific can be said.
 * Fixed phrases only: nothing from the text itself may appear in a message.
 */
export function diagnoseKeyText(text: string, argument: string): string | undefined {
  if (argument === "keySecret" && KEY_ID_SHAPE.test(text)) {
    return (
      "it looks like a signing key id. The id goes in keyId (MUX_SIGNING_KEY) and the base64 private key " +
      "in keySecret (MUX_PRIVATE_KEY): check that the two are not swapped"
    );
  }
  if (/-----BEGIN [A-Z0-9 ]+-----/.test(text) && !/-----END [A-Z0-9 ]+-----/.test(text)) {
    return (
      "it has a BEGIN line but no END line, so it was cut off, often by a .env file that kept only the first " +
      "line of a multi-line key. Use the one-line base64 form Mux returns, or write the line breaks as \\n"
    );
  }
  return undefined;
}

/** True when text starts like a key: a PEM header, or base64 of one (`LS0tLS1` is base64 of `-----`). */
export function looksLikeKey(text: string): boolean {
  const t = normaliseKeyText(text);
  return t.includes("-----BEGIN") || t.startsWith("LS0tLS1") || t.length > 200;
}
