import type { OperationId } from "./operation.js";
import type { Perform } from "./pipeline.js";

/** The logic of the operations a fake keeps state for, by operation id; the rest answer their default. */
export type OperationTable = { readonly [Id in OperationId]?: Perform };
