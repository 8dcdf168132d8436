/**
 * A per-host rate limit for watch runs: requests to one host (name and port) are spaced at least
 * `intervalMs` apart, whatever feed or item they are for; requests to other hosts do not wait.
 */
export class HostLimiter {
  private readonly next = new Map<string, number>();

  constructor(readonly intervalMs: number) {}

  /** Wait until a request to `host` may start, and book that slot. */
  async wait(host: string): Promise<void> {
    if (this.intervalMs <= 0) return;
    const now = Date.now();
    const at = Math.max(now, this.next.get(host) ?? 0);
    this.next.set(host, at + this.intervalMs);
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
  }
}
