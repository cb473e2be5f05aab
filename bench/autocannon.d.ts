// The part of autocannon's API that bench/run.ts uses (the package ships no types).
declare module "autocannon" {
  type Options = { url: string; connections: number; duration: number };
  type Histogram = { average: number; total: number };
  type Result = {
    requests: Histogram;
    latency: { p50: number; p99: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  // eslint-disable-next-line import/no-default-export -- the package's own export
  export default function autocannon(options: Options): Promise<Result>;
}
