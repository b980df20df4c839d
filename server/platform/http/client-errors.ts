import http from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from '../logger.js';
import { newId } from '../ids.js';
import { ApiError } from './errors.js';

function errorFor(code: string | undefined): ApiError {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return new ApiError(431, 'invalid_request_error', 'request_headers_too_large', 'The request line and headers exceed 16 KB. Send long values (a long list of ids, say) in a request body.');
  }
  // Node's requestTimeout (5 minutes): the request did not arrive whole in time.
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return new ApiError(408, 'invalid_request_error', 'request_timeout', 'The request did not arrive whole in time.');
  return new ApiError(400, 'invalid_request_error', 'request_malformed', 'The request is not well-formed HTTP/1.1.');
}

/**
 * Requests Node's HTTP parser refuses before Parley sees them (a request line and headers over Node's 16 KB, a
 * request that is not HTTP, one that does not arrive whole in time) are answered in the same error envelope as
 * every other error, not with Node's bare status line, so that a client can read them the same way.
 */
export function answerClientErrors(server: http.Server, logger: Logger): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A response already under way on this connection cannot be followed by another.
    const answering = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent === true;
    if (error.code === 'ECONNRESET' || !socket.writable || answering) {
      socket.destroy();
      return;
    }
    const apiError = errorFor(error.code);
    const status = apiError.status;
    const requestId = newId('request');
    const body = JSON.stringify(apiError.toBody(requestId));
    logger.debug({ err: error, requestId }, 'refused a request the HTTP parser could not read');
    socket.end(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nRequest-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
