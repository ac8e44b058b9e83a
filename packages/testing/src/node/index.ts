/// <reference types="node" />
export { startMockMuxServer } from "./mock-server.js";
export type { MockMuxServer, MockMuxServerOptions } from "./mock-server.js";
export { useMuxMock } from "./use-mux-mock.js";
export type { MuxMockHooks, MuxMockSetup, UseMuxMockOptions } from "./use-mux-mock.js";
