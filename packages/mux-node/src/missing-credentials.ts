import { MissingCredentialsError } from "@mux/errors";

const NONE =
  "No Mux API credentials were found. Pass them to the client, `new Mux({ tokenId, tokenSecret })` " +
  "(or `new Mux({ authorizationToken })`), or set the MUX_TOKEN_ID and MUX_TOKEN_SECRET " +
  "(or MUX_AUTHORIZATION_TOKEN) environment variables.";
const NO_SECRET =
  "A Mux token id was found but no token secret. Pass both, `new Mux({ tokenId, tokenSecret })`, or set " +
  "MUX_TOKEN_SECRET (or use `authorizationToken` / MUX_AUTHORIZATION_TOKEN instead).";
const NO_ID =
  "A Mux token secret was found but no token id. Pass both, `new Mux({ tokenId, tokenSecret })`, or set " +
  "MUX_TOKEN_ID (or use `authorizationToken` / MUX_AUTHORIZATION_TOKEN instead).";

/**
 * Rewords `@mux/core`'s MissingCredentialsError for umbrella users: they never called
 * createMuxClient(), so the advice names `new Mux({ ... })` instead. Which half is missing is
 * read from core's message; anything unrecognised gets the general sentence.
 */
export function forUmbrella(error: MissingCredentialsError): MissingCredentialsError {
  const message = error.message.startsWith("A Mux token id was found")
    ? NO_SECRET
    : error.message.startsWith("A Mux token secret was found")
      ? NO_ID
      : NONE;
  return new MissingCredentialsError(message);
}
