import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

it("can be loaded with require() on Node 20.19+", () => {
  const script = `
    const mux = require("@mux/mux-node");
    const { Mux, NotFoundError } = mux;
    const client = new Mux({ tokenId: "a", tokenSecret: "b" });
    console.log(JSON.stringify({
      default: mux.default === Mux,
      named: typeof Mux,
      statics: Mux.NotFoundError === NotFoundError,
      system: typeof client.system.signingKeys.create,
    }));
  `;
  const output = execFileSync(process.execPath, ["--no-warnings", "-e", script], { cwd: packageDir, encoding: "utf8" });
  expect(JSON.parse(output)).toEqual({ default: true, named: "function", statics: true, system: "function" });
});

it("can be imported as ESM, default and named", () => {
  const script = `
    import Mux, { Mux as Named, NotFoundError } from "@mux/mux-node";
    console.log(JSON.stringify({ same: Mux === Named, statics: Mux.NotFoundError === NotFoundError }));
  `;
  const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: packageDir, encoding: "utf8" });
  expect(JSON.parse(output)).toEqual({ same: true, statics: true });
});
