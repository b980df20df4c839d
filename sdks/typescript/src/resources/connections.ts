// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { APIResource, parseDownload, parseJson, parseText, pathParam } from '../core/index.js';
import type { APIPromise, Download, PagePromise, RequestOptions, Stream } from '../core/index.js';
import type { Connection, ConnectionId, ConnectionPresence, ConnectionPresenceRequest, ConnectionQr, ConnectionStreamEvent, CreateConnectionRequest, CreateStatusRequest, DeletedConnection, PairingCode, PairingCodeRequest, Status, UpdateConnectionRequest } from '../types.js';

/**
 * A connection is one WhatsApp number linked to your account. Create one, then link it by scanning its QR
 * code (or typing a pairing code) in WhatsApp on the phone: Settings → Linked devices. Test-mode keys get
 * sandbox connections on Parley's simulated network; live-mode keys get real WhatsApp.
 *
 * Statuses: `pending` (waiting for a worker) → `qr` (scan the QR code) → `connecting` → `connected`;
 * `disconnected` (Parley reconnects on its own); `logged_out` (unlinked from the phone or by you);
 * `failed` (`status_reason`: `banned`, `connection_replaced`, `multidevice_mismatch`, ...). A logged-out or
 * failed connection stays stopped until you restart it.
 */
export class Connections extends APIResource {
  /**
   * List connections
   *
   * The connections of the calling mode, newest first.
   */
  list(query: ConnectionsListParams = {}, options?: RequestOptions): PagePromise<Connection> {
    return this._client.requestPage<Connection>({ method: 'get', path: '/v1/connections', query }, options);
  }

  /**
   * Create a connection
   *
   * The connection's mode is the calling key's. It starts `pending`; within moments a worker picks it
   * up and it shows a QR code (`GET /v1/connections/{id}/qr`), or link it by pairing code. An account has at
   * most its plan's connections per mode (`403 plan_limit_reached`, `param`: `connections`). A live-mode
   * connection needs the account's `live_connections` feature, on unless a platform admin turned it off
   * (`403 feature_disabled`).
   */
  create(body?: CreateConnectionRequest, options?: RequestOptions): APIPromise<Connection> {
    return this._client.request({ method: 'post', path: '/v1/connections', idempotent: true, body }, options, parseJson<Connection>);
  }

  /**
   * Retrieve a connection
   */
  retrieve(id: ConnectionId, options?: RequestOptions): APIPromise<Connection> {
    return this._client.request({ method: 'get', path: `/v1/connections/${pathParam(id)}` }, options, parseJson<Connection>);
  }

  /**
   * Update a connection
   *
   * Renames it or changes its send rate; a new rate applies from the next message it sends.
   */
  update(id: ConnectionId, body: UpdateConnectionRequest, options?: RequestOptions): APIPromise<Connection> {
    return this._client.request({ method: 'patch', path: `/v1/connections/${pathParam(id)}`, body }, options, parseJson<Connection>);
  }

  /**
   * Delete a connection
   *
   * Logs the device out of WhatsApp (when it is linked), wipes its credentials and deletes it, with its
   * messages and chats. Messages still waiting to be sent are dropped.
   */
  delete(id: ConnectionId, options?: RequestOptions): APIPromise<DeletedConnection> {
    return this._client.request({ method: 'delete', path: `/v1/connections/${pathParam(id)}` }, options, parseJson<DeletedConnection>);
  }

  /**
   * Restart a connection
   *
   * Reconnects a running connection, or starts a `logged_out` or `failed` one again (a logged-out
   * connection then shows a new QR code).
   */
  restart(id: ConnectionId, options?: RequestOptions): APIPromise<Connection> {
    return this._client.request({ method: 'post', path: `/v1/connections/${pathParam(id)}/restart`, idempotent: true }, options, parseJson<Connection>);
  }

  /**
   * Log a connection out
   *
   * Unlinks the device from WhatsApp and wipes its credentials. The connection stays, `logged_out`.
   */
  logout(id: ConnectionId, options?: RequestOptions): APIPromise<Connection> {
    return this._client.request({ method: 'post', path: `/v1/connections/${pathParam(id)}/logout`, idempotent: true }, options, parseJson<Connection>);
  }

  /**
   * The QR code to link a connection
   *
   * JSON `{qr, expires_at}` by default, a PNG image with `Accept: image/png`, or SVG with
   * `Accept: image/svg+xml`. The code rotates: fetch it again (or follow the events stream) when it
   * expires. 409 when the connection is already linked or has no QR code yet.
   */
  qr(id: ConnectionId, params?: { format?: 'json' }, options?: RequestOptions): APIPromise<ConnectionQr>;
  qr(id: ConnectionId, params: { format: 'png' }, options?: RequestOptions): APIPromise<Download>;
  qr(id: ConnectionId, params: { format: 'svg' }, options?: RequestOptions): APIPromise<string>;
  qr(id: ConnectionId, params: { format?: 'json' | 'png' | 'svg' } = {}, options?: RequestOptions): APIPromise<ConnectionQr | Download | string> {
    switch (params.format) {
      case 'png':
        return this._client.request({ method: 'get', path: `/v1/connections/${pathParam(id)}/qr`, accept: 'image/png' }, options, parseDownload);
      case 'svg':
        return this._client.request({ method: 'get', path: `/v1/connections/${pathParam(id)}/qr`, accept: 'image/svg+xml' }, options, parseText);
      default:
        return this._client.request({ method: 'get', path: `/v1/connections/${pathParam(id)}/qr` }, options, parseJson<ConnectionQr>);
    }
  }

  /**
   * Link by pairing code instead of QR
   *
   * Returns an 8-character code. On the phone whose number you give: WhatsApp → Linked devices →
   * Link with phone number instead, and type the code.
   */
  requestPairingCode(id: ConnectionId, body: PairingCodeRequest, options?: RequestOptions): APIPromise<PairingCode> {
    return this._client.request({ method: 'post', path: `/v1/connections/${pathParam(id)}/pairing-code`, idempotent: true, body }, options, parseJson<PairingCode>);
  }

  /**
   * Set the number's availability
   *
   * Shows the number `online` or `offline` to its contacts. Parley links numbers `offline`, so that the phone
   * keeps getting notifications; that is the default again after a restart of the connection, or when another
   * worker takes it over (a reconnect on the same worker keeps the setting). While it is `online` the phone may
   * not show notifications. The connection must be connected: otherwise `409 connection_not_connected`;
   * `409 profile_name_unknown` when WhatsApp has not yet told Parley the number's profile name (just after
   * linking); retry a minute later.
   */
  setPresence(id: ConnectionId, body: ConnectionPresenceRequest, options?: RequestOptions): APIPromise<ConnectionPresence> {
    return this._client.request({ method: 'post', path: `/v1/connections/${pathParam(id)}/presence`, idempotent: true, body }, options, parseJson<ConnectionPresence>);
  }

  /**
   * Post a status
   *
   * Posts a status (a story, shown for 24 hours) from the connection's number to the contacts listed in
   * `recipients`: WhatsApp shows a status only to the people it is sent to, so the list is explicit (at most
   * 1,000 numbers). `type` names the content field to fill: `text` (with an optional background colour and
   * font), `image` or `video` (an upload's `media_id`, with an optional caption). Parley answers 201 once
   * WhatsApp has taken the status, so a status that was answered is posted; a failure posts nothing and can be
   * retried with the same `Idempotency-Key`. The connection must be `connected` (409
   * `connection_not_connected` otherwise).
   */
  postStatus(id: ConnectionId, body: CreateStatusRequest, options?: RequestOptions): APIPromise<Status> {
    return this._client.request({ method: 'post', path: `/v1/connections/${pathParam(id)}/statuses`, idempotent: true, body }, options, parseJson<Status>);
  }

  /**
   * Follow a connection's state
   *
   * A server-sent-events stream of one connection's state, on any API node whichever worker runs the
   * connection. Each message (`ConnectionStreamMessage`) has `event:` (its type) and one `data:` line holding a
   * `ConnectionStreamEvent` JSON object; messages carry no `id:`, since the stream does not resume: a client
   * that reconnects starts again from the current state. The first message is `connection.state`, the
   * connection as it is now (with its QR code while there is one), preceded by `retry: 3000` (reconnect after
   * 3 seconds). Then come `connection.qr`, `connection.connecting`, `connection.connected`,
   * `connection.disconnected`, `connection.logged_out`, `connection.failed`, `connection.updated`,
   * `connection.restarted` and `connection.deleted` as they happen; after `connection.deleted` the stream
   * ends. A change made just as the stream opens can arrive after a `connection.state` that already shows
   * it, so act on a state once (scan a QR code once, not on every message showing `qr`). Comments
   * (`: keep-alive`, every 15 seconds) keep idle proxies from closing it.
   */
  events(id: ConnectionId, options?: RequestOptions): APIPromise<Stream<ConnectionStreamEvent>> {
    return this._client.requestStream<ConnectionStreamEvent>({ method: 'get', path: `/v1/connections/${pathParam(id)}/events` }, options);
  }
}

export type ConnectionsListParams = {
  /**
   * How many objects to return, 1 to 100.
   * @default 10
   */
  limit?: number;
  /**
   * An object id; returns the page of objects that come after it (older).
   */
  starting_after?: string;
  /**
   * An object id; returns the page of objects that come before it (newer).
   */
  ending_before?: string;
};
