import { invalidArgument } from "./errors.js";

/**
 * Checks an id that is signed into a token's `sub`: Mux ids are letters and digits (`-` and `_`
 * are tolerated). Anything else (a slash, a space, a whole URL) would give a token the player
 * rejects for no visible reason, so it is refused with a message that says what an id looks like.
 * `what` names the kind of id ("Mux playback ID"). Short on purpose: it is in every signing app.
 */
export function checkMuxId(value: unknown, argument: string, what: string): string {
  if (typeof value === "string" && /^[\w-]+$/.test(value)) return value;
  const text = typeof value === "string" ? value : "";
  // The id in a stream or image URL: https://stream.mux.com/<id>.m3u8, https://image.mux.com/<id>/...
  const inUrl = /^[a-z]+:\/\/[^/]+\/([\w-]+)/i.exec(text)?.[1];
  const why = inUrl
    ? `, not a URL: pass only the ID (${JSON.stringify(inUrl)})`
    : text.trim()
      ? `; ${JSON.stringify(text.slice(0, 60))} contains ${JSON.stringify(/[^\w-]/.exec(text)?.[0])}`
      : "";
  throw invalidArgument(argument, `${argument} must be a ${what}: letters and digits only${why}.`);
}
