/**
 * The two small figures of a briefing entry as inline SVG, written by hand (no script, no external
 * resource, so the HTML stays one file and prints): the pair's monthly series (cooperative events
 * as bars above the axis, conflictual ones below, the briefing's period shaded) and the
 * network-change figure (the entry's actor in the middle, the ties that moved most around it, each
 * line green when it warmed and red when it cooled, as thick as its change, dashed when the tie is
 * hostile at the end of the period).
 */
import type { z } from 'zod';
import type { BriefEntry } from '../../contracts/brief.js';
import { esc } from './escape.js';
import { signed } from './names.js';

type Entry = z.output<typeof BriefEntry>;

const GREEN = '#2e7d32';
const RED = '#c62828';
const GREY = '#757575';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const f1 = (x: number): string => String(Math.round(x * 10) / 10);

/** The monthly series of a pair; `since` is the first day of the briefing's period (shaded from its month). */
export function seriesSvg(series: NonNullable<Entry['series']>, since: string): string {
  const W = 480;
  const H = 170;
  const top = 24;
  const bottom = 30;
  const left = 28;
  const right = 8;
  const months = series.months;
  const n = Math.max(months.length, 1);
  const max = Math.max(1, ...months.map((m) => Math.max(m.cooperation, m.conflict)));
  const mid = top + (H - top - bottom) / 2;
  const half = (H - top - bottom) / 2;
  const step = (W - left - right) / n;
  const bar = Math.max(4, step * 0.6);
  const title = `${series.aName} – ${series.bName}, events by month`;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart series" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(title)}">`,
    `<title>${esc(title)}: cooperative events above the line, conflictual ones below</title>`,
    `<text x="${left}" y="14" font-size="11" fill="#333">${esc(title)}</text>`,
    `<text x="${W - right}" y="14" font-size="10" text-anchor="end" fill="${GREEN}">▲ cooperation</text>`,
    `<text x="${W - right}" y="${H - 4}" font-size="10" text-anchor="end" fill="${RED}">▼ conflict</text>`,
  ];
  const first = months.findIndex((m) => m.month >= since.slice(0, 7));
  if (first >= 0)
    parts.push(
      `<rect x="${f1(left + first * step)}" y="${top}" width="${f1((n - first) * step)}" height="${H - top - bottom}" fill="#f3f0e6"/>`,
    );
  parts.push(
    `<line x1="${left}" y1="${f1(mid)}" x2="${W - right}" y2="${f1(mid)}" stroke="${GREY}" stroke-width="1"/>`,
  );
  parts.push(`<text x="${left - 4}" y="${f1(top + 8)}" font-size="9" text-anchor="end" fill="${GREY}">${max}</text>`);
  parts.push(
    `<text x="${left - 4}" y="${f1(H - bottom)}" font-size="9" text-anchor="end" fill="${GREY}">${max}</text>`,
  );
  months.forEach((m, i) => {
    const x = left + i * step + (step - bar) / 2;
    const up = (m.cooperation / max) * half;
    const down = (m.conflict / max) * half;
    if (up > 0)
      parts.push(
        `<rect x="${f1(x)}" y="${f1(mid - up)}" width="${f1(bar)}" height="${f1(up)}" fill="${GREEN}"><title>${esc(m.month)}: ${m.cooperation} cooperative</title></rect>`,
      );
    if (down > 0)
      parts.push(
        `<rect x="${f1(x)}" y="${f1(mid)}" width="${f1(bar)}" height="${f1(down)}" fill="${RED}"><title>${esc(m.month)}: ${m.conflict} conflictual</title></rect>`,
      );
    const [y, mm] = m.month.split('-');
    const label = mm ? `${MONTHS[Number(mm) - 1] ?? mm}${i === 0 || mm === '01' ? ` ${y}` : ''}` : m.month;
    parts.push(
      `<text x="${f1(left + i * step + step / 2)}" y="${H - bottom + 14}" font-size="9" text-anchor="middle" fill="#333">${esc(label)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

/** A label of more than 18 characters on two lines, cut at the space nearest its middle. */
function labelLines(label: string): string[] {
  if (label.length <= 18) return [label];
  const mid = label.length / 2;
  let cut = -1;
  for (let i = 0; i < label.length; i++)
    if (label[i] === ' ' && (cut < 0 || Math.abs(i - mid) < Math.abs(cut - mid))) cut = i;
  return cut < 0 ? [label] : [label.slice(0, cut), label.slice(cut + 1)];
}

/** The ties of the entry's actor that moved most, around it. */
export function networkSvg(net: Entry['network']): string {
  const W = 520;
  const H = 300;
  const cx = W / 2;
  const cy = H / 2 + 6;
  const R = 100;
  const ties = net.ties;
  const title = `How ${net.centerName}'s ties moved`;
  const max = Math.max(0.01, ...ties.map((t) => Math.abs(t.delta)));
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart network" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(title)}">`,
    `<title>${esc(title)}: green warmed, red cooled, dashed hostile at the end of the period</title>`,
    `<text x="8" y="14" font-size="11" fill="#333">${esc(title)} (green: warmed; red: cooled; dashed: hostile now)</text>`,
  ];
  const nodes: string[] = [];
  ties.forEach((t, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(ties.length, 1);
    const x = cx + R * Math.cos(angle);
    const y = cy + R * Math.sin(angle);
    const colour = t.delta > 0 ? GREEN : t.delta < 0 ? RED : GREY;
    const width = 1 + (5 * Math.abs(t.delta)) / max;
    const dash = t.after < 0 ? ' stroke-dasharray="6 4"' : '';
    parts.push(
      `<line x1="${cx}" y1="${cy}" x2="${f1(x)}" y2="${f1(y)}" stroke="${colour}" stroke-width="${f1(width)}"${dash}><title>${esc(t.name)}: ${signed(t.before)} to ${signed(t.after)}</title></line>`,
    );
    const anchor = Math.abs(Math.cos(angle)) < 0.3 ? 'middle' : Math.cos(angle) > 0 ? 'start' : 'end';
    const lx = x + (anchor === 'start' ? 8 : anchor === 'end' ? -8 : 0);
    const ly = y + (Math.sin(angle) > 0.3 ? 16 : Math.sin(angle) < -0.3 ? -8 : 4);
    nodes.push(`<circle cx="${f1(x)}" cy="${f1(y)}" r="5" fill="#fff" stroke="#333"/>`);
    const lines = labelLines(`${t.name} ${signed(t.delta)}`);
    const dy = Math.sin(angle) < -0.3 ? -(lines.length - 1) * 12 : 0;
    nodes.push(
      `<text x="${f1(lx)}" y="${f1(ly + dy)}" font-size="10" text-anchor="${anchor}" fill="#222">${lines
        .map((l, k) => `<tspan x="${f1(lx)}" dy="${k ? 12 : 0}">${esc(l)}</tspan>`)
        .join('')}</text>`,
    );
  });
  if (!ties.length)
    parts.push(`<text x="${cx}" y="${cy + 30}" font-size="11" text-anchor="middle" fill="${GREY}">no tie moved</text>`);
  parts.push(...nodes);
  parts.push(`<circle cx="${cx}" cy="${cy}" r="9" fill="#333"/>`);
  parts.push(
    `<text x="${cx}" y="${cy + 24}" font-size="11" font-weight="bold" text-anchor="middle" fill="#111">${esc(net.centerName)}</text>`,
  );
  parts.push('</svg>');
  return parts.join('');
}
