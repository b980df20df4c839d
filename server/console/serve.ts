import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type Router from '@koa/router';
import type Koa from 'koa';
import { CONSOLE_DIST } from './build.js';

/**
 * Everything the console loads comes from this origin: no CDN, no remote fonts. Styles and scripts are files
 * (no inline code), the QR code and the inbox's media are blob: URLs of files the API gives, and the API is called on the same origin.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const SHARED_HEADERS = {
  'Content-Security-Policy': CONSOLE_CSP,
  'X-Content-Type-Options': 'nosniff',
  // Emailed links carry their token in the address: never pass it on to another site.
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

/** The console at /console (any path under it is the app, which routes in the browser), and / redirects there. */
export function registerConsole(router: Router): void {
  router.get('/', (ctx) => {
    ctx.redirect('/console/');
  });

  // Vite names every asset by its content hash, so a file under /console/assets never changes.
  router.get('/console/assets/:file', async (ctx) => {
    const name = ctx.params.file ?? '';
    const type = TYPES[path.extname(name)];
    if (!/^[\w.-]+$/.test(name) || !type) return;
    const body = await readFile(path.join(CONSOLE_DIST, 'assets', name)).catch(() => undefined);
    if (!body) return;
    ctx.set(SHARED_HEADERS);
    ctx.set('Cache-Control', 'public, max-age=31536000, immutable');
    ctx.type = type;
    ctx.body = body;
  });

  const page: Koa.Middleware = async (ctx) => {
    ctx.set(SHARED_HEADERS);
    // The page names the current assets, so it is checked again on every load.
    ctx.set('Cache-Control', 'no-cache');
    const html = await readFile(path.join(CONSOLE_DIST, 'index.html'), 'utf8').catch(() => undefined);
    if (html === undefined) {
      ctx.status = 503;
      ctx.type = 'text/plain';
      ctx.body = 'The Parley console is not built yet: `npm start` builds it, or run `npm run build:console`.\n';
      return;
    }
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = html;
  };
  router.get('/console', page);
  router.get('/console/{*rest}', page);
}
