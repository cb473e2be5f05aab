import { checkHealth } from "@/lib/health";

/** Always answered live: a load balancer asks this instance, not a cache. */
export const dynamic = "force-dynamic";

/** 200 with the build id and article count when this instance can serve, else 503. */
export async function GET(): Promise<Response> {
  const report = await checkHealth();
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
