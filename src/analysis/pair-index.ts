/**
 * The pair index: for every undirected pair of actors, its events sorted by day with prefix sums of
 * intensity·2^(day/h), so the decayed sum over a trailing window is two binary searches and a
 * subtraction: O(log n) per pair, whatever the number of events. This is what lets a network snapshot
 * follow a time slider over millions of events.
 *
 * Σ_{t−W < d_i ≤ t} I_i·2^((d_i − t)/h) = 2^((base − t)/h) · (P[hi] − P[lo]),  P[k] = Σ_{i≤k} I_i·2^((d_i − base)/h)
 *
 * 2^(x/h) overflows a double for x/h > 1023, so a pair's events are cut into blocks whose exponents
 * stay below `maxExponent` and each block keeps its own base day (rebasing). A half-life of 0 or
 * Infinity means no decay: plain sums over the window.
 */
import { UsageError } from '../model/index.js';
import { DayBuckets } from './day-buckets.js';

/** Events as columns: endpoint actor indexes (order irrelevant), day numbers and intensities. */
export interface EventColumns {
  length: number;
  actorCount: number;
  a: ArrayLike<number>;
  b: ArrayLike<number>;
  day: ArrayLike<number>;
  intensity: ArrayLike<number>;
}

export interface PairIndexOptions {
  /** Half-life of an event's weight, in days. 0 or Infinity: no decay. */
  halfLife: number;
  /** Largest exponent kept inside a block before rebasing (default 600; a double holds 2^1023). */
  maxExponent?: number;
}

/** Rows in day order, stable: counting sort when the day span is small, a comparison sort otherwise. */
function dayOrder(cols: EventColumns): Int32Array {
  const n = cols.length;
  const order = new Int32Array(n);
  let sorted = true;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const d = cols.day[i] as number;
    if (i > 0 && d < (cols.day[i - 1] as number)) sorted = false;
    if (d < min) min = d;
    if (d > max) max = d;
    order[i] = i;
  }
  if (sorted) return order;
  const span = max - min + 1;
  if (span > 1 << 22) return order.sort((x, y) => (cols.day[x] as number) - (cols.day[y] as number) || x - y);
  const counts = new Int32Array(span + 1);
  for (let i = 0; i < n; i++) counts[(cols.day[i] as number) - min + 1]! += 1;
  for (let k = 1; k <= span; k++) counts[k]! += counts[k - 1]!;
  for (let i = 0; i < n; i++) order[counts[(cols.day[i] as number) - min]!++] = i;
  return order;
}

export class PairEventIndex {
  /** Endpoints of each pair (a < b), as actor indexes. */
  readonly pairA: Int32Array;
  readonly pairB: Int32Array;
  /** Pair p's entries are positions pairStart[p] .. pairStart[p+1]−1, in day order. */
  readonly pairStart: Int32Array;
  readonly day: Int32Array;
  readonly intensity: Float64Array;
  /** Row of the input each entry came from. */
  readonly source: Int32Array;
  readonly prefix: Float64Array;
  /** Blocks of pair p are pairBlock[p] .. pairBlock[p+1]−1; block k starts at blockStart[k] with base day blockBase[k]. */
  readonly pairBlock: Int32Array;
  readonly blockStart: Int32Array;
  readonly blockBase: Float64Array;
  readonly halfLife: number;
  private readonly pairIds: Map<number, number>;
  private readonly buckets: DayBuckets;
  private readonly actorCount: number;

  get pairCount(): number {
    return this.pairA.length;
  }

  constructor(cols: EventColumns, options: PairIndexOptions) {
    const h = options.halfLife;
    if (!(h >= 0)) throw new UsageError(`the half-life must be a non-negative number of days, got ${h}`);
    this.halfLife = h === 0 ? Infinity : h;
    const maxExp = options.maxExponent ?? 600;
    const n = cols.length;
    this.actorCount = cols.actorCount;
    const pairOf = new Int32Array(n);
    const ids = new Map<number, number>();
    // Few actors: a dense table of pair ids is faster than a map.
    const dense =
      cols.actorCount * cols.actorCount <= 1 << 24 ? new Int32Array(cols.actorCount * cols.actorCount).fill(-1) : null;
    const as: number[] = [];
    const bs: number[] = [];
    for (let i = 0; i < n; i++) {
      const x = cols.a[i] as number;
      const y = cols.b[i] as number;
      const lo = x < y ? x : y;
      const key = lo * cols.actorCount + (x < y ? y : x);
      let p = dense ? dense[key]! : (ids.get(key) ?? -1);
      if (p < 0) {
        p = as.length;
        if (dense) dense[key] = p;
        ids.set(key, p);
        as.push(lo);
        bs.push(x < y ? y : x);
      }
      pairOf[i] = p;
    }
    this.pairIds = ids;
    this.pairA = Int32Array.from(as);
    this.pairB = Int32Array.from(bs);
    const P = as.length;
    const start = new Int32Array(P + 1);
    for (let i = 0; i < n; i++) start[pairOf[i]! + 1]! += 1;
    for (let p = 0; p < P; p++) start[p + 1]! += start[p]!;
    this.pairStart = start;
    this.day = new Int32Array(n);
    this.intensity = new Float64Array(n);
    this.source = new Int32Array(n);
    const fill = start.slice(0, P);
    for (const row of dayOrder(cols)) {
      const pos = fill[pairOf[row]!]!++;
      this.day[pos] = cols.day[row] as number;
      this.intensity[pos] = cols.intensity[row] as number;
      this.source[pos] = row;
    }
    this.prefix = new Float64Array(n);
    const pairBlock = new Int32Array(P + 1);
    const bStart: number[] = [];
    const bBase: number[] = [];
    for (let p = 0; p < P; p++) {
      pairBlock[p] = bStart.length;
      let base = 0;
      let acc = 0;
      for (let pos = start[p]!; pos < start[p + 1]!; pos++) {
        const d = this.day[pos]!;
        if (pos === start[p] || (d - base) / this.halfLife > maxExp) {
          base = d;
          acc = 0;
          bStart.push(pos);
          bBase.push(d);
        }
        acc += this.intensity[pos]! * 2 ** ((d - base) / this.halfLife);
        this.prefix[pos] = acc;
      }
    }
    pairBlock[P] = bStart.length;
    bStart.push(n);
    this.pairBlock = pairBlock;
    this.blockStart = Int32Array.from(bStart);
    this.blockBase = Float64Array.from(bBase);
    this.buckets = new DayBuckets(this.day, this.pairStart);
  }

  /** The pair id of two actor indexes, or −1 when they share no event. */
  pairOf(x: number, y: number): number {
    const key = x < y ? x * this.actorCount + y : y * this.actorCount + x;
    return this.pairIds.get(key) ?? -1;
  }

  /** Positions [lo, hi) of pair p's events with day in (at − window, at]. */
  range(p: number, at: number, window: number): [number, number] {
    const hi = this.buckets.upper(p, at);
    const lo = window === Infinity ? this.pairStart[p]! : this.buckets.upper(p, at - window);
    return [lo, hi];
  }

  /** Weight of one entry at day `at`: intensity·2^((day − at)/h). */
  termAt(pos: number, at: number): number {
    return this.intensity[pos]! * 2 ** ((this.day[pos]! - at) / this.halfLife);
  }

  /** Σ intensity·2^((day − at)/h) over pair p's events in (at − window, at]. */
  decayedSum(p: number, at: number, window: number): number {
    const [lo, hi] = this.range(p, at, window);
    return this.sumRange(p, lo, hi, at);
  }

  /** Σ intensity·2^((day − at)/h) over pair p's positions [lo, hi) (from `range`). */
  sumRange(p: number, lo: number, hi: number, at: number): number {
    if (lo >= hi) return 0;
    let b = this.pairBlock[p]!;
    const bEnd = this.pairBlock[p + 1]!;
    while (b + 1 < bEnd && this.blockStart[b + 1]! <= lo) b++;
    let total = 0;
    let pos = lo;
    while (pos < hi) {
      const stop = Math.min(this.blockStart[b + 1]!, hi);
      const before = pos > this.blockStart[b]! ? this.prefix[pos - 1]! : 0;
      total += (this.prefix[stop - 1]! - before) * 2 ** ((this.blockBase[b]! - at) / this.halfLife);
      pos = stop;
      b++;
    }
    return total;
  }

  /** Decayed window sums of every pair at once (out[p] for pair p). */
  snapshot(at: number, window: number, out = new Float64Array(this.pairCount)): Float64Array {
    for (let p = 0; p < this.pairCount; p++) out[p] = this.decayedSum(p, at, window);
    return out;
  }
}
