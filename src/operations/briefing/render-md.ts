/**
 * A briefing as Markdown: the same entries as the HTML, each fact followed by numbered links to the
 * passages it rests on (the web app's reader), the ties as a table, the arrow's inputs as a
 * footnote. The charts are in the HTML and PDF only.
 */
import type { z } from 'zod';
import type { Briefing } from '../../contracts/brief.js';
import { citeHref, uniqueCitations, type CiteRef } from './cite.js';
import { arrowFootnote } from './footnote.js';
import { longDate, signed } from './names.js';
import { periodWord } from './period.js';
import { ARROW_WORDS, hypotheticalNote } from './words.js';

type B = z.output<typeof Briefing>;

const md = (s: string): string => s.replace(/([\\`*_[\]|<>])/g, '\\$1');

function links(cs: readonly CiteRef[], base: string): string {
  return uniqueCitations(cs)
    .map((c, i) => `[${i + 1}](${citeHref(c, base)})`)
    .join(' ');
}

export function renderMarkdown(b: B, base = ''): string {
  const word = periodWord(b);
  const out: string[] = [
    `# South Caucasus briefing, ${longDate(b.since)} to ${longDate(b.at)}`,
    '',
    `Compared with the previous ${word}, ${longDate(b.previous.from)} to ${longDate(b.previous.to)}. Every fact links to the passages it rests on.`,
    '',
  ];
  if (b.scenario) out.push(`> **${md(hypotheticalNote(b.scenario))}**`, '');
  out.push('| | Entry | Period |', '|---|---|---|');
  for (const e of b.entries)
    out.push(`| ${ARROW_WORDS[e.arrow].symbol} | ${md(e.title)} | ${ARROW_WORDS[e.arrow].label} |`);
  out.push('');
  for (const e of b.entries) {
    out.push(`## ${ARROW_WORDS[e.arrow].symbol} ${md(e.title)}: ${ARROW_WORDS[e.arrow].label.toLowerCase()}`, '');
    out.push(`**${md(e.rationale)}**`, '');
    if (e.empty) out.push('*No dated facts for this entry in the period.*', '');
    for (const t of e.themes) {
      out.push(`### ${t.theme}`, '');
      for (const f of t.facts)
        out.push(
          `- **${md(f.label)}**${f.hypothetical ? ' *(hypothetical)*' : ''}${f.pending ? ' *(awaiting review)*' : ''}: ${md(f.text)} ${links(f.citations, base)}`,
        );
      out.push('');
    }
    if (e.ties.length) {
      out.push('### Ties that moved most', '', '| Tie | Before | After | Change | Why |', '|---|---:|---:|---:|---|');
      for (const t of e.ties) {
        const why = t.reasons.map((r) => `${md(r.text)} ${links(r.citations, base)}`).join('<br>');
        out.push(
          `| ${md(t.aName)} – ${md(t.bName)} | ${signed(t.before)} | ${signed(t.after)} | ${signed(t.delta)} | ${why} |`,
        );
      }
      out.push('');
    }
    const a = e.ahead;
    if (a.claims.length || a.alerts.length || a.forecast) {
      out.push('### Ahead', '');
      for (const c of a.claims)
        out.push(
          `- A source's claim the figures do not bear out: ${md(c.statement)} Orrery's figures: ${md(c.key)}. ${links(c.citations, base)}`,
        );
      for (const al of a.alerts)
        out.push(`- Alert fired ${md(al.firedAt.slice(0, 10))}: ${md(al.message)} ${links(al.citations, base)}`);
      if (a.forecast) {
        const m = a.forecast.months.map((x) => `${x.month}: ${Math.round(100 * x.pAny)}%`).join(', ');
        out.push(
          `- Conflict forecast for ${md(a.forecast.name)} (chance of any death in organised violence, from ${a.forecast.origin}): ${m}.`,
        );
      }
      out.push('');
    }
    out.push(`<sub>${md(arrowFootnote(e, word))}</sub>`, '');
  }
  return out.join('\n');
}
