import http from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from '../logger.js';
import { newId } from '../ids.js';
import { ApiError } from './errors.js';

/**
 * Requests Node's HTTP parser refuses before Parley sees them (a request line and headers over Node's 16 KB, a
 * request that is not HTTP) are answered in the same error envelope as every other error, not with Node's bare
 * status line, so that a client can read them the same way.
 */
export function answerClientErrors(server: http.Server, logger: Logger): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? 431 : 400;
    const requestId = newId('request');
    const body = JSON.stringify(
      new ApiError(
        status,
        'invalid_request_error',
        tooLarge ? 'request_headers_too_large' : 'request_malformed',
        tooLarge
          ? 'The request line and headers exceed 16 KB. Send long values (a long list of ids, say) in a request body.'
          : 'The request is not well-formed HTTP/1.1.',
      ).toBody(requestId),
    );
    logger.debug({ err: error, requestId }, 'refused a request the HTTP parser could not read');
    socket.end(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nRequest-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
