/**
 * True when two byte strings are equal, taking the same time wherever they differ, so timing
 * reveals nothing about how much of a guessed signature was right. (The length is not secret.)
 */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}
