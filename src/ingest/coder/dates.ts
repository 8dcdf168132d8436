/**
 * Date expressions in a sentence, resolved against the document's publication date (a partial
 * date): explicit ones ("on 19 September 2023", "March 3, 2025", "10.11.2020", "in July 2025",
 * "in 2020", "1988-1994") and relative ones ("last December", "on 5 March", "this year", "this
 * month", "the beginning of September this year", "two years ago", "yesterday"). Each comes with
 * the precision the text supports (never finer than the publication date allows for relative
 * ones) and its character span, so the coder can take the one nearest the event's verb.
 * Hand-written regular expressions: a few passes per sentence, run only when a digit or a date
 * word is present.
 */
import { dateProblem, daysInMonth } from '../../model/index.js';

export interface FoundDate {
  date: string;
  end_date: string | null;
  /** Character span in the sentence. */
  start: number;
  end: number;
  relative: boolean;
}

const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const MONTH_INDEX: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const QUICK =
  /\d|January|February|March|April|May|June|July|August|September|October|November|December|year|month|week|today|yesterday|day|ago|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/i;

const pad = (n: number): string => String(n).padStart(2, '0');
const monthOf = (name: string): number =>
  MONTH_INDEX[name.slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()] ?? 0;

interface Pub {
  y: number;
  m: number | null;
  d: number | null;
}

function parsePub(p: string): Pub {
  const [y, m, d] = p.split('-').map(Number);
  return { y: y as number, m: m ?? null, d: d ?? null };
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The year of a month named without one: the latest such month not after publication. */
function yearFor(month: number, pub: Pub, which: 'last' | 'this' | 'next' | 'plain'): number {
  if (which === 'this') return pub.y;
  if (which === 'next') return pub.m !== null && month <= pub.m ? pub.y + 1 : pub.y;
  if (pub.m === null) return which === 'last' ? pub.y - 1 : pub.y;
  if (which === 'last') return month < pub.m ? pub.y : pub.y - 1;
  return month <= pub.m ? pub.y : pub.y - 1;
}

function shiftMonth(y: number, m: number, by: number): [number, number] {
  const k = y * 12 + (m - 1) + by;
  return [Math.floor(k / 12), (k % 12) + 1];
}

type Rule = {
  re: RegExp;
  make: (m: RegExpExecArray, pub: Pub) => { date: string; end_date?: string | null } | null;
  relative?: boolean;
};

const RULES: Rule[] = [
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    make: (m) => (validDay(+m[1]!, +m[2]!, +m[3]!) ? { date: `${m[1]}-${m[2]}-${m[3]}` } : null),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'g'),
    make: (m) =>
      validDay(+m[3]!, monthOf(m[2]!), +m[1]!) ? { date: `${m[3]}-${pad(monthOf(m[2]!))}-${pad(+m[1]!)}` } : null,
  },
  {
    re: new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'g'),
    make: (m) =>
      validDay(+m[3]!, monthOf(m[1]!), +m[2]!) ? { date: `${m[3]}-${pad(monthOf(m[1]!))}-${pad(+m[2]!)}` } : null,
  },
  {
    re: /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/g,
    make: (m) => {
      let [d, mo] = [+m[1]!, +m[2]!];
      if (mo > 12 && d <= 12) [d, mo] = [mo, d];
      return validDay(+m[3]!, mo, d) ? { date: `${m[3]}-${pad(mo)}-${pad(d)}` } : null;
    },
  },
  {
    re: new RegExp(`\\b${MONTH}\\.?\\s+(?:of\\s+)?(\\d{4})\\b`, 'g'),
    make: (m) => ({ date: `${m[2]}-${pad(monthOf(m[1]!))}` }),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, 'g'),
    relative: true,
    make: (m, pub) => {
      const mo = monthOf(m[2]!);
      const y = yearFor(mo, pub, 'plain');
      return validDay(y, mo, +m[1]!) ? { date: `${y}-${pad(mo)}-${pad(+m[1]!)}` } : null;
    },
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\s*\\d)`, 'g'),
    relative: true,
    make: (m, pub) => {
      const mo = monthOf(m[1]!);
      const y = yearFor(mo, pub, 'plain');
      return validDay(y, mo, +m[2]!) ? { date: `${y}-${pad(mo)}-${pad(+m[2]!)}` } : null;
    },
  },
  {
    re: new RegExp(`\\b${MONTH}(?:\\s+(this|last|next)\\s+year)\\b`, 'g'),
    relative: true,
    make: (m, pub) => ({ date: `${pub.y + (m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0)}-${pad(monthOf(m[1]!))}` }),
  },
  {
    re: new RegExp(
      `\\b(last|this|next|in|since|by|until|till|from|during|early|late|mid|of|between|through|to|and)\\s+(?:early\\s+|late\\s+|mid-?)?${MONTH}\\b`,
      'gi',
    ),
    relative: true,
    make: (m, pub) => {
      if (!/^[A-Z]/.test(m[2]!)) return null;
      const mo = monthOf(m[2]!);
      const w = m[1]!.toLowerCase();
      const which = w === 'last' || w === 'this' || w === 'next' ? w : 'plain';
      return { date: `${yearFor(mo, pub, which)}-${pad(mo)}` };
    },
  },
  {
    re: /\b((?:19|20)\d{2})\s*(?:-|–|—|to|until)\s*((?:19|20)\d{2})\b/g,
    make: (m) => (+m[2]! > +m[1]! ? { date: m[1]!, end_date: m[2]! } : null),
  },
  {
    re: /(?<![\d/$€£.,])\b((?:19|20)\d{2})\b(?!\s*(?:%|per cent|percent|km|kilomet|people|troops|soldiers|tons|tonnes|[/.,]\d))/g,
    make: (m) => ({ date: m[1]! }),
  },
  {
    re: /\b(this|last|next|the previous|the following|the past)\s+(year|month|week)\b/gi,
    relative: true,
    make: (m, pub) => {
      const w = m[1]!.toLowerCase();
      const by = w === 'last' || w === 'the previous' || w === 'the past' ? -1 : w === 'this' ? 0 : 1;
      const unit = m[2]!.toLowerCase();
      if (unit === 'year') return { date: String(pub.y + by) };
      if (pub.m === null) return { date: String(pub.y) };
      if (unit === 'month') {
        const [y, mo] = shiftMonth(pub.y, pub.m, by);
        return { date: `${y}-${pad(mo)}` };
      }
      return { date: `${pub.y}-${pad(pub.m)}` };
    },
  },
  {
    re: /\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+ago\b/gi,
    relative: true,
    make: (m, pub) => {
      const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
      const n = /\d/.test(m[1]!) ? +m[1]! : words.indexOf(m[1]!.toLowerCase());
      return { date: String(pub.y - n) };
    },
  },
  {
    re: /\b(today|yesterday|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/gi,
    relative: true,
    make: (m, pub) => weekdayBefore(m[1]!, pub),
  },
  {
    // Wire copy's bare weekday ("Israel Friday reimposed ..."): capitalised, not a holiday's name.
    re: /(?<!\b(?:Good|Black|Holy|Easter|Ash|Bloody|Palm)\s)\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!\s+(?:Agreement|Accord|Prayers?|Mosque))/g,
    relative: true,
    make: (m, pub) => weekdayBefore(m[1]!, pub),
  },
];

/** "today", "yesterday", "on Friday", "Friday": the day meant, on or before the publication date. */
function weekdayBefore(word: string, pub: ReturnType<typeof parsePub>): { date: string } {
  if (pub.m === null) return { date: String(pub.y) };
  if (pub.d === null) return { date: `${pub.y}-${pad(pub.m)}` };
  const base = Date.UTC(pub.y, pub.m - 1, pub.d);
  const w = word.toLowerCase().replace(/^on /, '');
  let back = 0;
  if (w === 'yesterday') back = 1;
  else if (w !== 'today') {
    const target = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].indexOf(w);
    back = (new Date(base).getUTCDay() - target + 7) % 7;
  }
  return { date: new Date(base - back * 86_400_000).toISOString().slice(0, 10) };
}

/** Every date expression in `text`, earlier rules (more precise) taking a span first. */
export function findDates(text: string, published: string): FoundDate[] {
  if (!QUICK.test(text)) return [];
  const pub = parsePub(published);
  const taken: Array<[number, number]> = [];
  const out: FoundDate[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      const r = rule.make(m, pub);
      // Resolved against a publication date near year 0 or 9999, a relative date can leave 0000-9999 ("99 years ago" in 0050).
      if (!r || dateProblem(r.date) !== null || (r.end_date && dateProblem(r.end_date) !== null)) continue;
      taken.push([s, e]);
      out.push({ date: r.date, end_date: r.end_date ?? null, start: s, end: e, relative: rule.relative === true });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The date expression nearest to a character position (an event's verb). */
export function nearestDate(dates: readonly FoundDate[], at: number): FoundDate | undefined {
  let best: FoundDate | undefined;
  let dist = Infinity;
  for (const d of dates) {
    const x = at < d.start ? d.start - at : at >= d.end ? at - d.end + 1 : 0;
    if (x < dist) {
      dist = x;
      best = d;
    }
  }
  return best;
}
