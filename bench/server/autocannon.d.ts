/** The part of autocannon's API the server benchmark uses (the package ships no types). */
declare module 'autocannon' {
  export interface Histogram {
    average: number;
    mean: number;
    p50: number;
    p90: number;
    p99: number;
    max: number;
    total: number;
  }
  export interface Result {
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
  }
  export interface RawRequest {
    path?: string;
    method?: string;
    headers?: Record<string, string>;
  }
  export interface Options {
    url: string;
    connections?: number;
    amount?: number;
    duration?: number;
    timeout?: number;
    headers?: Record<string, string>;
    requests?: Array<
      RawRequest & {
        setupRequest?: (req: RawRequest, context: Record<string, unknown>) => RawRequest;
        onResponse?: (status: number, body: string) => void;
      }
    >;
  }
  export interface Instance extends PromiseLike<Result> {
    stop(): void;
    /** Each response: its status, size and time in ms. */
    on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): this;
    /** A request that failed (connection reset, timeout...). */
    on(event: 'reqError', listener: (error: Error) => void): this;
  }
  function autocannon(opts: Options): Instance;
  export default autocannon;
}
