/**
 * A small, self-contained dataset for tests: one source text written for the tests, and records that
 * cite it by offsets computed here, written to a temporary directory as the real dataset is laid out.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { sha256 } from '../../src/dataset/hash.js';

export const MINI_TEXT = [
  'Test wire, 1 March 2024.',
  'The two neighbours signed a border protocol in the capital of the first on 12 January 2024.',
  'The northern power opened a base in the first state in 1995 and keeps it there.',
  'Officials of the second state denied that any troops had moved on 3 February 2024.',
  'A second report put the signing in December 2023 instead.',
  'The leader of the first state, in office since 2018, visited the northern power in 2019.',
].join('\n');

export function cite(phrase: string, source = 'mini'): { source: string; start: number; end: number; sha256: string } {
  const start = MINI_TEXT.indexOf(phrase);
  if (start < 0) throw new Error(`fixture phrase not found: ${phrase}`);
  const end = start + phrase.length;
  return { source, start, end, sha256: sha256(MINI_TEXT.slice(start, end)) };
}

export function miniRecords() {
  return {
    sources: [
      {
        id: 'mini',
        title: 'Test wire',
        author: null,
        publisher: 'Orrery tests',
        published: '2024-03-01',
        kind: 'news',
        url: null,
        file: 'mini.txt',
        sha256: sha256(MINI_TEXT),
      },
    ],
    actors: [
      {
        id: 'AAA',
        kind: 'state',
        name: 'Alphaland',
        aliases: ['Republic of Alphaland'],
        metonyms: ['Alphaville'],
        demonyms: ['Alphan'],
      },
      { id: 'BBB', kind: 'state', name: 'Betaland', metonyms: ['Betaville'] },
      { id: 'NNN', kind: 'state', name: 'Northland', metonyms: ['the Citadel'] },
      {
        id: 'leader-a',
        kind: 'person',
        name: 'Leader A',
        roles: [
          { title: 'Prime Minister', of: 'AAA', from: '2018-05-08', to: null },
          { title: 'Mayor of Alphaville', of: 'BBB', from: '2010', to: '2017' },
        ],
      },
      {
        id: 'TERR',
        kind: 'territory',
        name: 'Gammaland',
        held_by: [
          { by: 'BBB', from: null, to: '2020-10' },
          { by: 'AAA', from: '2020-11', to: null },
        ],
      },
    ],
    events: [
      {
        id: 'border-protocol-2024',
        date: '2024-01-12',
        actor: ['AAA', 'BBB'],
        recipient: [],
        event_type: 'AGREE',
        mode: 'treaty',
        context: ['territory'],
        summary: 'Alphaland and Betaland sign a border protocol.',
        status: 'disputed',
        citations: [
          cite('The two neighbours signed a border protocol in the capital of the first on 12 January 2024.'),
        ],
      },
      {
        id: 'troop-move-denied-2024',
        date: '2024-02-03',
        actor: ['BBB'],
        recipient: ['AAA'],
        event_type: 'MOBILIZE',
        mode: 'troops',
        summary: 'Betaland is said to have moved troops; its officials deny it.',
        status: 'denied',
        citations: [cite('Officials of the second state denied that any troops had moved on 3 February 2024.')],
      },
      {
        id: 'leader-visit-2019',
        date: '2019',
        actor: ['leader-a'],
        recipient: ['NNN'],
        event_type: 'CONSULT',
        mode: 'visit',
        summary: 'The Alphan leader visits Northland.',
        citations: [cite('visited the northern power in 2019')],
      },
    ],
    relations: [
      {
        id: 'northland-base-in-alphaland',
        type: 'military-presence',
        actors: ['NNN', 'AAA'],
        sign: 1,
        strength: 0.8,
        from: '1995',
        to: null,
        summary: 'Northland keeps a base in Alphaland.',
        citations: [cite('The northern power opened a base in the first state in 1995 and keeps it there.')],
        references: [
          {
            title: 'Northland-Alphaland basing treaty',
            publisher: 'Northland gazette',
            year: 1995,
            note: 'recalled, not fetched; dates the start',
          },
        ],
      },
    ],
    indicators: [],
    dependencies: [],
    corridors: [],
    conflicts: [
      {
        id: 'border-protocol-date',
        kind: 'date',
        topic: 'When the border protocol was signed',
        claims: [
          {
            says: 'Signed on 12 January 2024',
            value: '2024-01-12',
            record: 'border-protocol-2024',
            citations: [cite('on 12 January 2024')],
          },
          {
            says: 'Signed in December 2023',
            value: '2023-12',
            citations: [cite('A second report put the signing in December 2023 instead.')],
          },
        ],
      },
    ],
    claims: [
      {
        id: 'northland-backs-alphaland',
        statement: 'Northland stands by Alphaland: its base makes their tie a friendly one.',
        citations: [cite('The northern power opened a base in the first state in 1995 and keeps it there.')],
        test: { kind: 'tie', a: 'AAA', b: 'NNN', at: '2020', expect: 'positive' },
      },
    ],
  };
}

export interface MiniDirs {
  root: string;
  data: string;
  sources: string;
  db: string;
}

/** Write the mini dataset and its source text to a fresh temporary directory. */
export function writeMini(records = miniRecords()): MiniDirs {
  const root = mkdtempSync(join(tmpdir(), 'orrery-test-'));
  const data = join(root, 'data');
  const sources = join(root, 'sources');
  mkdirSync(sources, { recursive: true });
  writeFileSync(join(sources, 'mini.txt'), MINI_TEXT);
  for (const [kind, list] of Object.entries(records)) {
    mkdirSync(join(data, kind), { recursive: true });
    if (kind === 'sources') writeFileSync(join(data, 'sources.yaml'), stringify(list));
    else writeFileSync(join(data, kind, 'mini.yaml'), stringify(list));
  }
  return { root, data, sources, db: join(root, 'orrery.db') };
}
