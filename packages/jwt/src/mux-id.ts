import { invalidArgument } from "./errors.js";

/** Playback, asset and live stream ids are letters and digits; `-` and `_` are tolerated. */
const ID = /^[A-Za-z0-9_-]+$/;
const EXAMPLE = "qxb01i6T202018GFS02vp9RIe01icTcDCjVzQpmaB00CUisJ4";
const MAX_SHOWN = 60;

function shown(text: string): string {
  return JSON.stringify(text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);
}

/** How a rejected character is named in a message. */
function describeCharacter(char: string): string {
  if (char === " ") return "a space";
  if (/\s/.test(char)) return "whitespace";
  return JSON.stringify(char);
}

/** The id inside a Mux stream or image URL (`https://stream.mux.com/<id>.m3u8`), if `text` is one. */
function idFromUrl(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  const first = url.pathname.split("/").find((segment) => segment !== "");
  const candidate = first?.replace(/\.[A-Za-z0-9]+$/, "");
  return candidate !== undefined && ID.test(candidate) ? candidate : undefined;
}

/**
 * Checks an id that is signed into a token's `sub`. Anything but letters, digits, `-` and `_`
 * (a slash, a space, a whole URL) would give a token the player rejects for no visible reason,
 * so it is refused here with a message that says what the id should look like.
 * `what` names the kind of id in messages ("Mux playback ID").
 */
export function checkMuxId(value: unknown, argument: string, what: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw invalidArgument(argument, `${argument} must be a non-empty string: a ${what} such as "${EXAMPLE}".`);
  }
  if (value.trim() !== value) {
    throw invalidArgument(argument, `${argument} must not start or end with whitespace; pass the ${what} alone.`);
  }
  if (ID.test(value)) return value;
  const looksLikeUrl = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(value);
  if (looksLikeUrl) {
    const id = idFromUrl(value);
    throw invalidArgument(
      argument,
      `${argument} must be a ${what}, not a URL${id === undefined ? "" : `: pass only the id (${JSON.stringify(id)} in ${shown(value)})`}. ` +
        `A ${what} is letters and digits, such as "${EXAMPLE}".`,
    );
  }
  const bad = [...value].find((char) => !/[A-Za-z0-9_-]/.test(char))!;
  throw invalidArgument(
    argument,
    `${argument} must be a ${what}: letters and digits (also "-" and "_"), such as "${EXAMPLE}"; ` +
      `${shown(value)} contains ${describeCharacter(bad)}.`,
  );
}
