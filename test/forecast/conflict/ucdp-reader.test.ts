/**
 * The UCDP reader on the real files (../shared/data/ucdp): the VIEWS figure wins where both files have
 * the month (Azerbaijan, November 2020), GED fills the rest, and broken or missing files are refused
 * with the file and line named.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GED_FILE, VIEWS_FILE, defaultUcdpDir, loadUcdp } from '../../../src/dataset/ucdp.js';
import { EnvironmentError, ValidationError } from '../../../src/model/errors.js';

const tmp = mkdtempSync(join(tmpdir(), 'orrery-ucdp-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

test('the two files spliced into one monthly series per country', () => {
  const s = loadUcdp();
  assert.equal(s.months[0], '1989-01');
  assert.equal(s.months[s.months.length - 1], '2024-12');
  assert.equal(s.months.length, 36 * 12);
  const aze = s.countries.find((c) => c.code === 'AZE')!;
  const at = (m: string): number => s.months.indexOf(m);
  // November 2020: GED's aggregation has 172, the VIEWS file 5,991; VIEWS is preferred.
  assert.equal(aze.deaths[at('2020-11')], 5991);
  assert.equal(aze.source[at('2020-11')], 'views');
  assert.equal(aze.deaths[at('2020-10')], 1445);
  // Before 2018 and after April 2024 only GED has the months.
  assert.equal(aze.source[at('2017-12')], 'ged');
  assert.equal(aze.source[at('2018-01')], 'views');
  assert.equal(aze.source[at('2024-04')], 'views');
  assert.equal(aze.source[at('2024-05')], 'ged');
  assert.equal(aze.deaths[at('1992-02')], 771);
  // Georgia, November 2023: GED counts 1 (not state-based), VIEWS 0.
  assert.equal(s.countries.find((c) => c.code === 'GEO')!.deaths[at('2023-11')], 0);
  assert.deepEqual(
    s.countries.map((c) => c.code),
    ['ARM', 'AZE', 'GEO', 'IRN', 'RUS', 'TUR'],
  );
});

test('ORRERY_UCDP moves the folder; a missing one is an environment error', () => {
  assert.equal(defaultUcdpDir({ ORRERY_UCDP: '/x/ucdp' }), '/x/ucdp');
  assert.throws(
    () => loadUcdp(join(tmp, 'nowhere')),
    (e: Error) => e instanceof EnvironmentError && /ORRERY_UCDP/.test(e.message),
  );
});

test('a malformed count is refused with its file, line and column', () => {
  copyFileSync(join(defaultUcdpDir(), VIEWS_FILE), join(tmp, VIEWS_FILE));
  const ged =
    'date,Armenia,Azerbaijan,Georgia,Iran,Russia (Soviet Union),Turkey\n1989-01-31,0,0,0,0,0,2\n1989-02-28,0,x,0,0,0,0\n';
  writeFileSync(join(tmp, GED_FILE), ged);
  assert.throws(
    () => loadUcdp(tmp),
    (e: Error) =>
      e instanceof ValidationError && e.message.includes(GED_FILE) && /line 3, field Azerbaijan/.test(e.message),
  );
});
