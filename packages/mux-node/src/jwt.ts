// The one module `mux.jwt` loads on first use (see lazy-jwt.ts): only `Jwt`, so a bundler keeps
// `@mux/jwt`'s signing code and leaves out verification and jose.
export { Jwt } from "@mux/jwt";
