import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nginxConfPath, nginxMainConf, renderNginxSite } from "@/deploy/render-nginx-conf";

const options = {
  listen: "127.0.0.1:3480",
  upstreams: ["127.0.0.1:3481", "127.0.0.1:3482", "127.0.0.1:3483"],
  cacheDir: "/tmp/x/cache",
};

describe("deploy/nginx.conf, rendered for a test", () => {
  it("replaces the listen address, the instances and the cache folder, and nothing else", () => {
    const template = readFileSync(nginxConfPath, "utf8");
    const conf = renderNginxSite(options);
    expect(conf).toContain("    listen 127.0.0.1:3480;\n");
    expect(conf).not.toContain("listen 80;");
    for (const address of options.upstreams)
      expect(conf).toContain(`    server ${address} max_fails=1 fail_timeout=10s;\n`);
    expect(conf).not.toMatch(/300[12]/);
    expect(conf).toMatch(/^proxy_cache_path \/tmp\/x\/cache levels=1:2 keys_zone=dateline:/m);
    // Everything that makes it a caching, retrying proxy is left as operators get it.
    for (const line of [
      "proxy_next_upstream error timeout http_502 http_503;",
      "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
      "add_header X-Cache-Status $upstream_cache_status always;",
      "proxy_cache_methods GET HEAD;",
      "gzip on;",
    ])
      expect(conf).toContain(line);
    expect(conf.split("\n").length).toBe(template.split("\n").length + 1);
  });

  it("fails loudly when the file no longer has a line it replaces", () => {
    expect(() => renderNginxSite(options, "server { listen 8080; }")).toThrow(/no line matching/);
  });

  it("wraps the site in a foreground nginx.conf that writes only under its prefix", () => {
    const main = nginxMainConf({ prefix: "/tmp/p", site: "server {}" });
    expect(main).toMatch(/^daemon off;$/m);
    expect(main).toContain("pid /tmp/p/nginx.pid;");
    expect(main).toContain("error_log /tmp/p/error.log warn;");
    expect(main).toContain("proxy_temp_path /tmp/p/proxy;");
    expect(main).toContain("server {}");
  });
});
