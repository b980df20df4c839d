import { clusterMetrics } from '../../cluster.js';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type Router from '@koa/router';
import { safeEqual } from '../crypto.js';
import type { Services } from '../services.js';
import { ApiError } from './errors.js';
import type { PlatformHandlers } from './router.js';
import type { OpenApiDocument } from './spec.js';

const REFERENCE_DIR = new URL('../../../openapi/reference/', import.meta.url);
const SWAGGER_DIR = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

/** The only files /docs/assets serves; nothing else on disk is reachable through it. */
const ASSETS: Record<string, { file: string; type: string }> = {
  'swagger-ui.css': { file: path.join(SWAGGER_DIR, 'swagger-ui.css'), type: 'text/css' },
  'swagger-ui-bundle.js': { file: path.join(SWAGGER_DIR, 'swagger-ui-bundle.js'), type: 'application/javascript' },
  'favicon-32x32.png': { file: path.join(SWAGGER_DIR, 'favicon-32x32.png'), type: 'image/png' },
  'init.js': { file: new URL('init.js', REFERENCE_DIR).pathname, type: 'application/javascript' },
};

export function platformHandlers(services: Services, document: OpenApiDocument): PlatformHandlers {
  const referencePage = readFileSync(new URL('index.html', REFERENCE_DIR), 'utf8');
  return {
    getHealth: async (ctx) => {
      ctx.body = { status: 'ok' };
    },
    getReadiness: async (ctx) => {
      const probe = (check: Promise<unknown>) =>
        check.then(
          () => 'ok' as const,
          () => 'failing' as const,
        );
      const [database, redis] = await Promise.all([
        probe(services.db.ping()),
        services.redis ? probe(services.redis.ping()) : Promise.resolve('not_configured' as const),
      ]);
      const ready = database === 'ok' && redis !== 'failing';
      ctx.status = ready ? 200 : 503;
      ctx.body = { status: ready ? 'ok' : 'unavailable', checks: { database, redis } };
    },
    getMetrics: async (ctx) => {
      const token = services.config.METRICS_TOKEN;
      if (token !== undefined) {
        const given = /^Bearer (.+)$/i.exec(ctx.get('authorization'))?.[1];
        if (given === undefined || !safeEqual(given, token)) {
          throw new ApiError(401, 'authentication_error', 'metrics_token_invalid', 'GET /metrics needs `Authorization: Bearer <METRICS_TOKEN>`, the token this Parley was started with.', {
            headers: { 'WWW-Authenticate': 'Bearer realm="metrics"' },
          });
        }
      }
      ctx.type = services.metrics.registry.contentType;
      // Under PARLEY_API_PROCESSES, every process's figures (gathered by the supervisor), not just this one's.
      ctx.body = await (clusterMetrics() ?? services.metrics.registry.metrics());
    },
    getOpenApiDocument: async (ctx) => {
      ctx.body = document;
    },
    getApiReference: async (ctx) => {
      ctx.type = 'text/html';
      ctx.body = referencePage;
    },
  };
}

export function registerDocsAssets(router: Router): void {
  router.get('/docs/assets/:file', async (ctx) => {
    const name = ctx.params.file ?? '';
    const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
    if (!asset) return;
    ctx.type = asset.type;
    ctx.set('Cache-Control', 'public, max-age=3600');
    ctx.body = await readFile(asset.file);
  });
}
