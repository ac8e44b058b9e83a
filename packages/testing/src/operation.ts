import type { operations } from "@mux/core";
import { operationIndex } from "@mux/core/operations";
import type { DefaultBodyType } from "msw";

/** The id of an operation in the Mux description, such as `"create-signing-key"`. */
export type OperationId = keyof typeof operationIndex;

/**
 * The responses the description documents for operation `Id`, keyed by status code (or `"5XX"`),
 * as in the generated `operations` type of `@mux/core`.
 */
export type MuxResponses<Id extends OperationId> = operations[Id]["responses"];

/**
 * The JSON body of one response object from {@link MuxResponses}, or `null` when the response has
 * no body (204).
 */
export type MuxJsonBody<R> = R extends { content: { "application/json": infer B } } ? B : null;

/** Status codes an operation documents; a `5XX` range stands for the usual server errors. */
export type MuxStatus<Id extends OperationId> =
  | Extract<keyof MuxResponses<Id>, number>
  | ("5XX" extends keyof MuxResponses<Id> ? 500 | 502 | 503 | 504 : never);

/** The body the description promises for operation `Id` answering with `Status`. */
export type MuxResponseBodyFor<Id extends OperationId, Status extends MuxStatus<Id>> =
  Status extends keyof MuxResponses<Id>
    ? MuxJsonBody<MuxResponses<Id>[Status]>
    : "5XX" extends keyof MuxResponses<Id>
      ? MuxJsonBody<MuxResponses<Id>["5XX"]>
      : never;

/** Any body operation `Id` may answer with (success or error), as typed by the generated `paths`. */
export type MuxResponseBody<Id extends OperationId> = Extract<
  { [S in MuxStatus<Id>]: MuxResponseBodyFor<Id, S> }[MuxStatus<Id>],
  DefaultBodyType
>;

/** Every operation id, in the description's order. */
export const operationIds = Object.keys(operationIndex) as OperationId[];
