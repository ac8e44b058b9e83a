// require() of each package named on the command line, as a CommonJS user on Node 20.19+ would.
// Prints one JSON line and exits non-zero if any package cannot be required.
const names = process.argv.slice(2);
const failures = [];
for (const name of names) {
  try {
    const mod = require(name);
    if (Object.keys(mod).length === 0) throw new Error("no exports");
  } catch (error) {
    failures.push(`${name}: ${error?.message}`);
  }
}
console.log(JSON.stringify({ app: "require", ok: failures.length === 0, checks: names, error: failures.join("; ") || undefined }));
process.exitCode = failures.length ? 1 : 0;
