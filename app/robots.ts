import { robots } from "@/lib/pages/sitemaps";

export default robots;
