import { readFileSync } from "node:fs";
import path from "node:path";

/** deploy/nginx.conf, the configuration the docs tell operators to install. */
export const nginxConfPath = path.resolve(import.meta.dirname, "nginx.conf");

export type NginxSiteOptions = {
  /** What nginx listens on, e.g. "127.0.0.1:3480". */
  listen: string;
  /** The instances, e.g. ["127.0.0.1:3481", "127.0.0.1:3482"]. */
  upstreams: string[];
  /** Folder for the cache (nginx creates its subfolders). */
  cacheDir: string;
};

/**
 * deploy/nginx.conf with other addresses and folders, for tests and the
 * benchmark: the same file operators install, so what is tested is what is
 * deployed. Replaces the `listen`, upstream `server` and `proxy_cache_path`
 * lines, and fails if one is missing (the file changed shape).
 */
export function renderNginxSite(
  options: NginxSiteOptions,
  template = readFileSync(nginxConfPath, "utf8"),
): string {
  const replace = (text: string, pattern: RegExp, replacement: (...groups: string[]) => string) => {
    if (!pattern.test(text)) throw new Error(`deploy/nginx.conf has no line matching ${pattern}`);
    return text.replace(pattern, (_match, ...groups: string[]) => replacement(...groups));
  };
  let conf = replace(
    template,
    /^(\s*)listen 80;$/m,
    (indent) => `${indent}listen ${options.listen};`,
  );
  conf = replace(
    conf,
    /^(\s*)server 127\.0\.0\.1:3001 ([^;]*);\n\s*server 127\.0\.0\.1:3002 [^;]*;$/m,
    (indent, parameters) =>
      options.upstreams.map((address) => `${indent}server ${address} ${parameters};`).join("\n"),
  );
  conf = replace(
    conf,
    /^proxy_cache_path \/var\/cache\/nginx\/dateline /m,
    () => `proxy_cache_path ${options.cacheDir} `,
  );
  return conf;
}

/**
 * A whole nginx.conf around the site, for running nginx as an ordinary
 * process (`nginx -p <prefix> -c <file>`): in the foreground, every file it
 * writes (pid, logs, temp bodies) under `prefix`.
 */
export function nginxMainConf(options: {
  prefix: string;
  site: string;
  mimeTypes?: string;
  /** The workers' user; only takes effect when nginx starts as root. */
  user?: string;
}): string {
  const at = (name: string) => path.join(options.prefix, name);
  return `daemon off;${options.user ? `\nuser ${options.user};` : ""}
pid ${at("nginx.pid")};
error_log ${at("error.log")} warn;
worker_processes 1;
events { worker_connections 1024; }
http {
    include ${options.mimeTypes ?? "/etc/nginx/mime.types"};
    default_type application/octet-stream;
    access_log ${at("access.log")};
    client_body_temp_path ${at("client_body")};
    proxy_temp_path ${at("proxy")};
    fastcgi_temp_path ${at("fastcgi")};
    uwsgi_temp_path ${at("uwsgi")};
    scgi_temp_path ${at("scgi")};
    sendfile on;
    keepalive_timeout 65;
${options.site}
}
`;
}
