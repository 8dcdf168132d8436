/** The CLI as a user runs it: `node bin/orrery.js route ...` as a child process, and the JSON contract. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/orrery.js', import.meta.url));
const BUILT = existsSync(fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url)));

function orrery(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

test(
  'orrery route Baku Nakhchivan --json keeps the documented contract',
  { skip: !BUILT && 'run `npm run build` first' },
  () => {
    const r = orrery(['route', 'Baku', 'Nakhchivan', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout) as Record<string, unknown>;
    assert.equal(j.from, 'baku');
    assert.equal(j.to, 'nakhchivan');
    const routes = j.routes as Array<Record<string, unknown>>;
    assert.ok(routes.length >= 1);
    const best = routes[0] as Record<string, unknown>;
    for (const key of ['distance_km', 'hours', 'countries', 'modes', 'segments']) assert.ok(key in best, key);
    assert.equal(typeof best.distance_km, 'number');
    assert.ok((best.countries as string[]).every((c) => /^[A-Z]{3}$/.test(c)));
    for (const s of best.segments as Array<Record<string, unknown>>) {
      assert.deepEqual(Object.keys(s).sort(), ['controlled_by', 'from', 'id', 'km', 'mode', 'status', 'to']);
      assert.ok(Array.isArray(s.controlled_by));
    }
  },
);

test(
  'no route: empty routes, a reason and a non-zero exit code',
  { skip: !BUILT && 'run `npm run build` first' },
  () => {
    const r = orrery(['route', 'Yerevan', 'Stepanakert', '--at', '2023-06-01', '--json']);
    assert.equal(r.code, 1);
    const j = JSON.parse(r.stdout) as { routes: unknown[]; reason: string };
    assert.deepEqual(j.routes, []);
    assert.match(j.reason, /no route/);
  },
);

test(
  'alternatives, avoid and modes reach the engine; unknown places and modes are usage errors',
  { skip: !BUILT && 'run `npm run build` first' },
  () => {
    const r = orrery([
      'route',
      'Aktau',
      'Istanbul',
      '--avoid',
      'rus,irn',
      '--modes',
      'rail,road,ferry',
      '--alternatives',
      '2',
      '--json',
    ]);
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout) as { routes: Array<{ countries: string[] }> };
    assert.equal(j.routes.length, 2);
    for (const route of j.routes) assert.ok(!route.countries.includes('RUS') && !route.countries.includes('IRN'));
    assert.equal(orrery(['route', 'Atlantis', 'Baku']).code, 3);
    assert.equal(orrery(['route', 'Baku', 'Kars', '--modes', 'teleport']).code, 2);
  },
);

test(
  'corridors impact TRIPP --json and the network as GeoJSON',
  { skip: !BUILT && 'run `npm run build` first' },
  () => {
    const imp = orrery(['corridors', 'impact', 'TRIPP', '--json']);
    assert.equal(imp.code, 0, imp.stderr);
    assert.equal((JSON.parse(imp.stdout) as { corridor: { id: string } }).corridor.id, 'tripp');
    const geo = orrery(['network-geojson']);
    assert.equal(geo.code, 0, geo.stderr);
    const fc = JSON.parse(geo.stdout) as { type: string; features: Array<{ geometry: { type: string } }> };
    assert.equal(fc.type, 'FeatureCollection');
    assert.ok(fc.features.some((f) => f.geometry.type === 'LineString'));
    const route = orrery(['route', 'Baku', 'Kars', '--geojson']);
    assert.equal((JSON.parse(route.stdout) as { type: string }).type, 'FeatureCollection');
  },
);
