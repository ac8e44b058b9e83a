/** Renders benchmark rows as one plain-text table (and as Markdown for the README). */

const COLUMNS = ["Benchmark", "Contender", "Metric", "Median", "Min", "Max", "Ratio", "Target", "Result", "Notes"];

function cells(row) {
  const f = row.format ?? ((n) => String(n));
  const num = (v) => (v === undefined || Number.isNaN(v) ? "-" : f(v));
  const same = row.min === undefined && row.max === undefined;
  return [
    row.bench,
    row.contender,
    row.metric,
    num(row.median),
    same ? "-" : num(row.min),
    same ? "-" : num(row.max),
    row.ratio === undefined || Number.isNaN(row.ratio) ? "-" : `${row.ratio.toFixed(2)}x ${row.ratioOf ?? ""}`.trim(),
    row.target ?? "",
    row.target ? (row.median === undefined ? "N/A" : row.pass ? "PASS" : "FAIL") : "",
    row.note ?? "",
  ];
}

export function renderText(rows) {
  const body = rows.map(cells);
  const widths = COLUMNS.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i >= 3 && i <= 5 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(" | ");
  const sep = widths.map((w) => "-".repeat(w)).join("-+-");
  const out = [line(COLUMNS), sep];
  let last;
  for (let i = 0; i < rows.length; i++) {
    if (last !== undefined && rows[i].bench !== last) out.push(sep);
    last = rows[i].bench;
    out.push(line(body[i]));
  }
  return out.join("\n");
}

export function renderMarkdown(rows) {
  const esc = (c) => c.replaceAll("|", "\\|");
  const out = [`| ${COLUMNS.join(" | ")} |`, `|${COLUMNS.map((_, i) => (i >= 3 && i <= 5 ? "---:" : "---")).join("|")}|`];
  for (const row of rows) out.push(`| ${cells(row).map(esc).join(" | ")} |`);
  return out.join("\n");
}
