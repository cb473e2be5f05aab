import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import type { Socket } from "node:net";
import path from "node:path";
import { getRequestHandlers } from "next/dist/server/lib/start-server";
import { builtRoutes, clientErrorResponse, frontDoorStep, NOT_FOUND_PAGE } from "./front-door";
import { answerOrTakeOver, PageBodies } from "./page-responses";
import { ReusedAnswers } from "./reused-responses";
import { loadContentEarly, loopbackOrigin } from "./warm-up";

/**
 * The site's HTTP server: Next.js's own request handler behind a front door
 * of ours (front-door.ts, lib/platform/README.md "The front door"), which
 * also sends pages without Next's browser runtime (page-responses.ts). It does
 * what the standalone server.js Next.js writes does (start-server.js), with
 * our decisions before Next's, and answers the requests Node's parser
 * refuses with the site's headers.
 */
export type SiteServerOptions = {
  /** The standalone bundle: server code, the build's folder, public/. */
  dir: string;
  /** The build's folder inside the bundle (`.next` unless NEXT_DIST_DIR said otherwise). */
  distDir: string;
  port: number;
  hostname: string;
};

type Handlers = Awaited<ReturnType<typeof getRequestHandlers>>;

export async function startSiteServer(options: SiteServerOptions): Promise<http.Server> {
  const { dir, distDir, port, hostname } = options;
  const built = builtRoutes(
    JSON.parse(readFileSync(path.join(dir, distDir, "routes-manifest.json"), "utf8")),
  );
  const files = new Set([...publicFiles(path.join(dir, "public")), ...built.fileRoutes]);
  const siteHeaders = Object.fromEntries(built.siteHeaders.map(({ key, value }) => [key, value]));
  const bodies = new PageBodies();
  const answers = new ReusedAnswers();

  let resolveHandlers: (handlers: Handlers) => void = () => {};
  const handlers = new Promise<Handlers>((resolve) => {
    resolveHandlers = resolve;
  });

  const server = http.createServer((request, response) => {
    const step = frontDoorStep(request.method ?? "GET", request.url ?? "/", files);
    if (step.kind === "answer") {
      response.writeHead(step.status, {
        ...siteHeaders,
        allow: step.allow,
        ...(step.body ? { "content-type": "text/plain; charset=utf-8" } : {}),
      });
      response.end(request.method === "HEAD" ? undefined : step.body);
      return;
    }
    if (step.kind === "notFoundPage") request.url = NOT_FOUND_PAGE;
    if (answerOrTakeOver(request, response, bodies, answers)) return;
    handlers
      .then(({ requestHandler }) => requestHandler(request, response))
      .catch((error: unknown) => {
        console.error(`Failed to handle request for ${request.url}:`, error);
        if (!response.headersSent) {
          response.writeHead(500, { ...siteHeaders, "content-type": "text/plain; charset=utf-8" });
        }
        response.end("Internal Server Error\n");
      });
  });
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    socket.end(clientErrorResponse(error.code, built.siteHeaders));
  });
  server.on("upgrade", (request: http.IncomingMessage, socket: Socket, head: Buffer) => {
    handlers
      .then(({ upgradeHandler }) => upgradeHandler(request, socket, head))
      .catch(() => socket.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => resolve());
  });
  // What start-server.js sets for Next.js's own use once it listens.
  process.env.__NEXT_PRIVATE_ORIGIN = `http://${hostname}:${port}`;
  const ready = await getRequestHandlers({
    dir,
    port,
    hostname,
    isDev: false,
    server,
    onDevServerCleanup: undefined,
  });
  resolveHandlers(ready);
  console.log(`Dateline ready on http://${hostname}:${port}`);
  void loadContentEarly(loopbackOrigin(server.address()), (message) => console.log(message));

  const stop = () => {
    server.close(() => {
      void ready.server.close().finally(() => process.exit(0));
    });
    server.closeIdleConnections();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  return server;
}

/** Every file under public/, as the decoded path it is served at. */
function publicFiles(publicDir: string): string[] {
  return readdirSync(publicDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${path.relative(publicDir, path.join(entry.parentPath, entry.name))}`)
    .map((file) => file.split(path.sep).join("/"));
}
