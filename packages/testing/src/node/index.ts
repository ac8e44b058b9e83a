/// <reference types="node" />
export { startMockMuxServer } from "./mock-server.js";
export type { MockMuxServer, MockMuxServerOptions } from "./mock-server.js";
