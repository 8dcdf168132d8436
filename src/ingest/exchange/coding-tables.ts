/**
 * The two data files the exchange formats are read and written with, loaded and checked once:
 * data/coding/cameo-plover.yaml (CAMEO codes ↔ PLOVER types and modes) and data/coding/countries.yaml
 * (ISO, CAMEO and FIPS country codes and country names ↔ Orrery actor ids).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { CONTEXTS, EVENT_TYPES, MODES, ValidationError, type Context, type EventType } from '../../model/index.js';
import { projectRoot } from '../../dataset/paths.js';

export function codingDir(): string {
  return join(projectRoot(), 'data', 'coding');
}

export interface PloverCoding {
  type: EventType;
  mode: string | null;
  context: Context[];
}

const Entry = z.union([z.null(), z.tuple([z.enum(EVENT_TYPES), z.string().nullable(), z.array(z.enum(CONTEXTS))])]);
/** Codes in file order (a plain object would put "101" before "021"): read as a list of pairs. */
const CameoFile = z.object({
  codes: z.array(z.tuple([z.string().regex(/^\d{2,4}$/, 'a CAMEO code is 2 to 4 digits, quoted'), Entry])),
});

const Country = z.object({
  iso3: z.string().regex(/^[A-Z]{3}$/),
  actor: z.string().optional(),
  cameo: z.string().optional(),
  fips: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  names: z.array(z.string()).default([]),
});
const Organization = z.object({
  actor: z.string(),
  cameo: z.array(z.string()).default([]),
  names: z.array(z.string()).default([]),
});
const CountriesFile = z.object({ countries: z.array(Country), organizations: z.array(Organization).default([]) });

/** YAML maps become lists of [key, value] pairs in file order (nested maps stay objects). */
function pairs(v: unknown): unknown {
  if (!(v instanceof Map)) return v;
  return Object.fromEntries(
    [...v].map(([k, x]) => [String(k), x instanceof Map ? [...x].map(([a, b]) => [String(a), b]) : x]),
  );
}

function load<T>(file: string, schema: z.ZodType<T>, ordered = false): T {
  const text = readFileSync(file, 'utf8');
  const r = schema.safeParse(ordered ? pairs(parse(text, { mapAsMap: true })) : parse(text));
  if (!r.success) {
    throw new ValidationError(
      r.error.issues.map((i) => ({ where: file, field: i.path.join('.'), message: i.message })),
      `invalid coding table ${file}`,
    );
  }
  return r.data;
}

/** CAMEO ↔ PLOVER, in both directions (see the comments at the top of the YAML file). */
export class CameoTable {
  private readonly byCode = new Map<string, PloverCoding | null>();
  private readonly canonical = new Map<string, string>();

  constructor(codes: Array<[string, z.infer<typeof Entry>]>, file = 'cameo-plover.yaml') {
    const problems: Array<{ where: string; record: string; message: string }> = [];
    for (const [code, entry] of codes) {
      if (entry && entry[1] !== null && !MODES[entry[0]].includes(entry[1])) {
        problems.push({ where: file, record: code, message: `"${entry[1]}" is not a mode of ${entry[0]}` });
      }
      const coding = entry ? { type: entry[0], mode: entry[1], context: entry[2] } : null;
      this.byCode.set(code, coding);
      if (coding && code.length >= 3) {
        const key = `${coding.type}/${coding.mode ?? ''}`;
        if (!this.canonical.has(key)) this.canonical.set(key, code);
        if (!this.canonical.has(`${coding.type}/*`)) this.canonical.set(`${coding.type}/*`, code);
      }
    }
    if (problems.length) throw new ValidationError(problems, `invalid coding table ${file}`);
  }

  /** Every code of the table with its coding (null: not an event), in file order. */
  entries(): Array<[string, PloverCoding | null]> {
    return [...this.byCode];
  }

  /** The PLOVER coding of a CAMEO code (exact, then its base, then its root); null when not an event; undefined when unknown. */
  toPlover(code: string): PloverCoding | null | undefined {
    for (const c of [code, code.slice(0, 3), code.slice(0, 2)]) if (this.byCode.has(c)) return this.byCode.get(c);
    return undefined;
  }

  /** The CAMEO code written for a type and mode (the mode's code, else the type's general code). */
  toCameo(type: EventType, mode: string | null): string {
    return (
      this.canonical.get(`${type}/${mode ?? ''}`) ??
      this.canonical.get(`${type}/`) ??
      (this.canonical.get(`${type}/*`) as string)
    );
  }
}

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Country and organization codes and names → Orrery actor ids, and back. */
export class CountryTable {
  private readonly cameo = new Map<string, string>();
  private readonly fips = new Map<string, string>();
  private readonly names = new Map<string, string>();
  private readonly toCameoCode = new Map<string, string>();
  private readonly toFipsCode = new Map<string, string>();

  constructor(data: z.infer<typeof CountriesFile>) {
    for (const c of data.countries) {
      const actor = c.actor ?? c.iso3;
      this.cameo.set(c.iso3, actor);
      if (c.cameo) this.cameo.set(c.cameo, actor);
      if (c.fips) {
        this.fips.set(c.fips, actor);
        this.toFipsCode.set(actor, c.fips);
      }
      this.toCameoCode.set(actor, c.cameo ?? c.iso3);
      for (const n of [...c.names, c.iso3]) this.names.set(fold(n), actor);
    }
    for (const o of data.organizations) {
      for (const code of o.cameo) this.cameo.set(code, o.actor);
      if (o.cameo[0]) this.toCameoCode.set(o.actor, o.cameo[0]);
      for (const n of o.names) this.names.set(fold(n), o.actor);
    }
  }

  /** A CAMEO actor or country code (ARM, ROM, IGOEUREEC, EEC) → actor id, or undefined. */
  fromCameo(code: string): string | undefined {
    return this.cameo.get(code.toUpperCase());
  }

  /** A FIPS 10-4 geographic code (AM, AJ, GG) → actor id of the country, or undefined. */
  fromFips(code: string): string | undefined {
    return this.fips.get(code.toUpperCase());
  }

  /** A country or organization name as ICEWS or POLECAT spell it → actor id, or undefined. */
  fromName(name: string): string | undefined {
    return this.names.get(fold(name));
  }

  cameoOf(actor: string): string | undefined {
    return this.toCameoCode.get(actor);
  }

  fipsOf(actor: string): string | undefined {
    return this.toFipsCode.get(actor);
  }
}

export interface CodingTables {
  cameo: CameoTable;
  countries: CountryTable;
}

let cached: CodingTables | undefined;

export function codingTables(dir = codingDir()): CodingTables {
  if (cached && dir === codingDir()) return cached;
  const cameoFile = join(dir, 'cameo-plover.yaml');
  const countriesFile = join(dir, 'countries.yaml');
  const tables = {
    cameo: new CameoTable(load(cameoFile, CameoFile, true).codes, cameoFile),
    countries: new CountryTable(load(countriesFile, CountriesFile)),
  };
  if (dir === codingDir()) cached = tables;
  return tables;
}
