export type { APIPromise } from "./api-promise.js";
export { callApi, type SendInit, type SendResult } from "./call-api.js";
export type { RequestParts } from "./light-request.js";
export {
  type ClientOptions,
  createMuxClient,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_MAX_RETRY_DELAY,
  DEFAULT_TIMEOUT,
  type MuxClient,
} from "./client.js";
export type { components, OperationId, operations, paths } from "./generated/index.js";
export type { Logger, LogLevel } from "./logger.js";
export {
  argumentName,
  bodyOf,
  callOperation,
  type HttpMethod,
  type Operation,
  type OperationInput,
  onOrigin,
  pathOf,
  queryOf,
  readBody,
  readData,
  readNothing,
  readResponse,
  readText,
  type ResultReader,
} from "./operation.js";
export {
  DEFAULT_PAGE_LIMIT,
  listOperation,
  type Page,
  type PageParams,
  type PagePromise,
  type PageSend,
  type PageStyle,
  paginate,
} from "./pagination.js";
export { pathParam } from "./path-param.js";
export { poll, type PollOptions, type PollResult } from "./poll.js";
export type { RequestOptions } from "./request-options.js";
export { unwrapData } from "./unwrap.js";
export { wait } from "./wait.js";
