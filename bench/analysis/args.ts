/** Tiny argument parsing for bench scripts: --name value pairs, numbers with k/M suffixes. */
export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

export function count(name: string, fallback: number): number {
  const raw = arg(name, String(fallback)).trim();
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(raw);
  if (!m) throw new Error(`--${name}: not a number: ${raw}`);
  return Math.round(Number(m[1]) * (m[2] === '' ? 1 : /k/i.test(m[2]!) ? 1e3 : 1e6));
}

export const flag = (name: string): boolean => process.argv.includes(`--${name}`);
