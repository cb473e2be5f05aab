/**
 * An nginx server {} block that answers one article's URL with its
 * prerendered HTML file from the build (`<distDir>/server/app/articles/<slug>.html`):
 * the fastest anything can serve that page, the yardstick for the cached proxy.
 */
export function staticArticleServer(options: {
  port: number;
  appDir: string;
  slug: string;
}): string {
  return `
server {
    listen 127.0.0.1:${options.port};
    root ${options.appDir};
    location = /articles/${options.slug} {
        default_type text/html;
        try_files /articles/${options.slug}.html =404;
    }
}
`;
}
