/** The report's whole style sheet: system fonts, one readable column, quiet colours, print-friendly. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #18181b; --muted: #52525b; --faint: #a1a1aa; --line: #e4e4e7; --panel: #fafafa;
  --blue: #2563eb; --orange: #c2410c; --red: #b91c1c; --red-bg: #fee2e2; --amber: #92400e; --amber-bg: #fef3c7;
  --green: #166534; --green-bg: #dcfce7; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: var(--ink); line-height: 1.5;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif; }
main { max-width: 960px; margin: 0 auto; padding: 32px 24px 64px; }
h1 { font-size: 1.75rem; margin: 0 0 4px; }
h2 { font-size: 1.25rem; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 28px 0 8px; }
p { margin: 8px 0; }
code, .file { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.9em; }
.file { color: var(--muted); word-break: break-all; }
dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: 6px 16px; margin: 20px 0; }
dl.summary dt { color: var(--muted); }
dl.summary dd { margin: 0; }
.estimate { font-weight: 700; }
.note, .callout { background: var(--panel); border-left: 4px solid var(--blue); padding: 10px 14px; margin: 12px 0; }
.callout.risk { border-left-color: var(--orange); }
.callout.gate { border-left-color: var(--red); }
.callout.stretch { border-left-color: var(--amber); background: var(--amber-bg); }
.callout ul { margin: 4px 0 0; padding-left: 20px; }
.where { color: var(--muted); font-size: 0.8rem; font-weight: 400; white-space: nowrap; }
.none { color: var(--faint); font-style: italic; }
q { quotes: "\\201C" "\\201D"; }
.chart { text-align: center; margin: 8px 0 16px; }
.chart svg { max-width: 100%; height: auto; }
table { width: 100%; border-collapse: collapse; font-size: 0.92rem; }
th, td { text-align: left; vertical-align: top; padding: 8px 10px; border-bottom: 1px solid var(--line); }
thead th { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted); }
tbody th { font-weight: 600; }
td.score { white-space: nowrap; font-weight: 600; }
td.unobservable { color: var(--muted); font-weight: 400; font-style: italic; white-space: normal; }
.bar { display: inline-block; width: 48px; height: 6px; background: var(--line); border-radius: 3px; vertical-align: middle; margin-left: 6px; overflow: hidden; }
.bar span { display: block; height: 100%; background: var(--blue); }
ul.cites { list-style: none; margin: 0; padding: 0; }
ul.cites li + li { margin-top: 4px; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 0.75rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; }
.badge.low { background: var(--green-bg); color: var(--green); }
.badge.medium, .badge.warning { background: var(--amber-bg); color: var(--amber); }
.badge.high, .badge.error { background: var(--red-bg); color: var(--red); }
ul.findings, ul.resume-wide { margin: 6px 0 0; padding-left: 0; list-style: none; font-size: 0.9rem; }
ul.findings li, ul.resume-wide li { margin: 4px 0; }
code.rule { color: var(--muted); }
.resume-section { margin-top: 8px; }
.role { margin: 16px 0 6px; font-weight: 600; }
.claim { margin: 6px 0; padding: 8px 12px; border: 1px solid var(--line); border-radius: 6px; break-inside: avoid; }
.claim.warning { border-left: 4px solid #f59e0b; }
.claim.error { border-left: 4px solid #ef4444; }
.claim-text { margin: 0; }
.claim-text .where { margin-right: 6px; }
mark { padding: 0 2px; border-radius: 3px; color: inherit; }
mark.warning { background: var(--amber-bg); box-shadow: inset 0 -2px 0 #f59e0b; }
mark.error { background: var(--red-bg); box-shadow: inset 0 -2px 0 #ef4444; }
mark.whole { background: #fffbeb; box-shadow: none; border-bottom: 2px dotted #f59e0b; }
mark.whole.error { background: #fef2f2; border-bottom-color: #ef4444; }
.reading { margin-top: 4px; display: flex; flex-wrap: wrap; gap: 4px; }
.chip { display: inline-block; padding: 0 8px; border-radius: 999px; font-size: 0.75rem; border: 1px solid var(--line); background: var(--panel); color: var(--muted); }
.chip.altitude { border-color: #bfdbfe; background: #eff6ff; color: #1e40af; }
.chip.shape { border-color: #c7d2fe; background: #eef2ff; color: #3730a3; font-weight: 600; }
.chip.lens { border-color: #bbf7d0; background: #f0fdf4; color: var(--green); }
.chip.muted { color: var(--faint); }
footer { margin-top: 48px; color: var(--faint); font-size: 0.8rem; }
@media print {
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  tr, .claim, .callout { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
