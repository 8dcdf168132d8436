/** The briefing's stylesheet, inlined in its one HTML file: readable on screen, paginated in print. */
export const BRIEF_CSS = `
:root { color-scheme: light; }
body { font: 15px/1.5 Georgia, "Times New Roman", serif; color: #1b1b1b; max-width: 54rem; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .4rem; border-top: 2px solid #1b1b1b; padding-top: .6rem; }
h3 { font: 600 .8rem/1.3 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .06em; color: #555; margin: 1rem 0 .25rem; }
.period { color: #555; margin: 0 0 1rem; }
.hypothetical { border: 2px solid #b26a00; background: #fff4e0; padding: .6rem .8rem; font-weight: bold; }
.summary { border-collapse: collapse; margin: .5rem 0 1rem; }
.summary td { padding: .15rem .6rem .15rem 0; }
.arrow { font-family: system-ui, sans-serif; }
.arrow.deteriorated { color: #c62828; } .arrow.improved { color: #2e7d32; } .arrow.unchanged { color: #757575; }
.rationale { font-weight: bold; }
.facts p { margin: .2rem 0 .5rem; }
.fact-date { font-weight: bold; }
.tag { font: italic .85em system-ui, sans-serif; color: #b26a00; }
a.cite { font: .72em system-ui, sans-serif; vertical-align: super; text-decoration: none; color: #0b57d0; margin-left: .1em; }
figure { margin: 1rem 0; break-inside: avoid; }
figcaption { font: .8rem system-ui, sans-serif; color: #555; }
.figures { display: flex; flex-wrap: wrap; gap: 1rem; }
.figures svg { max-width: 100%; height: auto; }
table.ties { border-collapse: collapse; width: 100%; font-size: .9rem; break-inside: auto; }
table.ties th, table.ties td { border-bottom: 1px solid #ddd; padding: .3rem .4rem; text-align: left; vertical-align: top; }
table.ties td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.ties tr { break-inside: avoid; }
.ahead li { margin: .2rem 0; }
.footnote { font: .78rem/1.4 system-ui, sans-serif; color: #555; border-top: 1px solid #ddd; margin-top: 1rem; padding-top: .4rem; }
.empty { font-style: italic; color: #555; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  article.entry { break-before: page; }
  article.entry:first-of-type { break-before: auto; }
  h2, h3 { break-after: avoid; }
  a { color: inherit; }
  a.cite { color: #0b57d0; }
}
`;
