/**
 * A briefing as one self-contained HTML file: inline stylesheet (style.ts) with print rules, inline
 * SVG figures (svg.ts), no script and no external request. Every fact carries its citation links,
 * `<a data-cite="SOURCE:START-END" href="…/#/sources?source=…&passage=…&end=…">`, pointing to the
 * passage in the web app's reader.
 */
import type { z } from 'zod';
import type { BriefEntry, Briefing } from '../../contracts/brief.js';
import { citeHref, citeKey, uniqueCitations, type CiteRef } from './cite.js';
import { esc } from './escape.js';
import { arrowFootnote } from './footnote.js';
import { longDate, signed } from './names.js';
import { periodWord } from './period.js';
import { BRIEF_CSS } from './style.js';
import { networkSvg, seriesSvg } from './svg.js';
import { ARROW_WORDS, hypotheticalNote } from './words.js';

type B = z.output<typeof Briefing>;
type Entry = z.output<typeof BriefEntry>;

function links(cs: readonly CiteRef[], base: string): string {
  return uniqueCitations(cs)
    .map(
      (c, i) =>
        `<a class="cite" data-cite="${esc(citeKey(c))}" href="${esc(citeHref(c, base))}" title="the passage in the source reader">[${i + 1}]</a>`,
    )
    .join('');
}

function arrow(e: Entry): string {
  const w = ARROW_WORDS[e.arrow];
  return `<span class="arrow ${e.arrow}" title="${w.label}">${w.symbol}</span>`;
}

function entryHtml(e: Entry, b: B, base: string): string {
  const word = periodWord(b);
  const out: string[] = [
    `<article class="entry" id="${esc(e.key)}">`,
    `<h2>${arrow(e)} ${esc(e.title)} <small class="arrow ${e.arrow}">${ARROW_WORDS[e.arrow].label}</small></h2>`,
    `<p class="rationale">${esc(e.rationale)}</p>`,
  ];
  if (e.empty) out.push(`<p class="empty">No dated facts for this entry in the period.</p>`);
  out.push('<div class="facts">');
  for (const t of e.themes) {
    out.push(`<h3>${esc(t.theme)}</h3>`);
    for (const f of t.facts)
      out.push(
        `<p class="fact"><span class="fact-date">${esc(f.label)}</span>${f.hypothetical ? ' <span class="tag">hypothetical</span>' : ''}${f.pending ? ' <span class="tag">awaiting review</span>' : ''} ${esc(f.text)}${links(f.citations, base)}</p>`,
      );
  }
  out.push('</div>');
  const figures: string[] = [];
  if (e.series && e.series.months.length)
    figures.push(
      `<figure>${seriesSvg(e.series, b.since)}<figcaption>${esc(e.series.aName)} and ${esc(e.series.bName)}, events by month over this ${word} and the previous one (shaded: this ${word}).</figcaption></figure>`,
    );
  figures.push(
    `<figure>${networkSvg(e.network)}<figcaption>The ties of ${esc(e.network.centerName)} that moved most between ${esc(longDate(b.previous.to))} and ${esc(longDate(b.at))}.</figcaption></figure>`,
  );
  out.push(`<div class="figures">${figures.join('')}</div>`);
  if (e.ties.length) {
    out.push('<h3>Ties that moved most</h3>');
    out.push(
      '<table class="ties"><thead><tr><th>Tie</th><th>Before</th><th>After</th><th>Change</th><th>Why</th></tr></thead><tbody>',
    );
    for (const t of e.ties) {
      const why = t.reasons.map((r) => `<div>${esc(r.text)}${links(r.citations, base)}</div>`).join('');
      out.push(
        `<tr><td>${esc(t.aName)} – ${esc(t.bName)}${t.signFlip ? ' <span class="tag">turned</span>' : ''}</td><td class="num">${signed(t.before)}</td><td class="num">${signed(t.after)}</td><td class="num">${signed(t.delta)}</td><td>${why}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
  }
  const a = e.ahead;
  if (a.claims.length || a.alerts.length || a.forecast) {
    out.push('<h3>Ahead</h3><ul class="ahead">');
    for (const c of a.claims)
      out.push(
        `<li>A source's claim the figures do not bear out: ${esc(c.statement)} <em>Orrery's figures: ${esc(c.key)}.</em>${links(c.citations, base)}</li>`,
      );
    for (const al of a.alerts)
      out.push(`<li>Alert fired ${esc(al.firedAt.slice(0, 10))}: ${esc(al.message)}${links(al.citations, base)}</li>`);
    if (a.forecast) {
      const m = a.forecast.months.map((x) => `${esc(x.month)}: ${Math.round(100 * x.pAny)}%`).join(', ');
      out.push(
        `<li>Conflict forecast for ${esc(a.forecast.name)}, the chance of any death in organised violence, month by month from ${esc(a.forecast.origin)}: ${m}.</li>`,
      );
    }
    out.push('</ul>');
  }
  out.push(`<p class="footnote">${esc(arrowFootnote(e, word))}</p>`);
  out.push('</article>');
  return out.join('\n');
}

export function renderHtml(b: B, base = ''): string {
  const word = periodWord(b);
  const title = `South Caucasus briefing, ${longDate(b.since)} to ${longDate(b.at)}`;
  const summary = b.entries
    .map(
      (e) =>
        `<tr><td>${arrow(e)}</td><td><a href="#${esc(e.key)}">${esc(e.title)}</a></td><td>${ARROW_WORDS[e.arrow].label}</td></tr>`,
    )
    .join('');
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${BRIEF_CSS}</style>`,
    '</head><body>',
    `<header><h1>${esc(title)}</h1>`,
    `<p class="period">Compared with the previous ${word}, ${esc(longDate(b.previous.from))} to ${esc(longDate(b.previous.to))}. Written by Orrery from its own figures; every fact links to the passages it rests on.</p>`,
    b.scenario ? `<p class="hypothetical">${esc(hypotheticalNote(b.scenario))}</p>` : '',
    `<table class="summary">${summary}</table></header>`,
    '<main>',
    ...b.entries.map((e) => entryHtml(e, b, base)),
    '</main></body></html>',
    '',
  ].join('\n');
}
