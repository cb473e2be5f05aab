import { healthResponse } from "@/lib/pages/health";

/** Always answered live: a load balancer asks this instance, not a cache. */
export const dynamic = "force-dynamic";

export const GET = healthResponse;
