import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import { type Browser, chromium } from "playwright-core";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".cjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".map": "application/json; charset=utf-8",
};

/** A static server on 127.0.0.1 and the address it listens on. */
export interface StaticServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  readonly origin: string;
  /** Every path requested so far, in order. */
  readonly requested: readonly string[];
  /** Stops the server. */
  close(): Promise<void>;
}

/**
 * Serves pages given as text (by exact path) and folders of files (by path
 * prefix, such as `/dist/`) on 127.0.0.1, on a free port. Paths that leave
 * their folder, and anything not mounted, are 404.
 */
export async function serveStatic(
  pages: Readonly<Record<string, string>>,
  folders: Readonly<Record<string, string>>,
): Promise<StaticServer> {
  const requested: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    requested.push(path);
    const send = (status: number, type: string, body: string | Buffer): void => {
      response.writeHead(status, { "content-type": type, "cache-control": "no-store" });
      response.end(body);
    };
    const page = pages[path];
    if (page !== undefined) {
      send(200, CONTENT_TYPES[".html"] ?? "text/html", page);
      return;
    }
    const mount = Object.keys(folders).find((prefix) => path.startsWith(prefix));
    const folder = mount === undefined ? undefined : folders[mount];
    if (mount === undefined || folder === undefined) {
      send(404, "text/plain", "not found");
      return;
    }
    const root = resolve(folder);
    const file = resolve(join(root, path.slice(mount.length)));
    if (file !== root && !file.startsWith(root + sep)) {
      send(404, "text/plain", "not found");
      return;
    }
    stat(file)
      .then((info) => (info.isDirectory() ? join(file, "index.html") : file))
      .then((target) => readFile(target).then((body) => ({ target, body })))
      .then(({ target, body }) => send(200, CONTENT_TYPES[extname(target)] ?? "application/octet-stream", body))
      .catch(() => send(404, "text/plain", "not found"));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requested,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error === undefined ? done() : fail(error)));
        server.closeAllConnections();
      }),
  };
}

/** Debian's Chromium, headless, as CI installs it. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Starts headless Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}
