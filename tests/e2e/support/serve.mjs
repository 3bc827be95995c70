// A tiny static server for dist/, behaving like a static host: directory URLs
// serve index.html, unknown paths serve 404.html with status 404, and text
// responses are gzipped when the browser accepts it.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const [root = 'dist', port = '4329'] = process.argv.slice(2);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

async function resolve(pathname) {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(normalize(root))) return undefined;
  try {
    const info = await stat(path);
    return info.isDirectory() ? join(path, 'index.html') : path;
  } catch {
    return undefined;
  }
}

createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const file = await resolve(pathname);
  try {
    if (!file) throw new Error('not found');
    const body = await readFile(file);
    const type = types[extname(file)] ?? 'application/octet-stream';
    const compress =
      /gzip/.test(req.headers['accept-encoding'] ?? '') && /text|javascript|json|xml|svg/.test(type);
    res.writeHead(200, {
      'content-type': type,
      ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(compress ? gzipSync(body) : body);
  } catch {
    res.writeHead(404, { 'content-type': types['.html'] });
    res.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
  }
}).listen(Number(port), '127.0.0.1');
