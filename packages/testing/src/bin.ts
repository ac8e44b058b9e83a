#!/usr/bin/env node
/// <reference types="node" />
import { runCli } from "./node/cli.js";

runCli(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`mux-mock-server: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
