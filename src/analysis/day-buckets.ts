/**
 * A coarse lookup in front of the binary searches of the pair index: for each pair, the position of
 * its first event in every bucket of `width` days. A search then starts inside one bucket (a few
 * dozen contiguous entries) instead of the pair's whole history, which saves the cache misses that
 * dominate a snapshot over millions of events. The table holds at most about one entry per event
 * (plus one per pair), so it never outgrows the index.
 */
export class DayBuckets {
  readonly first: number;
  readonly width: number;
  readonly count: number;
  private readonly table: Int32Array;

  constructor(
    private readonly day: Int32Array,
    private readonly pairStart: Int32Array,
  ) {
    const pairs = pairStart.length - 1;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < day.length; i++) {
      if (day[i]! < min) min = day[i]!;
      if (day[i]! > max) max = day[i]!;
    }
    const span = day.length ? max - min + 1 : 1;
    const perPair = Math.max(1, Math.min(Math.ceil(span / 8), Math.floor(day.length / Math.max(pairs, 1))));
    this.first = day.length ? min : 0;
    this.width = Math.ceil(span / perPair);
    this.count = Math.ceil(span / this.width);
    this.table = new Int32Array(pairs * (this.count + 1));
    for (let p = 0; p < pairs; p++) {
      let pos = pairStart[p]!;
      const end = pairStart[p + 1]!;
      for (let k = 0; k <= this.count; k++) {
        const from = this.first + k * this.width;
        while (pos < end && day[pos]! < from) pos++;
        this.table[p * (this.count + 1) + k] = pos;
      }
    }
  }

  /** First position of pair p whose day is greater than `d`. */
  upper(p: number, d: number): number {
    const s = this.pairStart[p]!;
    const e = this.pairStart[p + 1]!;
    const k = Math.floor((d - this.first) / this.width);
    if (k < 0) return s;
    if (k >= this.count) return e;
    let lo = this.table[p * (this.count + 1) + k]!;
    let hi = this.table[p * (this.count + 1) + k + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.day[mid]! > d) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
