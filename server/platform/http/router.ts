import Router from '@koa/router';
import type Koa from 'koa';
import type { Services } from '../services.js';
import { apiPipeline } from './pipeline.js';
import type { RequestState } from './request-context.js';
import type { PlatformOperationId, Route } from './route.js';
import type { Operation } from './spec.js';
import type { Validator } from './validation.js';

export type PlatformHandlers = Record<PlatformOperationId, Koa.Middleware>;

const koaPath = (openApiPath: string) => openApiPath.replace(/\{(\w+)\}/g, ':$1');

/**
 * Registers exactly the operations of the OpenAPI document. Fails closed at start: an operation without
 * a handler, a handler without an operation, or a handler whose access disagrees with the document's
 * `security` stops the server from starting.
 */
export function buildRouter(input: {
  operations: Operation[];
  routes: Route[];
  platform: PlatformHandlers;
  services: Services;
  validator: Validator;
  serveApi: boolean;
}): Router {
  const { operations, routes, platform, services, validator, serveApi } = input;
  const router = new Router();
  const routesById = new Map<string, Route>();
  for (const route of routes) {
    if (routesById.has(route.operationId)) throw new Error(`two handlers for operation ${route.operationId}`);
    routesById.set(route.operationId, route);
  }
  const known = new Set(operations.map((op) => op.id));
  for (const route of routes) {
    if (!known.has(route.operationId)) throw new Error(`handler for ${route.operationId}, which openapi.yaml does not define`);
  }

  for (const operation of operations) {
    const mark: Koa.Middleware = async (ctx, next) => {
      (ctx.state as RequestState).operation = operation;
      await next();
    };
    if (operation.platformEndpoint) {
      const handler = platform[operation.id as PlatformOperationId];
      if (!handler) throw new Error(`no handler for platform operation ${operation.id}`);
      router[operation.method](koaPath(operation.path), mark, handler);
      continue;
    }
    const route = routesById.get(operation.id);
    if (!route) throw new Error(`no handler for operation ${operation.id} in openapi.yaml`);
    const expected = operation.signedWebhook ? 'signed' : operation.security.length === 0 ? 'public' : 'authenticated';
    if (route.access !== expected) {
      throw new Error(`${operation.id} is declared ${expected} in openapi.yaml but its handler is ${route.access}`);
    }
    if (serveApi) {
      router[operation.method](koaPath(operation.path), mark, apiPipeline(operation, route, services, validator));
    }
  }
  return router;
}
