/**
 * GDELT 2.0 event rows written by hand for the tests, column by column in the codebook's order
 * (5 + 10 + 10 + 10 + 8 + 8 + 8 + 2 = 61 columns). The events are invented; the layout is GDELT's.
 */
const actor = (code: string, name: string, country: string, group = '', type1 = ''): string[] => [
  code,
  name,
  country,
  group,
  '',
  '',
  '',
  type1,
  '',
  '',
];
const noActor = (): string[] => ['', '', '', '', '', '', '', '', '', ''];
const geo = (
  type: string,
  name: string,
  fips: string,
  adm1: string,
  lat: string,
  lon: string,
  feature: string,
): string[] => [type, name, fips, adm1, '', lat, lon, feature];
const noGeo = (): string[] => ['0', '', '', '', '', '', '', ''];
const event = (root: string, code: string, quad: string, goldstein: string): string[] => [
  '1',
  code,
  code.slice(0, 3),
  root,
  quad,
  goldstein,
  '6',
  '2',
  '6',
  '-3.5',
];
const head = (id: string, day: string): string[] => [
  id,
  day,
  day.slice(0, 6),
  day.slice(0, 4),
  `${day.slice(0, 4)}.2000`,
];

export const GDELT_ROWS: string[][] = [
  // Armenia accuses Azerbaijan; the action is placed in Yerevan (FIPS AM).
  [
    ...head('1160000001', '20240312'),
    ...actor('ARMGOV', 'ARMENIA', 'ARM', '', 'GOV'),
    ...actor('AZE', 'AZERBAIJAN', 'AZE'),
    ...event('11', '112', '3', '-2.0'),
    ...geo('1', 'Armenia', 'AM', 'AM', '40', '45', 'AM'),
    ...geo('1', 'Azerbaijan', 'AJ', 'AJ', '40.5', '47.5', 'AJ'),
    ...geo('4', 'Yerevan, Yerevan, Armenia', 'AM', 'AM11', '40.1811', '44.5136', '-2181788'),
    '20240312154500',
    'https://example.org/a',
  ],
  // Azerbaijan's government visits Russia (code 042: the leading zero matters).
  [
    ...head('1160000002', '20240313'),
    ...actor('AZEGOV', 'AZERBAIJAN', 'AZE', '', 'GOV'),
    ...actor('RUS', 'RUSSIA', 'RUS'),
    ...event('04', '042', '1', '1.9'),
    ...noGeo(),
    ...noGeo(),
    ...geo('4', 'Moscow, Moskva, Russia', 'RS', 'RS48', '55.7522', '37.6156', '-2960561'),
    '20240313080000',
    'https://example.org/b',
  ],
  // Georgia the country (CAMEO GEO) meets the US, in Atlanta, Georgia (FIPS US, ADM1 USGA): the place is in the US.
  [
    ...head('1160000003', '20240314'),
    ...actor('GEO', 'GEORGIA', 'GEO'),
    ...actor('USAGOV', 'UNITED STATES', 'USA', '', 'GOV'),
    ...event('04', '043', '1', '2.8'),
    ...geo('1', 'Georgia', 'GG', 'GG', '42', '43.5', 'GG'),
    ...noGeo(),
    ...geo('3', 'Atlanta, Georgia, United States', 'US', 'USGA', '33.749', '-84.388', '351615'),
    '20240314120000',
    'https://example.org/c',
  ],
  // The EU (IGO code, known group EEC) appeals to Armenia for economic cooperation.
  [
    ...head('1160000004', '20240315'),
    ...actor('IGOEUREEC', 'EUROPEAN UNION', '', 'EEC'),
    ...actor('ARM', 'ARMENIA', 'ARM'),
    ...event('02', '0211', '1', '3.4'),
    ...noGeo(),
    ...noGeo(),
    ...noGeo(),
    '20240315090000',
    'https://example.org/d',
  ],
  // A plain statement (CAMEO 010): not a PLOVER event.
  [
    ...head('1160000005', '20240315'),
    ...actor('RUS', 'RUSSIA', 'RUS'),
    ...noActor(),
    ...event('01', '010', '1', '0'),
    ...noGeo(),
    ...noGeo(),
    ...noGeo(),
    '20240315090000',
    'https://example.org/e',
  ],
  // Canada (a country Orrery's gazetteer does not hold) demands something of Iran.
  [
    ...head('1160000006', '20240316'),
    ...actor('CAN', 'CANADA', 'CAN'),
    ...actor('IRN', 'IRAN', 'IRN'),
    ...event('10', '100', '3', '-5.0'),
    ...noGeo(),
    ...noGeo(),
    ...noGeo(),
    '20240316090000',
    'https://example.org/f',
  ],
];

export const gdeltText = (rows: string[][]): string => `${rows.map((r) => r.join('\t')).join('\n')}\n`;

/**
 * `n` rows made from the rows above with new ids (and days spread over March 2024): a file of
 * several batches and several megabyte-sized pieces of text, with the same mix of rows.
 */
export function manyGdeltRows(n: number): string[][] {
  return Array.from({ length: n }, (_, i) => {
    const r = [...GDELT_ROWS[i % GDELT_ROWS.length]!];
    const day = `202403${String(1 + (i % 28)).padStart(2, '0')}`;
    r[0] = String(1_170_000_000 + i);
    [r[1], r[2], r[3]] = [day, day.slice(0, 6), day.slice(0, 4)];
    return r;
  });
}
