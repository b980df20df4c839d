import coBody from 'co-body';
import type Koa from 'koa';
import { ApiError, invalidRequest } from './errors.js';
import type { StreamedBody } from './route.js';

const unsupportedMediaType = (message = 'Send the request body as JSON with `Content-Type: application/json`.') =>
  new ApiError(415, 'invalid_request_error', 'unsupported_media_type', message);

/**
 * Reads a JSON request body; an absent body reads as `{}`, so validation can name the missing fields. Every
 * JSON body Parley takes is an object: other JSON (`[]`, `"x"`, `null`, `123`) is valid JSON of the wrong shape.
 */
export async function readJsonBody(ctx: Koa.Context, limitBytes: number): Promise<unknown> {
  const hasBody = (ctx.request.length ?? 0) > 0 || ctx.get('Transfer-Encoding') !== '';
  if (!hasBody) return {};
  if (!ctx.request.is('application/json', '+json')) throw unsupportedMediaType();
  let body: unknown;
  try {
    // Not co-body's strict mode: it calls any non-object JSON invalid, which it is not.
    body = await coBody.json(ctx, { limit: limitBytes, strict: false });
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 413) {
      throw new ApiError(413, 'invalid_request_error', 'body_too_large', `The request body is larger than ${limitBytes} bytes.`);
    }
    if (status === 415) throw unsupportedMediaType();
    if (status === 400) throw invalidRequest('invalid_json', 'The request body is not valid JSON.');
    throw error;
  }
  if (body === '') return {};
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw invalidRequest('parameter_invalid', 'The request body must be a JSON object.');
  }
  return body;
}

/**
 * The exact bytes of a request body, for a route that checks a signature over them before anything parses
 * them (a JSON parse and re-serialization would not give the signed bytes back). At most `limitBytes`.
 */
export async function readRawBody(ctx: Koa.Context, limitBytes: number): Promise<Buffer> {
  const tooLarge = () => new ApiError(413, 'invalid_request_error', 'body_too_large', `The request body is larger than ${limitBytes} bytes.`);
  if ((ctx.request.length ?? 0) > limitBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Stop reading at the limit: a sender that lies about (or leaves out) its length gets no further.
    if (size > limitBytes) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/**
 * A multipart/form-data body, left unread for the route to stream (uploads are too large to buffer). Its
 * size limit is the route's to enforce, as it reads.
 */
export function multipartBody(ctx: Koa.Context): StreamedBody {
  if (!ctx.request.is('multipart/form-data')) {
    throw unsupportedMediaType('Send the request body as a form with `Content-Type: multipart/form-data`.');
  }
  return { contentType: ctx.get('Content-Type'), length: ctx.request.length, stream: ctx.req };
}
