/** A tiny static file server on 127.0.0.1 for the browser tests and the benchmark. */
import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";

const TYPER: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".map": "application/json",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export interface StatiskServer {
  url: string;
  /** Every path requested, in order (the network test reads it). */
  anmodninger: string[];
  luk(): Promise<void>;
}

export async function startStatiskServer(rod: string): Promise<StatiskServer> {
  const anmodninger: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const sti = decodeURIComponent((req.url ?? "/").split("?")[0]);
    anmodninger.push(sti);
    const fil = normalize(join(rod, sti === "/" ? "index.html" : sti));
    if (!fil.startsWith(normalize(rod + sep))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const data = await readFile(fil);
      res.writeHead(200, { "content-type": TYPER[extname(fil)] ?? "application/octet-stream" }).end(data);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const addr = server.address();
  const port = typeof addr === "object" && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    anmodninger,
    luk: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
