import "server-only";
import { checkHealth } from "../health";

/** 200 with the build id and article count when this instance can serve, else 503. */
export async function healthResponse(): Promise<Response> {
  const report = await checkHealth();
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
