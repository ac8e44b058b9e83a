// Key text as it arrives from `.env` files and secret stores, and what to say when it is not a
// key. Short on purpose: it is in every signing app.

/** Ends the messages for a key id and a key given in each other's place. */
export const SWAPPED = "are keyId (MUX_SIGNING_KEY) and keySecret (MUX_PRIVATE_KEY) swapped?";

/**
 * Undoes what `.env` files commonly do to a key, where the result is unambiguous:
 * - surrounding quotes kept as part of the value (`"-----BEGIN..."` or `'LS0t...'`);
 * - line breaks written as the two characters `\n` (or `\r\n`). Neither PEM nor base64 ever
 *   contains a backslash, so turning them back into line breaks cannot change a real key.
 */
export function normaliseKeyText(text: string): string {
  const t = text.trim();
  const unquoted = /^(["'`])[\s\S]*\1$/.test(t) ? t.slice(1, -1).trim() : t;
  return unquoted.replace(/\\r\\n|\\n|\\r/g, "\n");
}

/**
 * Why `text` (already normalised) is no key, or undefined when nothing specific can be said.
 * Fixed phrases only: nothing from the text itself may appear in a message.
 */
export function diagnoseKeyText(text: string, argument: string): string | undefined {
  // A Mux signing key id: letters and digits, far shorter than any key.
  if (argument === "keySecret" && /^[A-Za-z0-9]{8,100}$/.test(text)) return `it looks like a signing key id: ${SWAPPED}`;
  if (/-----BEGIN/.test(text) && !/-----END/.test(text)) {
    return "it stops after its BEGIN line (a .env file keeps only a value's first line): use the one-line base64 key, or write line breaks as \\n";
  }
  return undefined;
}

/** True when text starts like a key: a PEM header, or base64 of one (`LS0tLS1` is base64 of `-----`). */
export function looksLikeKey(text: string): boolean {
  const t = normaliseKeyText(text);
  return t.includes("-----BEGIN") || t.startsWith("LS0tLS1") || t.length > 200;
}
