// Builds docs/home-adaptations-panel-programme-budget-2081-82-q2.html: item 6 for 5 November 2081, the
// Finance Business Partner's Jupyter notebook exported to HTML with nbconvert (JupyterLab template): markdown
// cells, code cells with "In [n]:" prompts and Pygments-highlighted code, a pandas Styler table (caption, a
// blank corner cell and the index name "Code" on a second header row, underspends in brackets), a plain
// DataFrame (unformatted integers, index name row), an openpyxl warning on stderr, and a table printed by the
// notebook's own helper with box-drawing characters: cells wrapped over two lines inside the box, rows between
// ├─┼─┤ rules and a total row under a double rule (╞═╪═╡).
// Rendering text/<same>.txt: in page order, the prompts and code lines, the markdown as paragraphs and list
// items, each HTML table as "cell | cell" rows (the Styler's index name on a line of its own), the boxed table
// read as a reader reads it: one line a row, a wrapped cell's pieces joined with a space.
//   node src/build-budget-notebook-html.mjs
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { OFFICERS as O, BUDGET, TOTAL, PILOTS, PILOT_GRANT, VIREMENT, PILOT_BASE_AVG, PILOT_Q2_AVG } from "./content.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BASE = "home-adaptations-panel-programme-budget-2081-82-q2";
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const money = (v) => (v < 0 ? `(£${(-v).toLocaleString("en-GB")})` : `£${v.toLocaleString("en-GB")}`);
let cellNo = 0;
const cid = () => `cell-id=${(0x3a9f10c2 + ++cellNo * 7919).toString(16)}-${(cellNo * 2654435761 % 0xffff).toString(16).padStart(4, "0")}`;

const html = [];
const text = [];

// --- a small Python highlighter with Pygments' class names
const KW = new Set(["import", "from", "as", "def", "return", "for", "in", "if", "else", "assert", "lambda", "with", "not", "and", "or", "None", "True", "False"]);
function highlight(code) {
  const re = /("""[\s\S]*?"""|f?"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|#[^\n]*|\b\d[\d_]*(?:\.\d+)?\b|[A-Za-z_][A-Za-z0-9_]*|[()\[\]{},:.]|[=+\-*/<>!%]+|\s+|.)/g;
  let out = "", prev = "";
  for (const [t] of code.matchAll(re)) {
    let cls = null;
    if (/^\s+$/.test(t)) { out += t; continue; }
    if (t.startsWith('"""')) cls = "sd";
    else if (/^f?["']/.test(t)) cls = t.startsWith("f") ? "sa" : "s2";
    else if (t.startsWith("#")) cls = "c1";
    else if (/^\d/.test(t)) cls = t.includes(".") ? "mf" : "mi";
    else if (KW.has(t)) cls = ["import", "from"].includes(t) ? "kn" : ["None", "True", "False"].includes(t) ? "kc" : ["not", "and", "or", "in"].includes(t) ? "ow" : "k";
    else if (/^[A-Za-z_]/.test(t)) cls = prev === "def" ? "nf" : prev === "import" || prev === "from" || prev === "as" ? "nn" : ["print", "len", "sum", "max", "min", "range", "zip", "str"].includes(t) ? "nb" : "n";
    else if (/^[()\[\]{},:.]$/.test(t)) cls = "p";
    else cls = "o";
    out += `<span class="${cls}">${esc(t)}</span>`;
    prev = t;
  }
  return out;
}

function markdownCell(blocks) {
  // blocks: [tag, text] with tag h1|h2|h3|p|li|quote
  html.push(`<div class="jp-Cell jp-MarkdownCell jp-Notebook-cell" id="${cid()}">
<div class="jp-Cell-inputWrapper" tabindex="0">
<div class="jp-Collapser jp-InputCollapser jp-Cell-inputCollapser">
</div>
<div class="jp-InputArea jp-Cell-inputArea"><div class="jp-InputPrompt jp-InputArea-prompt">
</div><div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput" data-mime-type="text/markdown">`);
  let inList = false;
  for (const [tag, t] of blocks) {
    const inline = (s) => esc(s).replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>").replace(/`(.+?)`/g, "<code>$1</code>");
    if (tag === "li" && !inList) { html.push("<ul>"); inList = true; }
    if (tag !== "li" && inList) { html.push("</ul>"); inList = false; }
    if (/^h\d$/.test(tag)) {
      const id = t.replace(/ /g, "-").replace(/[^\w\-:/().£,]/g, "");
      html.push(`<${tag} id="${esc(id)}">${inline(t)}<a class="anchor-link" href="#${esc(id)}">¶</a></${tag}>`);
    } else if (tag === "li") html.push(`<li>${inline(t)}</li>`);
    else if (tag === "quote") html.push(`<blockquote><p>${inline(t)}</p>\n</blockquote>`);
    else html.push(`<p>${inline(t)}</p>`);
    text.push(t.replace(/\*\*|`/g, ""));
  }
  if (inList) html.push("</ul>");
  html.push(`</div>
</div>
</div>
</div>`);
}

function codeCell(n, code, outputs = []) {
  html.push(`<div class="jp-Cell jp-CodeCell jp-Notebook-cell${outputs.length ? "" : " jp-mod-noOutputs"}" id="${cid()}">
<div class="jp-Cell-inputWrapper" tabindex="0">
<div class="jp-Collapser jp-InputCollapser jp-Cell-inputCollapser">
</div>
<div class="jp-InputArea jp-Cell-inputArea">
<div class="jp-InputPrompt jp-InputArea-prompt">In&nbsp;[${n ?? "&nbsp;"}]:</div>
<div class="jp-CodeMirrorEditor jp-Editor jp-InputArea-editor" data-type="inline">
<div class="cm-editor cm-s-jupyter">
<div class="highlight hl-ipython3"><pre><span></span>${highlight(code)}
</pre></div>
</div>
</div>
</div>
</div>`);
  text.push(`In [${n ?? " "}]:`);
  if (code) text.push(...code.split("\n"));
  if (outputs.length) {
    html.push(`<div class="jp-Cell-outputWrapper">
<div class="jp-Collapser jp-OutputCollapser jp-Cell-outputCollapser">
</div>
<div class="jp-OutputArea jp-Cell-outputArea">`);
    for (const o of outputs) {
      if (o.stderr) {
        html.push(`<div class="jp-OutputArea-child">
<div class="jp-OutputPrompt jp-OutputArea-prompt"></div>
<div class="jp-RenderedText jp-OutputArea-output" data-mime-type="application/vnd.jupyter.stderr" tabindex="0">
<pre>${esc(o.stderr)}
</pre>
</div>
</div>`);
        text.push(...o.stderr.split("\n"));
      } else if (o.stdout) {
        html.push(`<div class="jp-OutputArea-child">
<div class="jp-OutputPrompt jp-OutputArea-prompt"></div>
<div class="jp-RenderedText jp-OutputArea-output" data-mime-type="text/plain" tabindex="0">
<pre>${esc(o.stdout)}
</pre>
</div>
</div>`);
        text.push(...o.rendering);
      } else if (o.plain) {
        html.push(`<div class="jp-OutputArea-child jp-OutputArea-executeResult">
<div class="jp-OutputPrompt jp-OutputArea-prompt">Out[${n}]:</div>
<div class="jp-RenderedText jp-OutputArea-output jp-OutputArea-executeResult" data-mime-type="text/plain" tabindex="0">
<pre>${esc(o.plain)}</pre>
</div>
</div>`);
        text.push(`Out[${n}]:`, o.plain);
      } else if (o.html) {
        html.push(`<div class="jp-OutputArea-child jp-OutputArea-executeResult">
<div class="jp-OutputPrompt jp-OutputArea-prompt">Out[${n}]:</div>
<div class="jp-RenderedHTMLCommon jp-RenderedHTML jp-OutputArea-output jp-OutputArea-executeResult" data-mime-type="text/html" tabindex="0">
${o.html}
</div>
</div>`);
        text.push(`Out[${n}]:`, ...o.rendering);
      }
    }
    html.push(`</div>
</div>`);
  }
  html.push(`</div>`);
}

// --- a pandas Styler table (pandas 2.x markup)
function styler(id, caption, indexName, columns, rows) {
  const h = [`<style type="text/css">\n</style>\n<table id="T_${id}">`, `  <caption>${esc(caption)}</caption>`, "  <thead>", "    <tr>", `      <th class="blank level0" >&nbsp;</th>`];
  columns.forEach((c, i) => h.push(`      <th id="T_${id}_level0_col${i}" class="col_heading level0 col${i}" >${esc(c)}</th>`));
  h.push("    </tr>", "    <tr>", `      <th class="index_name level0" >${esc(indexName)}</th>`);
  columns.forEach((c, i) => h.push(`      <th class="blank col${i}" >&nbsp;</th>`));
  h.push("    </tr>", "  </thead>", "  <tbody>");
  rows.forEach(([idx, ...cells], r) => {
    h.push("    <tr>", `      <th id="T_${id}_level0_row${r}" class="row_heading level0 row${r}" >${esc(idx)}</th>`);
    cells.forEach((c, i) => h.push(`      <td id="T_${id}_row${r}_col${i}" class="data row${r} col${i}" >${esc(c)}</td>`));
    h.push("    </tr>");
  });
  h.push("  </tbody>", "</table>");
  return { html: h.join("\n"), rendering: [caption, columns.join(" | "), indexName, ...rows.map((r) => r.join(" | "))] };
}
// --- a plain DataFrame's to_html (as Jupyter shows it)
function dataframe(indexName, columns, rows) {
  const h = [`<div>
<style scoped>
    .dataframe tbody tr th:only-of-type {
        vertical-align: middle;
    }

    .dataframe tbody tr th {
        vertical-align: top;
    }

    .dataframe thead th {
        text-align: right;
    }
</style>
<table border="1" class="dataframe">`, "  <thead>", `    <tr style="text-align: right;">`, "      <th></th>"];
  for (const c of columns) h.push(`      <th>${esc(c)}</th>`);
  h.push("    </tr>", "    <tr>", `      <th>${esc(indexName)}</th>`);
  for (const _ of columns) h.push("      <th></th>");
  h.push("    </tr>", "  </thead>", "  <tbody>");
  for (const [idx, ...cells] of rows) {
    h.push("    <tr>", `      <th>${esc(idx)}</th>`);
    for (const c of cells) h.push(`      <td>${esc(c)}</td>`);
    h.push("    </tr>");
  }
  h.push("  </tbody>", "</table>", "</div>");
  return { html: h.join("\n"), rendering: [columns.join(" | "), indexName, ...rows.map((r) => r.join(" | "))] };
}
// --- the notebook's boxed() helper: textwrap.wrap per cell, box-drawing rules, double rule over the total
function wrap(s, w) {
  const words = String(s).split(" ").filter(Boolean);
  const lines = [];
  let cur = "";
  for (const word of words) {
    if (!cur) cur = word;
    else if ((cur + " " + word).length <= w) cur += " " + word;
    else { lines.push(cur); cur = word; }
  }
  if (cur) lines.push(cur);
  return lines.length ? lines : [""];
}
function boxed(rows, header, widths, total, right) {
  const rule = (l, m, r, f) => l + widths.map((w) => f.repeat(w + 2)).join(m) + r;
  const line = (cells) => {
    const wrapped = cells.map((c, i) => wrap(c, widths[i]));
    const n = Math.max(...wrapped.map((x) => x.length));
    const out = [];
    for (let k = 0; k < n; k++) out.push("│" + wrapped.map((x, i) => " " + (right.includes(i) ? (x[k] ?? "").padStart(widths[i]) : (x[k] ?? "").padEnd(widths[i])) + " ").join("│") + "│");
    return out;
  };
  const out = [rule("┌", "┬", "┐", "─"), ...line(header), rule("├", "┼", "┤", "─")];
  rows.forEach((r, i) => {
    out.push(...line(r));
    if (i < rows.length - 1) out.push(rule("├", "┼", "┤", "─"));
  });
  out.push(rule("╞", "╪", "╡", "═"), ...line(total), rule("└", "┴", "┘", "─"));
  const read = (cells) => cells.map((c, i) => wrap(c, widths[i]).join(" ").trim()).join(" | ");
  return { stdout: out.join("\n"), rendering: [read(header), ...rows.map(read), read(total)] };
}

// ---------------------------------------------------------------- the notebook
markdownCell([
  ["h1", "Home Adaptations Panel: programme budget 2081/82"],
  ["h2", "Monitoring at 30 September 2081 (quarter 2)"],
  ["p", "**Item 6, Home Adaptations Panel, Wednesday 5 November 2081.** For decision (the virement) and for noting."],
  ["p", `Prepared by ${O.vorster.name}, ${O.vorster.post} (${O.vorster.email}, ${O.vorster.phone}). Run on 21 October 2081 against the general ledger extract of 3 October 2081 and the Accelerator grant schedule.`],
  ["quote", "Underspends are shown in brackets. This notebook is re-run each quarter from the same code; only the data files change."],
]);
codeCell(1, `import pandas as pd
from pathlib import Path
from textwrap import wrap

DATA = Path("data/2081-82")
pd.options.display.float_format = "{:,.0f}".format`);
codeCell(2, `budget = pd.read_excel(DATA / "adaptations_programme_budget_2081_82.xlsx", sheet_name="Q2", index_col="Code")
budget.shape`, [
  { stderr: "/opt/conda/lib/python3.11/site-packages/openpyxl/worksheet/_reader.py:329: UserWarning: Data Validation extension is not supported and will be removed\n  warn(msg)" },
  { plain: `(${BUDGET.length}, 5)` },
]);
const t1 = styler("8c41e", "Table 1: programme budget 2081/82, position at 30 September 2081", "Code",
  ["Budget line", "Budget 2081/82", "Spent to 30 Sep", "Forecast outturn", "Variance"],
  [...BUDGET.map((b) => [b.code, b.line, money(b.budget), money(b.spent), money(b.forecast), money(b.variance)]), ["Total", "Total", money(TOTAL.budget), money(TOTAL.spent), money(TOTAL.forecast), money(TOTAL.variance)]]);
codeCell(3, `budget["Variance"] = budget["Forecast outturn"] - budget["Budget 2081/82"]
total = budget.select_dtypes("number").sum()
assert total["Budget 2081/82"] == 640_000, "budget lines do not add up to the agreed budget"

def money(v):
    """Pounds with thousands separators; underspends (negative) in brackets."""
    return f"(£{-v:,.0f})" if v < 0 else f"£{v:,.0f}"

table1 = pd.concat([budget, total.to_frame("Total").T.assign(**{"Budget line": "Total"})]).rename_axis("Code")
(table1.drop(columns="Theme")
       .style.format(money, subset=["Budget 2081/82", "Spent to 30 Sep", "Forecast outturn", "Variance"])
       .set_caption("Table 1: programme budget 2081/82, position at 30 September 2081"))`, [{ html: t1.html, rendering: t1.rendering }]);

markdownCell([
  ["h3", "Notes on the forecast"],
  ["li", `**BL01** Luton's first instalment (£18,750) was paid on 14 October 2081, after its first quarterly return came in late, so it is not in the spend to 30 September. Its second instalment is held until the data return is complete, and the forecast assumes it will not be paid in 2081/82.`],
  ["li", `**BL03** All 40 bursaries (£1,500 each) were awarded in September and 30 have been paid. Twelve more councils are on a waiting list; the forecast of £78,000 includes them, subject to the virement below.`],
  ["li", "**BL05** The dashboard was built mostly in-house, for less than planned."],
  ["li", "**BL06** Three of the four regional good practice events have moved online, so their costs are lower."],
  ["li", "**BL09** £5,000 of the contingency is committed to legal advice on the regional stairlift framework, which is now paused (item 5). Nothing else is committed."],
]);
const themes = [...new Set(BUDGET.map((b) => b.theme))].sort();
const t2 = dataframe("Theme", ["Budget 2081/82", "Spent to 30 Sep", "Forecast outturn", "Variance"],
  themes.map((t) => { const L = BUDGET.filter((b) => b.theme === t); const s = (k) => String(L.reduce((a, b) => a + b[k], 0)); return [t, s("budget"), s("spent"), s("forecast"), s("variance")]; }));
codeCell(4, `by_theme = budget.groupby("Theme")[["Budget 2081/82", "Spent to 30 Sep", "Forecast outturn", "Variance"]].sum()
by_theme`, [{ html: t2.html, rendering: t2.rendering }]);

markdownCell([
  ["h3", "Adaptations Accelerator pilot grants"],
  ["p", `Each of the eight pilot councils has a grant of £37,500, paid in two instalments of £18,750. The second instalment depends on the council's quarterly returns of the average time from referral to completion (in weeks).`],
]);
const box = boxed(
  PILOTS.map((p) => [p.council, money(PILOT_GRANT), money(p.paid), p.instalments, p.base.toFixed(1), p.q2.toFixed(1)]),
  ["Council", "Allocation", "Paid to 30 Sep", "Instalments", "Weeks: baseline", "Weeks: Q2"],
  [18, 10, 9, 34, 9, 7],
  ["Total / average", money(PILOT_GRANT * PILOTS.length), money(PILOTS.reduce((a, p) => a + p.paid, 0)), "", PILOT_BASE_AVG, PILOT_Q2_AVG],
  [1, 2, 4, 5],
);
codeCell(5, `def boxed(rows, header, widths, total=None, right=()):
    """Print a table with box-drawing rules; long cells wrap inside their column."""
    def rule(l, m, r, f="─"):
        return l + m.join(f * (w + 2) for w in widths) + r
    def lines(cells):
        cols = [wrap(str(c), w) or [""] for c, w in zip(cells, widths)]
        for k in range(max(len(c) for c in cols)):
            parts = [(c[k] if k < len(c) else "") for c in cols]
            print("│" + "│".join(f" {p:>{w}} " if i in right else f" {p:<{w}} "
                                  for i, (p, w) in enumerate(zip(parts, widths))) + "│")
    print(rule("┌", "┬", "┐")); lines(header); print(rule("├", "┼", "┤"))
    for i, r in enumerate(rows):
        lines(r)
        if i < len(rows) - 1: print(rule("├", "┼", "┤"))
    if total is not None:
        print(rule("╞", "╪", "╡", "═")); lines(total)
    print(rule("└", "┴", "┘"))

pilots = pd.read_excel(DATA / "accelerator_grants_2081_82.xlsx", sheet_name="Q2")
rows = [[p.Council, money(p.Allocation), money(p.Paid), p.Instalments, f"{p.Baseline:.1f}", f"{p.Q2:.1f}"]
        for p in pilots.itertuples()]
boxed(rows, ["Council", "Allocation", "Paid to 30 Sep", "Instalments", "Weeks: baseline", "Weeks: Q2"],
      widths=[18, 10, 9, 34, 9, 7], right=(1, 2, 4, 5),
      total=["Total / average", money(pilots.Allocation.sum()), money(pilots.Paid.sum()), "",
             f"{pilots.Baseline.mean():.1f}", f"{pilots.Q2.mean():.1f}"])`, [box]);

markdownCell([
  ["h3", "Proposed virement"],
  ["p", `The forecast overspend on BL03 (£18,000) is the cost of bursaries for the 12 councils on the waiting list, at £1,500 each. The Panel is asked to approve a virement of £18,000 from BL06 (regional good practice events), where the forecast underspend is £21,000, to BL03 (OT apprenticeship bursaries).`],
]);
const t3 = dataframe("Code", ["Budget 2081/82"], [["BL03", String(BUDGET[2].budget + VIREMENT.amount)], ["BL06", String(BUDGET[5].budget - VIREMENT.amount)]]);
codeCell(6, `after = budget[["Budget 2081/82"]].copy()
after.loc["${VIREMENT.to}"] += ${VIREMENT.amount.toLocaleString("en-GB").replace(",", "_")}
after.loc["${VIREMENT.from}"] -= ${VIREMENT.amount.toLocaleString("en-GB").replace(",", "_")}
assert after.sum().item() == 640_000
after.loc[["BL03", "BL06"]]`, [{ html: t3.html, rendering: t3.rendering }]);
markdownCell([
  ["h2", "Recommendations"],
  ["p", "That the Panel:"],
  ["li", `notes the forecast outturn of ${money(TOTAL.forecast)} against the budget of ${money(TOTAL.budget)}, a forecast underspend of £${(-TOTAL.variance).toLocaleString("en-GB")} at 30 September 2081; and`],
  ["li", `approves the virement of £18,000 from BL06 (regional good practice events) to BL03 (OT apprenticeship bursaries).`],
]);
codeCell(null, "");

// ---------------------------------------------------------------- page
const CSS = `/* JupyterLab light theme and notebook styles (abridged by nbconvert's lab template) */
:root {
  --jp-border-width: 1px;
  --jp-border-color1: var(--md-grey-400, #bdbdbd);
  --jp-cell-padding: 5px;
  --jp-cell-prompt-width: 64px;
  --jp-code-font-family: Menlo, Consolas, "DejaVu Sans Mono", monospace;
  --jp-content-font-family: system-ui, -apple-system, "Segoe UI", helvetica, arial, sans-serif;
  --jp-cell-inprompt-font-color: #307fc1;
  --jp-cell-outprompt-font-color: #bf5b3d;
  --jp-cell-editor-background: #f5f5f5;
}
body.jp-Notebook { margin: 0; padding: 24px; font-family: var(--jp-content-font-family); font-size: 14px; }
.jp-Cell { padding: var(--jp-cell-padding); margin: 0; border: none; }
.jp-InputArea, .jp-OutputArea-child { display: table; table-layout: fixed; width: 100%; }
.jp-InputPrompt, .jp-OutputPrompt { display: table-cell; vertical-align: top; width: var(--jp-cell-prompt-width); font-family: var(--jp-code-font-family); font-size: 13px; text-align: right; padding: 4px; opacity: 0.75; }
.jp-InputPrompt { color: var(--jp-cell-inprompt-font-color); }
.jp-OutputPrompt { color: var(--jp-cell-outprompt-font-color); }
.jp-InputArea-editor, .jp-OutputArea-output, .jp-RenderedMarkdown { display: table-cell; }
.jp-InputArea-editor { background: var(--jp-cell-editor-background); border: var(--jp-border-width) solid #e0e0e0; border-radius: 0; }
.highlight pre, .jp-RenderedText pre { margin: 0; padding: 4px 8px; font-family: var(--jp-code-font-family); font-size: 13px; line-height: 1.3; white-space: pre; }
.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"] { background: #ffdddd; }
.jp-RenderedHTMLCommon table { border-collapse: collapse; border: none; font-size: 12px; margin-left: 0; }
.jp-RenderedHTMLCommon th, .jp-RenderedHTMLCommon td { padding: 0.3em 0.6em; text-align: right; border: none; }
.jp-RenderedHTMLCommon thead { border-bottom: 1px solid #000; }
.jp-RenderedHTMLCommon tbody tr:nth-child(odd) { background: #f5f5f5; }
.jp-RenderedHTMLCommon caption { text-align: left; font-weight: bold; padding-bottom: 4px; }
.anchor-link { visibility: hidden; text-decoration: none; margin-left: 6px; }
h1:hover .anchor-link, h2:hover .anchor-link, h3:hover .anchor-link { visibility: visible; }
.highlight .k, .highlight .kn, .highlight .kc, .highlight .ow { color: #008000; font-weight: bold; }
.highlight .nn, .highlight .nf { color: #0000ff; }
.highlight .nb { color: #008000; }
.highlight .s2, .highlight .sa, .highlight .sd { color: #ba2121; }
.highlight .sd { font-style: italic; }
.highlight .mi, .highlight .mf { color: #666666; }
.highlight .o { color: #666666; }
.highlight .c1 { color: #3d7b7b; font-style: italic; }
@media print { body.jp-Notebook { padding: 0; } .jp-Cell-inputWrapper, .jp-Cell-outputWrapper { break-inside: avoid; } }`;
const page = `<!DOCTYPE html>

<html lang="en">
<head><meta charset="utf-8"/>
<meta content="width=device-width, initial-scale=1.0" name="viewport"/>
<title>adaptations_budget_monitoring_2081_82_q2</title><script src="https://cdnjs.cloudflare.com/ajax/libs/require.js/2.1.10/require.min.js"></script>
<style type="text/css">
${CSS}
</style>
<style type="text/css">
/* Force rendering true colors when outputing to pdf */
* {
  -webkit-print-color-adjust: exact;
}

/* Misc */
a.anchor-link {
  display: none;
}
</style>
<!-- Load mathjax -->
<script src="https://cdnjs.cloudflare.com/ajax/libs/mathjax/2.7.7/latest.js?config=TeX-AMS_CHTML-full,Safe"> </script>
<!-- MathJax configuration -->
<script type="text/x-mathjax-config">
    init_mathjax = function() {
        if (window.MathJax) {
        // MathJax loaded
            MathJax.Hub.Config({
                TeX: {
                    equationNumbers: {
                    autoNumber: "AMS",
                    useLabelIds: true
                    }
                },
                tex2jax: {
                    inlineMath: [ ['$','$'], ["\\\\(","\\\\)"] ],
                    displayMath: [ ['$$','$$'], ["\\\\[","\\\\]"] ],
                    processEscapes: true,
                    processEnvironments: true
                },
                displayAlign: 'center',
                messageStyle: 'none',
                CommonHTML: {
                    linebreaks: {
                    automatic: true
                    }
                }
            });

            MathJax.Hub.Queue(["Typeset", MathJax.Hub]);
        }
    }
    init_mathjax();
    </script>
<!-- End of mathjax configuration --></head>
<body class="jp-Notebook" data-jp-theme-light="true" data-jp-theme-name="JupyterLab Light">
<main>
${html.join("\n")}
</main>
</body>
</html>
`;
mkdirSync(join(root, "docs"), { recursive: true });
mkdirSync(join(root, "text"), { recursive: true });
writeFileSync(join(root, "docs", BASE + ".html"), page);
writeFileSync(join(root, "text", BASE + ".txt"), text.join("\n") + "\n");
console.log("wrote docs/" + BASE + ".html and text/" + BASE + ".txt");
console.log(box.stdout);
