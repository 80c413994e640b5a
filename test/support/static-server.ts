/** A tiny static file server for the built site, with the 404 page a static host would give. */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

function resolveFile(root: string, urlPath: string): string | undefined {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, clean);
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

/**
 * Headers from the site's _headers file (Netlify/Cloudflare format), so tests
 * see the same security headers a static host would send. Only `/*` rules.
 */
function readHeaders(root: string): Record<string, string> {
  const file = join(root, '_headers');
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  let applies = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^\S/.test(line)) applies = line.trim() === '/*';
    else if (applies && line.includes(':')) {
      const [name, ...value] = line.trim().split(':');
      headers[name!.trim()] = value.join(':').trim();
    }
  }
  return headers;
}

export async function startStaticServer(dir: string, port = 0): Promise<{ url: string; server: Server }> {
  const root = resolve(dir);
  const security = readHeaders(root);
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const file = resolveFile(root, path);
    if (!file) {
      res.writeHead(404, { ...security, 'Content-Type': TYPES['.html']! });
      createReadStream(join(root, '404.html')).pipe(res);
      return;
    }
    // A directory without trailing slash redirects, as static hosts do.
    if (file.endsWith('index.html') && !path.split('?')[0]!.endsWith('/') && !path.endsWith('.html')) {
      res.writeHead(301, { Location: `${path.split('?')[0]}/` });
      res.end();
      return;
    }
    res.writeHead(200, { ...security, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${actual}`, server };
}
