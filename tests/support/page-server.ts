import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A loopback HTTP server with the pages the URL-intake tests fetch: an article, redirects
 * (one, a chain, to forbidden addresses), an oversized page, a slow one, a PDF, a gzip bomb.
 */
export const ARTICLE_HTML = `<!doctype html><html lang="en"><head><title>Fallback title</title>
<meta property="og:title" content="ISIS loses Raqqa">
<meta property="og:site_name" content="Test Wire">
<meta property="article:published_time" content="2017-10-17T09:00:00Z">
<link rel="canonical" href="https://wire.example/raqqa">
<script>window.ran = true</script></head>
<body><nav>Home | World</nav><article><h1>ISIS loses Raqqa</h1>
<p>The Islamic State lost control of Raqqa on Tuesday after a four-month battle, commanders said.</p>
<p>Fighters of the group withdrew towards Deir ez-Zor province in eastern Syria.</p>
<p>Residents said the city was largely destroyed by the fighting and air strikes.</p>
</article><footer>© Test Wire</footer></body></html>`;

export interface PageServer {
  base: string;
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const srv = http.createServer((req, res) => {
    const u = new URL(req.url ?? "/", "http://x");
    const n = Number(u.searchParams.get("n") ?? 0);
    switch (u.pathname) {
      case "/article":
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(ARTICLE_HTML);
        return;
      case "/plain":
        res.writeHead(200, { "Content-Type": "text/plain" }).end("Boko Haram attacked Maiduguri on Monday.");
        return;
      case "/redirect":
        res.writeHead(302, { Location: u.searchParams.get("to") ?? "/article" }).end();
        return;
      case "/chain":
        res.writeHead(301, { Location: n > 0 ? `/chain?n=${n - 1}` : "/article" }).end();
        return;
      case "/big": {
        // No Content-Length: the limit must hold on the stream itself.
        res.writeHead(200, { "Content-Type": "text/html" });
        const chunk = Buffer.alloc(64 * 1024, "a");
        let sent = 0;
        const pump = () => {
          while (sent < 3 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once("drain", pump);
          }
          res.end();
        };
        res.on("error", () => {});
        pump();
        return;
      }
      case "/declared-big":
        res.writeHead(200, { "Content-Type": "text/html", "Content-Length": String(5 * 1024 * 1024) }).end();
        return;
      case "/slow":
        res.writeHead(200, { "Content-Type": "text/html" });
        res.write("<p>");
        return; // never ends
      case "/pdf":
        res.writeHead(200, { "Content-Type": "application/pdf" }).end("%PDF-1.4");
        return;
      default:
        res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    }
  });
  srv.listen(0, "127.0.0.1");
  await once(srv, "listening");
  const { port } = srv.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => {
      srv.closeAllConnections();
      return new Promise((r) => srv.close(() => r()));
    },
  };
}
