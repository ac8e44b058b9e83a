// What an app's manifest needs to install packed @mux/* tarballs with npm, pnpm or yarn. The
// published packages depend on each other by version range (`@mux/errors: ^0.1.0`), which the
// registry cannot answer yet, so every package manager must be told that each @mux/* name comes
// from its tarball: npm through `overrides`, pnpm through `overrides` in pnpm-workspace.yaml
// (pnpm 10+; `pnpm.overrides` in package.json before), yarn through `resolutions`.

/**
 * @typedef {object} PackedTarball
 * @property {string} name     e.g. "@mux/core"
 * @property {string} tarball  absolute path of the .tgz
 */

/**
 * @typedef {object} InstallPlan
 * @property {Record<string, string>} dependencies     the wanted runtime packages, each `file:<tarball>`
 * @property {Record<string, string>} devDependencies  the wanted test-only packages (`@mux/testing`) and their peers (msw)
 * @property {Record<string, string>} overrides        every packed package, each `file:<tarball>`
 * @property {boolean} needsMswBuildDecision           pnpm 10+ asks whether msw's postinstall may run
 */

/** Packages an app only needs in its tests, with the third-party peers it must add itself. */
const TEST_ONLY = /** @type {Record<string, Record<string, string>>} */ ({ "@mux/testing": { msw: "^2.11.0" } });

/**
 * @param {PackedTarball[]} packed   every packed package
 * @param {string[]} wanted          the packages the app uses directly (default: all)
 * @returns {InstallPlan}
 */
export function installPlan(packed, wanted = packed.map((p) => p.name)) {
  const byName = new Map(packed.map((p) => [p.name, `file:${p.tarball}`]));
  for (const name of wanted) {
    if (!byName.has(name)) throw new Error(`${name} is not one of the packed packages: ${[...byName.keys()].join(", ")}`);
  }
  /** @type {Record<string, string>} */
  const dependencies = {};
  /** @type {Record<string, string>} */
  const devDependencies = {};
  for (const name of wanted) {
    const spec = /** @type {string} */ (byName.get(name));
    const peers = TEST_ONLY[name];
    if (peers) Object.assign(devDependencies, { [name]: spec }, peers);
    else dependencies[name] = spec;
  }
  return {
    dependencies,
    devDependencies,
    overrides: Object.fromEntries([...byName].sort(([a], [b]) => a.localeCompare(b))),
    needsMswBuildDecision: "msw" in devDependencies,
  };
}

/** @param {unknown} value */
const json = (value) => JSON.stringify(value, null, 2);

/** @param {Record<string, string>} map @param {string} indent */
function yamlMap(map, indent) {
  return Object.entries(map)
    .map(([key, value]) => `${indent}${JSON.stringify(key)}: ${JSON.stringify(value)}`)
    .join("\n");
}

/**
 * The instructions for each package manager, as text to print.
 * @param {InstallPlan} plan
 * @returns {{ npm: string; pnpm: string; yarn: string }}
 */
export function renderInstructions(plan) {
  const deps = {
    ...(Object.keys(plan.dependencies).length > 0 ? { dependencies: plan.dependencies } : {}),
    ...(Object.keys(plan.devDependencies).length > 0 ? { devDependencies: plan.devDependencies } : {}),
  };
  const npm = [
    "npm: merge into your app's package.json, then run `npm install`",
    json({ ...deps, overrides: plan.overrides }),
  ].join("\n");
  const pnpm = [
    "pnpm 10 or newer: merge into package.json",
    json(deps),
    "and into pnpm-workspace.yaml beside it (create it if needed), then run `pnpm install`:",
    "overrides:",
    yamlMap(plan.overrides, "  "),
    ...(plan.needsMswBuildDecision ? ["allowBuilds:", "  msw: false  # its postinstall only copies the browser worker"] : []),
    "(pnpm 9 and older: put the same overrides in package.json under \"pnpm\": { \"overrides\": { ... } })",
  ].join("\n");
  const yarn = [
    "yarn: merge into package.json, then run `yarn install`",
    json({ ...deps, resolutions: plan.overrides }),
  ].join("\n");
  return { npm, pnpm, yarn };
}
