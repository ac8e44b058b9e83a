// What `mux.jwt` loads on its first call (see lazy-jwt.ts): only the `Jwt` class of @mux/jwt.
// Importing the package's whole namespace would keep all of it (its verifier and jose too) in a
// bundle made without code splitting.
export { Jwt } from "@mux/jwt";
