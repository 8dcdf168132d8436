/** How the map draws the corridor network: a colour per mode, a dash pattern per status. */

export const MODE_COLOURS: Record<string, string> = {
  rail: '#6a3d9a',
  road: '#e66101',
  ferry: '#1f78b4',
  sea: '#5aa0d8',
  'oil-pipeline': '#222222',
  'gas-pipeline': '#33a02c',
  'power-line': '#c51b7d',
  fibre: '#8c6d31',
  transfer: '#9e9e9e',
};

export const MODES = Object.keys(MODE_COLOURS);

/** Modes that carry goods and people (the route planner's default). */
export const TRANSPORT_MODES = ['rail', 'road', 'ferry', 'sea'];

export const STATUS_DASH: Record<string, string | undefined> = {
  operational: undefined,
  planned: '7 5',
  'under-construction': '2 3',
  closed: '1 5',
  blocked: '6 2 1 2',
  dismantled: '1 8',
};

export const STATUSES = Object.keys(STATUS_DASH);

export function statusOpacity(status: string): number {
  if (status === 'operational') return 0.9;
  if (status === 'planned' || status === 'under-construction') return 0.85;
  return 0.55;
}

/**
 * Route colours, best first: none of them is a mode's colour (teal, gold, navy, brown-red, grey-green,
 * black), and a route is drawn wide on a dark casing, which no network line has.
 */
export const ROUTE_COLOURS = ['#00a6a6', '#e3b505', '#1b1f6b', '#8a2c02', '#6b8f71', '#000000'];

/** The dotted ring under a segment a scenario alters (crimson dots: no mode, route or halo looks like it). */
export const SCENARIO_RING = '#e4002b';
export const SCENARIO_RING_DASH = '1 6';
