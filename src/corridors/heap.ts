/** A binary min-heap of (key, value) pairs on parallel arrays, for Dijkstra's algorithm. */
export class MinHeap {
  private keys: number[] = [];
  private vals: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, val: number): void {
    const k = this.keys;
    const v = this.vals;
    let i = k.length;
    k.push(key);
    v.push(val);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((k[p] as number) <= key) break;
      k[i] = k[p] as number;
      v[i] = v[p] as number;
      i = p;
    }
    k[i] = key;
    v[i] = val;
  }

  /** Remove the smallest pair; returns its value (the key is in `lastKey`). */
  pop(): number {
    const k = this.keys;
    const v = this.vals;
    const topVal = v[0] as number;
    this.lastKey = k[0] as number;
    const key = k.pop() as number;
    const val = v.pop() as number;
    const n = k.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && (k[r] as number) < (k[l] as number) ? r : l;
        if ((k[c] as number) >= key) break;
        k[i] = k[c] as number;
        v[i] = v[c] as number;
        i = c;
      }
      k[i] = key;
      v[i] = val;
    }
    return topVal;
  }

  lastKey = 0;
}
