/**
 * Fuzz targets: every parser Orrery runs on outside input, each with a fast-check generator of
 * inputs (structured ones that get past the first checks, mixed with raw noise) and a check of one
 * input. A check passes when the parser returns a well-formed result or throws one of the typed
 * errors of src/model/errors.ts; anything else (a TypeError, a RangeError, a result that breaks its
 * own contract) fails. `runTarget` runs a target for a number of inputs, times each input against a
 * generous bound, and watches the heap. Used by test/fuzz/*.test.ts (a short budget) and by
 * scripts/fuzz.mjs (`npm run fuzz`, 1,000,000 inputs).
 */
import fc from 'fast-check';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { datasetActors } from '../../src/dataset/actors.js';
import { codeText } from '../../src/ingest/coder/index.js';
import { findDates, nearestDate } from '../../src/ingest/coder/dates.js';
import { splitSentences } from '../../src/ingest/coder/sentences.js';
import { ActorMatcher } from '../../src/ingest/exchange/actor-match.js';
import { codingTables, type CodingTables } from '../../src/ingest/exchange/coding-tables.js';
import { GDELT_COLUMNS, GDELT_INDEX as G } from '../../src/ingest/exchange/gdelt.js';
import { GdeltParser } from '../../src/ingest/exchange/gdelt-parser.js';
import { IcewsParser } from '../../src/ingest/exchange/icews.js';
import type { Line } from '../../src/ingest/exchange/lines.js';
import { PolecatParser } from '../../src/ingest/exchange/polecat.js';
import type { RowContext, RowParser, RowResult } from '../../src/ingest/exchange/row.js';
import { readDocument } from '../../src/ingest/formats/index.js';
import { metadataDate } from '../../src/ingest/formats/dates.js';
import { readHtml } from '../../src/ingest/formats/html.js';
import { readMarkdown } from '../../src/ingest/formats/markdown.js';
import {
  Event as EventSchema,
  OrreryError,
  PartialDate,
  coversDate,
  dateProblem,
  datesOverlap,
  dayNumber,
  firstDay,
  lastDay,
  precisionOf,
  type Actor,
} from '../../src/model/index.js';
import { emptyRows, pushRow, rowEvent } from '../../src/ingest/exchange/wire/row-batch.js';

/** A property that does not hold for one input. */
export class FuzzFailure extends Error {}

function ensure(ok: unknown, message: string): asserts ok {
  if (!ok) throw new FuzzFailure(message);
}

export interface Target<T> {
  name: string;
  /** Share of the long run's inputs, in thousandths (the slow targets get fewer: the run takes ~20 min on 2 cores). */
  weight: number;
  /** Longest one input may take, in ms: generous, a hang or an exponential blow-up fails it, a busy machine does not. */
  limitMs: number;
  arb: fc.Arbitrary<T>;
  /** Runs one input; resolves when the result is well-formed (or a typed error was thrown). */
  check(input: T): void | Promise<void>;
  /** Inputs run before the heap is measured: what loads modules or builds tables once. */
  warmup?: T[];
}

/** Runs `f`; a typed Orrery error (with a message) is an accepted outcome, any other throw is a crash. */
async function typed<R>(f: () => R | Promise<R>): Promise<R | undefined> {
  try {
    return await f();
  } catch (error) {
    if (error instanceof OrreryError) {
      ensure(error.message.length > 0, `${error.name} with an empty message`);
      return undefined;
    }
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Shared pieces of input

const DATA = fileURLToPath(new URL('../../data/caucasus', import.meta.url));
let actorsCache: Actor[] | undefined;
export const actors = (): Actor[] => (actorsCache ??= datasetActors(DATA));
let tablesCache: CodingTables | undefined;
const tables = (): CodingTables => (tablesCache ??= codingTables());

/** A fresh row context; the long run renews it now and then, as the importer does per file. */
function rowContext(): RowContext {
  return { tables: tables(), actors: new ActorMatcher(actors(), tables().countries), sourceId: 'fuzz-source' };
}

/** Characters that trouble parsers: separators, quotes, markup, controls, surrogates, BOM, RTL, combining marks. */
const NASTY = [
  '\t',
  '\n',
  '\r',
  '\r\n',
  '"',
  "'",
  ',',
  ';',
  '|',
  '<',
  '>',
  '&',
  '\\',
  '\u0000',
  '\u001b',
  '\uFEFF',
  '\u202E',
  '\u0301',
  '\uD800',
  '\uDFFF',
  '😀',
  ' ',
  '\u00a0',
  '…',
  '—',
  '”',
  '¹',
  '[3]',
  '.',
  '!',
  '?',
  ':',
];
const nasty = fc.constantFrom(...NASTY);
/** Short text: printable, any Unicode, or the troublesome characters above, mixed. */
export const noise = (maxLength = 40): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        fc.string({ maxLength: 8 }),
        fc.string({ unit: 'grapheme', maxLength: 4 }),
        fc.string({ unit: 'binary', maxLength: 4 }),
        nasty,
      ),
      { maxLength: Math.ceil(maxLength / 4) },
    )
    .map((a) => a.join('').slice(0, maxLength));

const digits = (min: number, max: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
/** A date-like string: valid partial dates, near misses (month 13, day 31 of a short month, 2-digit years), and noise. */
export const dateLike = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 1, max: 3 }),
    )
    .map(([y, m, d, parts]) =>
      [String(y).padStart(4, '0'), String(m).padStart(2, '0'), String(d).padStart(2, '0')].slice(0, parts).join('-'),
    ),
  fc
    .date({ min: new Date('1800-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  digits(1, 10),
  noise(16),
);
/** A valid partial date (any year 0000-9999, any precision). */
export const validDate = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
    fc.integer({ min: 1, max: 3 }),
  )
  .map(([y, m, d, parts]) => {
    const max = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const dd = Math.min(d, max);
    return [String(y).padStart(4, '0'), String(m).padStart(2, '0'), String(dd).padStart(2, '0')]
      .slice(0, parts)
      .join('-');
  });
/** A publication date as documents carry them: valid, of any precision, mostly in modern times. */
const published = fc.oneof(
  { weight: 3, arbitrary: validDate.filter((d) => d >= '1900' && d < '2101') },
  { weight: 1, arbitrary: validDate },
);

const line = (text: string, number = 1, start = 0, invalid = false): Line =>
  invalid ? { number, text, start, invalid } : { number, text, start };

// ---------------------------------------------------------------------------------------------
// Row parsers

const CAMEO_ACTORS = [
  'ARM',
  'AZE',
  'GEO',
  'RUS',
  'TUR',
  'IRN',
  'USA',
  'EUR',
  'IGOEUREEC',
  'ARMGOV',
  'AZEMIL',
  'GEOOPP',
  'NGO',
  'XYZ',
  'RUSGOVMIL',
  '',
];
const EVENT_CODES = [
  '010',
  '012',
  '020',
  '0211',
  '036',
  '042',
  '043',
  '051',
  '057',
  '061',
  '112',
  '120',
  '138',
  '141',
  '163',
  '172',
  '180',
  '190',
  '193',
  '195',
  '202',
  '99',
  '9999',
  '1',
];
const FIPS = ['AM', 'AJ', 'GG', 'RS', 'TU', 'IR', 'US', 'ZZ', ''];
const coord = fc.oneof(
  fc.double({ min: -200, max: 200, noNaN: true }).map(String),
  fc.constantFrom('', 'NA', 'NaN', 'Infinity', '-0', '1e308', '90', '-180.0'),
  noise(6),
);

/** One GDELT row: 61 columns with plausible values where the parser reads, noise elsewhere; sometimes a wrong column count. */
const gdeltRow = fc
  .record({
    cells: fc.array(
      fc.oneof(
        noise(10).map((s) => s.replace(/[\t\n]/g, ' ')),
        fc.constant(''),
      ),
      { minLength: 61, maxLength: 61 },
    ),
    id: fc.oneof(digits(1, 12), noise(6)),
    day: dateLike.map((d) => d.replace(/-/g, '')),
    actor1: fc.constantFrom(...CAMEO_ACTORS),
    actor2: fc.constantFrom(...CAMEO_ACTORS),
    name1: fc.oneof(fc.constantFrom('ARMENIA', 'AZERBAIJAN', 'ILHAM ALIYEV', 'GEORGIA', ''), noise(12)),
    code: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...EVENT_CODES) }, { weight: 1, arbitrary: noise(5) }),
    fips: fc.constantFrom(...FIPS),
    lat: coord,
    lon: coord,
    shape: fc.constantFrom('61', '61', '61', '61', 'header', 'short', 'long', 'noise'),
    raw: noise(200),
  })
  .map((r) => {
    if (r.shape === 'noise') return r.raw;
    if (r.shape === 'header') return GDELT_COLUMNS.join('\t');
    const f = r.cells.map((c) => c.replace(/[\t\n]/g, ' '));
    f[G.GLOBALEVENTID] = r.id.replace(/[\t\n]/g, '');
    f[G.SQLDATE] = r.day.replace(/[\t\n]/g, '');
    f[G.Actor1Code] = r.actor1;
    f[G.Actor1Name] = r.name1.replace(/[\t\n]/g, ' ');
    f[G.Actor1CountryCode] = r.actor1.slice(0, 3);
    f[G.Actor2Code] = r.actor2;
    f[G.EventCode] = r.code.replace(/[\t\n]/g, '');
    f[G.ActionGeo_CountryCode] = r.fips;
    f[G.ActionGeo_Lat] = r.lat.replace(/[\t\n]/g, '');
    f[G.ActionGeo_Long] = r.lon.replace(/[\t\n]/g, '');
    if (r.shape === 'short') f.length = 57;
    if (r.shape === 'long') f.push('extra');
    return f.join('\t');
  });

const ICEWS_HEADER = [
  'Event ID',
  'Event Date',
  'Source Name',
  'Source Sectors',
  'Source Country',
  'Event Text',
  'CAMEO Code',
  'Intensity',
  'Target Name',
  'Target Sectors',
  'Target Country',
  'Story ID',
  'Sentence Number',
  'Publisher',
  'City',
  'District',
  'Province',
  'Country',
  'Latitude',
  'Longitude',
];
const ICEWS_NAMES = [
  'Armenia',
  'Azerbaijan',
  'Georgia',
  'Russia',
  'Turkey',
  'Iran',
  'Ilham Aliyev',
  'Nikol Pashinyan',
  'Police (Georgia)',
  'Military (Azerbaijan)',
  'Citizen (Armenia)',
  'Unspecified Actor',
  'NA',
  '',
  '(()',
  'Foo (Bar (Baz))',
];
const icewsValue = (column: string): fc.Arbitrary<string> => {
  switch (column) {
    case 'Event ID':
      return fc.oneof(digits(1, 9), noise(8));
    case 'Event Date':
      return dateLike;
    case 'CAMEO Code':
      return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...EVENT_CODES) }, { weight: 1, arbitrary: noise(5) });
    case 'Source Name':
    case 'Target Name':
    case 'Source Country':
    case 'Target Country':
    case 'Country':
      return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ICEWS_NAMES) }, { weight: 1, arbitrary: noise(20) });
    case 'Latitude':
    case 'Longitude':
      return coord;
    default:
      return noise(20);
  }
};
/** An ICEWS file: a header (sometimes with columns missing, reordered or a BOM), then rows. */
const icewsFile = fc
  .record({
    header: fc.shuffledSubarray(ICEWS_HEADER, { minLength: 5 }),
    bom: fc.boolean(),
    rows: fc.array(fc.tuple(fc.constantFrom('full', 'full', 'full', 'short', 'noise'), noise(120)), {
      minLength: 1,
      maxLength: 6,
    }),
    seed: fc.array(fc.integer(), { minLength: 1, maxLength: 1 }),
  })
  .chain(({ header, bom, rows }) =>
    fc
      .tuple(
        ...rows.map(([shape, raw]) =>
          shape === 'noise'
            ? fc.constant(raw)
            : fc
                .tuple(...header.map((h) => icewsValue(h).map((v) => v.replace(/[\t\n]/g, ' '))))
                .map((vals) => (shape === 'short' ? vals.slice(0, -2) : vals).join('\t')),
        ),
      )
      .map((lines) => [`${bom ? '\uFEFF' : ''}${header.join('\t')}`, ...lines]),
  );

const POLECAT_KEYS = [
  'id',
  'Event ID',
  'date',
  'Event Date',
  'event_type',
  'Event Type',
  'mode',
  'Event Mode',
  'context',
  'Contexts',
  'actor',
  'actor_name',
  'Actor Country',
  'recipient',
  'recipient_name',
  'recipient_country',
  'location',
  'placename',
  'country',
  'latitude',
  'longitude',
  'end_date',
  'status',
  'modality',
  'summary',
  '__proto__',
  'constructor',
];
const POLECAT_TYPES = [
  'AGREE',
  'ACCUSE',
  'CONSULT',
  'REQUEST',
  'DEMAND',
  'DISAPPROVE',
  'INVESTIGATE',
  'ASSAULT',
  'SANCTION',
  'PROTEST',
  'aid',
  'cooperate',
  'retreat',
  'NOPE',
  '',
];
const polecatValue = (key: string): fc.Arbitrary<unknown> => {
  const k = key.toLowerCase();
  const any = fc.jsonValue({ maxDepth: 2 });
  if (k.includes('date')) return fc.oneof(dateLike, any);
  if (k.includes('type')) return fc.oneof(fc.constantFrom(...POLECAT_TYPES), any);
  if (k === 'actor' || k === 'recipient')
    return fc.oneof(
      fc.constantFrom('ARM', 'AZE', 'GEO', 'RUS', 'nobody'),
      fc.array(fc.constantFrom('ARM', 'AZE', 'GEO', 'x', ''), { maxLength: 3 }),
      any,
    );
  if (k.includes('country') || k.includes('name'))
    return fc.oneof(fc.constantFrom(...ICEWS_NAMES, 'ARM;AZE', 'RUS|TUR'), any);
  if (k === 'location')
    return fc.oneof(
      fc.record(
        {
          name: fc.oneof(noise(20), any),
          actor: fc.oneof(fc.constantFrom('ARM', 'GEO'), any),
          lat: fc.oneof(coord, any),
          lon: fc.oneof(coord, any),
        },
        { requiredKeys: [] },
      ),
      any,
    );
  if (k === 'latitude' || k === 'longitude') return fc.oneof(coord, fc.double(), any);
  if (k === 'context' || k === 'contexts')
    return fc.oneof(
      fc.array(fc.constantFrom('military', 'economic', 'territory', 'Human Rights', 'bogus'), { maxLength: 3 }),
      any,
    );
  return fc.oneof(noise(30), any);
};
/** A POLECAT line: an object with known keys (ids always present often), or any JSON, or a broken line. */
const polecatLine = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.uniqueArray(fc.constantFrom(...POLECAT_KEYS), { maxLength: 12 }).chain((keys) =>
      fc
        .tuple(
          ...['id', 'date', 'event_type', 'actor', ...keys].map((k) => polecatValue(k).map((v) => [k, v] as const)),
        )
        .map((pairs) => {
          const o: Record<string, unknown> = {};
          for (const [k, v] of pairs)
            Object.defineProperty(o, k, { value: v, enumerable: true, configurable: true, writable: true });
          return JSON.stringify(o);
        }),
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null') },
  { weight: 1, arbitrary: noise(120) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', '   ', '{', '{"id":', '[]', 'null', '"x"', '{"id":"1","date":"2024-02-30"}'),
  },
);

/** The contract of a row result: one kind, and a row or event that is a valid Event citing its own line. */
function checkRowResult(r: RowResult, l: Line): void {
  const kinds = ['row', 'event', 'skip', 'problem', 'header'].filter((k) => k in r);
  ensure(kinds.length === 1, `a result of ${kinds.length} kinds: ${JSON.stringify(r)}`);
  if ('problem' in r) ensure(typeof r.problem === 'string' && r.problem.length > 0, 'an empty problem');
  if ('skip' in r) ensure(typeof r.skip === 'string' && r.skip.length > 0, 'an empty skip reason');
  let event;
  if ('row' in r) {
    const rows = emptyRows('gdelt', 'fuzz-source');
    pushRow(rows, r.row);
    event = rowEvent(rows, 0);
    ensure(
      r.row.start >= l.start && r.row.end === l.start + l.text.length,
      `row span [${r.row.start}, ${r.row.end}) is not its line`,
    );
  } else if ('event' in r) event = r.event;
  if (event) {
    const v = EventSchema.safeParse(event);
    ensure(
      v.success,
      `the event read is not a valid Event: ${v.success ? '' : v.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')} — ${JSON.stringify(event)}`,
    );
  }
}

/** Lines through one parser (a parser keeps caches and, for ICEWS, the header between lines). */
function parseLines(parser: RowParser, texts: readonly string[], invalidAt = -1): void {
  let start = 0;
  texts.forEach((text, i) => {
    const l = line(text, i + 1, start, i === invalidAt);
    checkRowResult(parser.parse(l), l);
    start += text.length + 1;
  });
}

/** A parser kept across inputs, renewed every `every` inputs: its caches and counts are exercised, and stay bounded. */
function renewing<P>(make: (ctx: RowContext) => P, every = 5000): () => P {
  let parser: P | undefined;
  let uses = 0;
  return () => {
    if (!parser || ++uses % every === 0) parser = make(rowContext());
    return parser;
  };
}

const gdeltParser = renewing((ctx) => new GdeltParser(ctx));
const polecatParser = renewing((ctx) => new PolecatParser(ctx));

// ---------------------------------------------------------------------------------------------
// Documents

const TAGS = [
  'p',
  'div',
  'span',
  'a',
  'b',
  'i',
  'h1',
  'h2',
  'li',
  'ul',
  'table',
  'tr',
  'td',
  'script',
  'style',
  'article',
  'main',
  'nav',
  'br',
  'img',
  'svg',
  'template',
  'title',
  'head',
  'body',
  'html',
  'meta',
  'time',
  'pre',
  'blockquote',
  '!--',
  'x-y',
];
const ATTRS = [
  '',
  ' class="article"',
  ' property="article:published_time" content="2024-03-12T10:00:00Z"',
  ' datetime="2023-09-19"',
  ' name="author" content="A. B."',
  ' href="javascript:alert(1)"',
  ' onload="x()"',
  ' property="og:title" content="Title &amp; more"',
  ' rel="canonical" href="http://x"',
  ' content="D:20240101"',
  ' datetime="not a date"',
];
const TEXTS = [
  'Armenia accused Azerbaijan of shelling on 12 March 2024.',
  'The talks in Moscow ended.',
  '&amp;',
  '&lt;script&gt;',
  '&#0;',
  '&#x1F600;',
  '&nbsp;',
  '&bogus;',
  '<![CDATA[x]]>',
  '<!DOCTYPE html>',
  ']]>',
  '-->',
];
type Html = string;
const htmlFragment: fc.Arbitrary<Html> = fc.letrec<{ node: Html }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.constantFrom(...TEXTS), noise(40)),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
      .map(([tag, attr, kids, close]) => `<${tag}${attr}>${kids.join('')}${close ? `</${tag}>` : ''}`),
  ),
})).node;
/** An HTML page: a document shape around fragments, or a bare fragment, or noise. */
const htmlPage = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.array(htmlFragment, { maxLength: 3 }), fc.array(htmlFragment, { maxLength: 6 }))
      .map(([head, body]) => `<!doctype html><html><head>${head.join('')}</head><body>${body.join('')}</body></html>`),
  },
  { weight: 2, arbitrary: htmlFragment },
  { weight: 1, arbitrary: noise(300) },
);

const MD_PIECES = [
  '# ',
  '## ',
  '\n',
  '\n\n',
  '* ',
  '- ',
  '1. ',
  '> ',
  '```',
  '```js\n',
  '    ',
  '| a | b |\n|---|---|\n| 1 | 2 |\n',
  '[link](http://x)',
  '![img](y.png)',
  '**',
  '_',
  '`',
  '[^1]',
  '[^1]: the footnote',
  '<div>',
  '</div>',
  '<script>x</script>',
  '---',
  '...',
  '\\',
  '<',
  '&amp;',
  'Armenia accused Azerbaijan.',
  'On 5 March the talks began.',
];
const FRONT = [
  '',
  '---\ntitle: A title\ndate: 2024-03-12\n---\n',
  '---\ntitle: [unclosed\n---\n',
  '---\ndate: 99999-99-99\n---\n',
  '---\n- a list\n---\n',
  '---\n*alias\n---\n',
  '---\npublished: 2024\nauthor: 7\n...\n',
  '---\n',
];
const markdownDoc = fc
  .tuple(
    fc.constantFrom(...FRONT),
    fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...MD_PIECES) }, { weight: 2, arbitrary: noise(20) }), {
      maxLength: 40,
    }),
  )
  .map(([front, parts]) => front + parts.join(''));

const FILENAMES = ['doc.txt', 'doc.md', 'doc.html', 'doc', 'doc.HTM', 'doc.markdown', 'doc.pdf'];
/** Bytes of an upload: text in some format, encoded or mangled, or raw bytes. */
const uploadBytes = fc.oneof(
  fc.oneof(htmlPage, markdownDoc, noise(200)).map((s) => new Uint8Array(Buffer.from(s, 'utf8'))),
  fc.uint8Array({ maxLength: 600 }),
  fc.tuple(fc.oneof(htmlPage, markdownDoc), fc.nat(), fc.integer({ min: 0, max: 255 })).map(([s, at, b]) => {
    const bytes = new Uint8Array(Buffer.from(s, 'utf8'));
    if (bytes.length) bytes[at % bytes.length] = b;
    return bytes;
  }),
  fc.constantFrom(
    new Uint8Array([0xef, 0xbb, 0xbf]),
    new Uint8Array([0xff, 0xfe, 0x41, 0x00]),
    new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]),
    new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    new Uint8Array([0x20, 0x0a]),
  ),
);

function checkMeta(r: { text: string; warnings: string[]; title?: string; published?: string }): void {
  ensure(typeof r.text === 'string', 'no text');
  ensure(Array.isArray(r.warnings) && r.warnings.every((w) => typeof w === 'string'), 'warnings are not strings');
  ensure(
    r.published === undefined || dateProblem(r.published) === null,
    `published "${r.published}" is not a valid partial date`,
  );
  ensure(r.title === undefined || typeof r.title === 'string', 'a title that is not a string');
}

// ---------------------------------------------------------------------------------------------
// Prose for the sentence splitter and the coder

const NAMES = [
  'Armenia',
  'Azerbaijan',
  'Georgia',
  'Russia',
  'Turkey',
  'Iran',
  'the EU',
  'the United States',
  'Baku',
  'Yerevan',
  'Tbilisi',
  'Moscow',
  'Ankara',
  'Aliyev',
  'Pashinyan',
  'President Ilham Aliyev',
  'Prime Minister Nikol Pashinyan',
  'Armenian',
  'Azerbaijani',
  'Georgian',
  'the Kremlin',
  'Nagorno-Karabakh',
  'Karabakh',
  'NATO',
  'the OSCE Minsk Group',
  'Gazprom',
  'Mr. Smith',
  'Dr. J. Doe',
  'U.S.',
];
const VERBS = [
  'accused',
  'met',
  'met with',
  'visited',
  'signed',
  'signed an agreement with',
  'attacked',
  'shelled',
  'condemned',
  'agreed',
  'threatened',
  'warned',
  'said',
  'urged',
  'called on',
  'rejected',
  'denied',
  'will meet',
  'did not attack',
  'could sanction',
  'is expected to visit',
  'was attacked by',
  'opened',
  'closed',
  'recognised',
  'criticized',
  'welcomed',
  'protested',
  'imposed sanctions on',
  'sent troops to',
  'agreement',
  'talks',
  'ceasefire',
];
const WORDS = [
  'the',
  'a',
  'of',
  'and',
  'on',
  'in',
  'to',
  'with',
  'by',
  'that',
  'not',
  'if',
  'which',
  'would',
  'officials',
  'government',
  'troops',
  'border',
  'corridor',
  'peace',
  'treaty',
  'Monday',
  'yesterday',
  'today',
  'last year',
  'this month',
  'two years ago',
  'in 2020',
  '1988-1994',
  'on 19 September 2023',
  'March 3, 2025',
  '10.11.2020',
  'in July 2025',
  'last December',
  'on 5 March',
  '31 February 2023',
  '99 years ago',
  'next year',
  'early May',
  'September this year',
  '%',
  '5,000',
  'km',
  '$2.5 billion',
];
const PUNCT = [
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  '…',
  '"',
  '“',
  '”',
  "'",
  '(',
  ')',
  '[',
  ']',
  '—',
  '-',
  '\n',
  '\n\n',
  '¹',
  '[2]',
  ' ',
  '  ',
  '\t',
  'e.g.',
  'i.e.',
  'etc.',
  'No.',
  'St.',
  'Page 3',
  '\u00a0',
  '\u200b',
  '\uFEFF',
];
const token = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...VERBS) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: noise(12) },
);
/** Prose-like text: tokens joined by spaces, with the punctuation and layout documents have (up to ~2,000 characters). */
export const prose = fc.oneof(
  { weight: 5, arbitrary: fc.array(token, { maxLength: 120 }).map((t) => t.join(' ')) },
  { weight: 1, arbitrary: fc.array(token, { maxLength: 120 }).map((t) => t.join('')) },
  { weight: 1, arbitrary: noise(400) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('Armenia accused Azerbaijan. ', 'Page 1\n', 'HEADER\n', '¹ A footnote.\n', 'x'.repeat(50)),
        fc.integer({ min: 1, max: 40 }),
      )
      .map(([s, n]) => s.repeat(n)),
  },
);

function checkSentences(text: string): void {
  const sentences = splitSentences(text);
  let prev = 0;
  for (const s of sentences) {
    ensure(
      s.start >= prev && s.end > s.start && s.end <= text.length,
      `sentence [${s.start}, ${s.end}) out of order or out of the text (length ${text.length})`,
    );
    ensure(s.text === text.slice(s.start, s.end), `sentence [${s.start}, ${s.end}) does not hold the text it spans`);
    for (const [a, b] of s.holes ?? [])
      ensure(a >= s.start && b <= s.end && a < b, `hole [${a}, ${b}) outside sentence [${s.start}, ${s.end})`);
    prev = s.end;
  }
}

// ---------------------------------------------------------------------------------------------
// The targets

export const TARGETS: Array<Target<unknown>> = [
  {
    name: 'gdelt',
    weight: 170,
    limitMs: 2000,
    arb: fc.tuple(gdeltRow, fc.boolean(), fc.nat(3)),
    check: ([text, invalid, at]: [string, boolean, number]) =>
      parseLines(gdeltParser(), [text], invalid && at === 0 ? 0 : -1),
  } satisfies Target<[string, boolean, number]>,
  {
    name: 'icews',
    weight: 130,
    limitMs: 2000,
    arb: icewsFile,
    // A new parser per file: the header is the file's first line.
    check: (lines: string[]) => parseLines(new IcewsParser(rowContextFor()), lines),
  } satisfies Target<string[]>,
  {
    name: 'polecat',
    weight: 150,
    limitMs: 2000,
    arb: polecatLine,
    check: (text: string) => parseLines(polecatParser(), [text]),
  } satisfies Target<string>,
  {
    name: 'html',
    weight: 15,
    limitMs: 10_000,
    arb: htmlPage,
    check: async (html: string) => {
      const r = await typed(() => readHtml('fuzz.html', html));
      if (r) checkMeta(r);
    },
  } satisfies Target<string>,
  {
    name: 'markdown',
    weight: 40,
    limitMs: 10_000,
    arb: markdownDoc,
    check: async (md: string) => {
      const r = await typed(() => readMarkdown('fuzz.md', md));
      if (r) checkMeta(r);
    },
  } satisfies Target<string>,
  {
    name: 'document-bytes',
    weight: 15,
    limitMs: 10_000,
    arb: fc.tuple(uploadBytes, fc.constantFrom(...FILENAMES)),
    // pdf.js is loaded on the first PDF: not growth, and not the time of one input.
    warmup: [[new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF\n')), 'warm.pdf']],
    check: async ([bytes, filename]: [Uint8Array, string]) => {
      const r = await typed(() => readDocument({ bytes, filename }));
      if (r) {
        checkMeta(r);
        ensure(r.text.trim().length > 0, 'a document read with no text');
      }
    },
  } satisfies Target<[Uint8Array, string]>,
  {
    name: 'partial-dates',
    weight: 150,
    limitMs: 1000,
    arb: fc.tuple(dateLike, validDate, validDate, fc.anything({ maxDepth: 1 })),
    check: async ([s, a, b, anything]: [string, string, string, unknown]) => {
      const problem = dateProblem(s);
      ensure(problem === null || problem.includes(s.slice(0, 20)), 'a date problem that does not name the value');
      const parsed = PartialDate.safeParse(anything);
      ensure(!parsed.success || dateProblem(parsed.data) === null, 'PartialDate accepted an invalid date');
      for (const d of [a, b]) {
        ensure(dateProblem(d) === null, `a valid date refused: ${d}`);
        ensure(precisionOf(d) === (['year', 'month', 'day'] as const)[(d.length - 4) / 3], `precision of ${d}`);
        ensure(
          firstDay(d) <= lastDay(d) && dateProblem(lastDay(d)) === null && dateProblem(firstDay(d)) === null,
          `first/last day of ${d}`,
        );
        ensure(Number.isFinite(dayNumber(d)), `day number of ${d}`);
        ensure(coversDate(d, d, d), `${d} does not cover itself`);
      }
      ensure(datesOverlap(a, b) === datesOverlap(b, a), `overlap of ${a} and ${b} is not symmetric`);
      const meta = await typed(() => metadataDate(s));
      ensure(meta === undefined || dateProblem(meta) === null, `metadataDate("${s}") gave an invalid date "${meta}"`);
      ensure(
        metadataDate(anything) === undefined || dateProblem(metadataDate(anything)!) === null,
        'metadataDate of a value gave an invalid date',
      );
    },
  } satisfies Target<[string, string, string, unknown]>,
  {
    name: 'coder-dates',
    weight: 125,
    limitMs: 2000,
    arb: fc.tuple(prose, published),
    check: ([text, pub]: [string, string]) => {
      const found = findDates(text, pub);
      for (const d of found) {
        ensure(
          d.start >= 0 && d.end <= text.length && d.start < d.end,
          `date span [${d.start}, ${d.end}) outside the text`,
        );
        ensure(
          dateProblem(d.date) === null,
          `"${text.slice(d.start, d.end)}" (published ${pub}) resolved to an invalid date "${d.date}"`,
        );
        ensure(
          d.end_date === null || (dateProblem(d.end_date) === null && d.end_date >= d.date),
          `invalid end date ${d.end_date} after ${d.date}`,
        );
      }
      const near = nearestDate(found, Math.floor(text.length / 2));
      ensure(
        found.length === 0 ? near === undefined : near !== undefined && found.includes(near),
        'nearestDate gave a date not found',
      );
    },
  } satisfies Target<[string, string]>,
  {
    name: 'sentences',
    weight: 125,
    limitMs: 2000,
    arb: prose,
    check: checkSentences,
  } satisfies Target<string>,
  {
    name: 'coder',
    weight: 80,
    limitMs: 5000,
    // The source id is a record id the caller made (kebab-case); the text and the date are the outside input.
    arb: fc.tuple(prose, published, fc.constantFrom('fuzz-doc', 'src-2024-03-12-x', 'a')),
    check: async ([text, pub, sourceId]: [string, string, string]) => {
      const r = await typed(() => codeText(text, { actors: actors(), published: pub, sourceId }));
      if (!r) return;
      ensure(Number.isInteger(r.sentences) && r.sentences >= 0, 'a sentence count that is not a count');
      for (const c of r.events) {
        ensure(
          c.sentence === text.slice(c.sentence_start, c.sentence_end),
          "a candidate's sentence is not the text it spans",
        );
        const v = EventSchema.safeParse(c.event);
        ensure(
          v.success,
          `a coded event is not a valid Event: ${v.success ? '' : v.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')} — in ${JSON.stringify(c.sentence)} (published ${pub}): ${JSON.stringify(c.event)}`,
        );
        for (const cit of c.event.citations)
          ensure(
            cit.start >= 0 && cit.end <= text.length && cit.start < cit.end,
            `citation [${cit.start}, ${cit.end}) outside the text`,
          );
      }
      for (const n of r.candidates) ensure(n.name.length > 0 && n.count > 0, 'an empty name candidate');
    },
  } satisfies Target<[string, string, string]>,
];

/** ICEWS needs a fresh header per file but the matcher may be shared; one context per 5,000 files. */
let icewsCtx: RowContext | undefined;
let icewsUses = 0;
function rowContextFor(): RowContext {
  if (!icewsCtx || ++icewsUses % 5000 === 0) icewsCtx = rowContext();
  return icewsCtx;
}

export function target(name: string): Target<unknown> {
  const t = TARGETS.find((x) => x.name === name);
  if (!t) throw new Error(`no fuzz target "${name}"`);
  return t;
}

// ---------------------------------------------------------------------------------------------
// Running

let gcFn: (() => void) | undefined;
/** A full garbage collection (V8's gc, exposed at run time), so heap figures are live data. */
export function collect(): void {
  if (!gcFn) {
    setFlagsFromString('--expose-gc');
    gcFn = runInNewContext('gc') as () => void;
  }
  gcFn();
}

export interface RunReport {
  name: string;
  /** Inputs run (shrinking runs excluded). */
  runs: number;
  failed: boolean;
  /** The failure, with fast-check's seed, path and shrunk counterexample. */
  failure?: string;
  slowestMs: number;
  /** Live heap after the run minus before, MB (after a full collection). */
  heapGrowthMb: number;
  seconds: number;
}

/**
 * Runs `runs` inputs of a target in chunks (a full collection between chunks); fails at the first
 * input that crashes, breaks a check, or takes longer than the target's bound, or when the live
 * heap grows more than `heapLimitMb` over the run.
 */
export async function runTarget(
  t: Target<unknown>,
  runs: number,
  opts: { seed?: number; chunk?: number; heapLimitMb?: number; onChunk?: (done: number) => void } = {},
): Promise<RunReport> {
  const chunk = opts.chunk ?? 10_000;
  const heapLimit = opts.heapLimitMb ?? 256;
  let slowest = 0;
  const t0 = performance.now();
  // Warm up first (dictionaries, gazetteer, coding tables are built once and are not growth).
  for (const input of t.warmup ?? []) {
    try {
      await typed(() => t.check(input));
    } catch (error) {
      return {
        name: t.name,
        runs: 0,
        failed: true,
        failure: `a warm-up input failed: ${error instanceof Error ? error.message : String(error)}`,
        slowestMs: 0,
        heapGrowthMb: 0,
        seconds: 0,
      };
    }
  }
  // A few generated inputs too (their failures, if any, the run finds and shrinks).
  for (const input of fc.sample(t.arb, { numRuns: 3, seed: 1 }))
    await typed(() => t.check(input)).catch(() => undefined);
  collect();
  const base = process.memoryUsage().heapUsed;
  let done = 0;
  let failure: string | undefined;
  let peak = 0;
  const baseSeed = opts.seed ?? Date.now() % 2 ** 31;
  for (let c = 0; done < runs && !failure; c++) {
    const n = Math.min(chunk, runs - done);
    const property = fc.asyncProperty(t.arb, async (input) => {
      const s = performance.now();
      await typed(() => t.check(input));
      const ms = performance.now() - s;
      if (ms > slowest) slowest = ms;
      if (ms > t.limitMs) throw new FuzzFailure(`one input took ${Math.round(ms)} ms (bound ${t.limitMs} ms)`);
    });
    const details = await fc.check(property, { numRuns: n, seed: baseSeed + c, endOnFailure: false });
    done += details.numRuns;
    if (details.failed) {
      const e = details.errorInstance;
      failure = `${fc.defaultReportMessage(details) ?? ''}\nError: ${e instanceof Error ? (e instanceof FuzzFailure ? e.message : e.stack) : String(e)}`;
    }
    collect();
    peak = Math.max(peak, process.memoryUsage().heapUsed - base);
    if (!failure && peak > heapLimit * 2 ** 20)
      failure = `the live heap grew by ${(peak / 2 ** 20).toFixed(0)} MB over ${done} inputs (bound ${heapLimit} MB)`;
    opts.onChunk?.(done);
  }
  return {
    name: t.name,
    runs: done,
    failed: failure !== undefined,
    failure,
    slowestMs: +slowest.toFixed(1),
    heapGrowthMb: +(peak / 2 ** 20).toFixed(1),
    seconds: +((performance.now() - t0) / 1000).toFixed(1),
  };
}
