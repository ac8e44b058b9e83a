/**
 * `operationIndex`: every operation's method, path template and origin, keyed by `operationId`,
 * generated from the spec. A subpath of its own because only tools that route requests by
 * operation (such as `@mux/testing`) need it: the table stays out of what `@mux/core` loads.
 *
 * @module
 */
export { type OperationId, operationIndex } from "./generated/index.js";
