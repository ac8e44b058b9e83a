const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A random id in the style of Mux's: letters and digits. */
export function randomId(length = 44): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let id = "";
  // 62 does not divide 256, so the first few letters are a little likelier; fine for test ids.
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}
