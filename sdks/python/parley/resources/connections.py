# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import List, Literal, Mapping, Optional, Union, overload

from .._client import APIResource, path_param
from .._options import NOT_GIVEN, NotGiven, RequestOptions
from .._files import Download
from .._pagination import Page
from .._response import APIResponse
from .._streaming import Stream
from ..types import Availability, Connection, ConnectionId, ConnectionPresence, ConnectionQr, ConnectionStreamEvent, DeletedConnection, PairingCode, PhoneNumber, Status, StatusMedia, StatusText, StatusType


class Connections(APIResource):
    """A connection is one WhatsApp number linked to your account. Create one, then link it by scanning its QR
    code (or typing a pairing code) in WhatsApp on the phone: Settings → Linked devices. Test-mode keys get
    sandbox connections on Parley's simulated network; live-mode keys get real WhatsApp.

    Statuses: `pending` (waiting for a worker) → `qr` (scan the QR code) → `connecting` → `connected`;
    `disconnected` (Parley reconnects on its own); `logged_out` (unlinked from the phone or by you);
    `failed` (`status_reason`: `banned`, `connection_replaced`, `multidevice_mismatch`, ...). A logged-out or
    failed connection stays stopped until you restart it.
    """

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Page[Connection]:
        """List connections

        The connections of the calling mode, newest first.
        """
        return self._request_page(
            "get",
            "/v1/connections",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def create(
        self,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        send_rate: Union[int, NotGiven] = NOT_GIVEN,
        reject_calls: Union[bool, NotGiven] = NOT_GIVEN,
        reject_call_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        new_contact_daily_limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        receive_statuses: Union[bool, NotGiven] = NOT_GIVEN,
        sync_history: Union[bool, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Connection:
        """Create a connection

        The connection's mode is the calling key's. It starts `pending`; within moments a worker picks it
        up and it shows a QR code (`GET /v1/connections/{id}/qr`), or link it by pairing code. An account has at
        most its plan's connections per mode (`403 plan_limit_reached`, `param`: `connections`). A live-mode
        connection needs the account's `live_connections` feature, on unless a platform admin turned it off
        (`403 feature_disabled`).
        """
        return self._request(
            "post",
            "/v1/connections",
            body={"name": name, "send_rate": send_rate, "reject_calls": reject_calls, "reject_call_message": reject_call_message, "new_contact_daily_limit": new_contact_daily_limit, "receive_statuses": receive_statuses, "sync_history": sync_history},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def retrieve(
        self,
        id: ConnectionId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Connection:
        """Retrieve a connection"""
        return self._request(
            "get",
            f"/v1/connections/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def update(
        self,
        id: ConnectionId,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        send_rate: Union[int, NotGiven] = NOT_GIVEN,
        new_contact_daily_limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        new_contacts_paused_until: Union[None, NotGiven] = NOT_GIVEN,
        reject_calls: Union[bool, NotGiven] = NOT_GIVEN,
        reject_call_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        receive_statuses: Union[bool, NotGiven] = NOT_GIVEN,
        sync_history: Union[bool, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Connection:
        """Update a connection

        Renames it or changes its send rate; a new rate applies from the next message it sends.
        """
        return self._request(
            "patch",
            f"/v1/connections/{path_param(id)}",
            body={"name": name, "send_rate": send_rate, "new_contact_daily_limit": new_contact_daily_limit, "new_contacts_paused_until": new_contacts_paused_until, "reject_calls": reject_calls, "reject_call_message": reject_call_message, "receive_statuses": receive_statuses, "sync_history": sync_history},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def delete(
        self,
        id: ConnectionId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> DeletedConnection:
        """Delete a connection

        Logs the device out of WhatsApp (when it is linked), wipes its credentials and deletes it, with its
        messages and chats. Messages still waiting to be sent are dropped.
        """
        return self._request(
            "delete",
            f"/v1/connections/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def restart(
        self,
        id: ConnectionId,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Connection:
        """Restart a connection

        Reconnects a running connection, or starts a `logged_out` or `failed` one again (a logged-out
        connection then shows a new QR code).
        """
        return self._request(
            "post",
            f"/v1/connections/{path_param(id)}/restart",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def logout(
        self,
        id: ConnectionId,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Connection:
        """Log a connection out

        Unlinks the device from WhatsApp and wipes its credentials. The connection stays, `logged_out`.
        """
        return self._request(
            "post",
            f"/v1/connections/{path_param(id)}/logout",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    @overload
    def qr(
        self,
        id: ConnectionId,
        *,
        format: Literal["json"] = "json",
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> ConnectionQr:
        ...

    @overload
    def qr(
        self,
        id: ConnectionId,
        *,
        format: Literal["png"],
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Download:
        ...

    @overload
    def qr(
        self,
        id: ConnectionId,
        *,
        format: Literal["svg"],
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> str:
        ...

    def qr(
        self,
        id: ConnectionId,
        *,
        format: Literal["json", "png", "svg"] = "json",
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Union[ConnectionQr, Download, str]:
        """The QR code to link a connection

        JSON `{qr, expires_at}` by default, a PNG image with `Accept: image/png`, or SVG with
        `Accept: image/svg+xml`. The code rotates: fetch it again (or follow the events stream) when it
        expires. 409 when the connection is already linked or has no QR code yet.
        """
        accept, parse = {"json": ("application/json", "json"), "png": ("image/png", "download"), "svg": ("image/svg+xml", "text")}[format]
        return self._request(
            "get",
            f"/v1/connections/{path_param(id)}/qr",
            parse=parse,
            accept=accept,
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def request_pairing_code(
        self,
        id: ConnectionId,
        *,
        phone_number: PhoneNumber,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> PairingCode:
        """Link by pairing code instead of QR

        Returns an 8-character code. On the phone whose number you give: WhatsApp → Linked devices →
        Link with phone number instead, and type the code.
        """
        return self._request(
            "post",
            f"/v1/connections/{path_param(id)}/pairing-code",
            body={"phone_number": phone_number},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def set_presence(
        self,
        id: ConnectionId,
        *,
        availability: Availability,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> ConnectionPresence:
        """Set the number's availability

        Shows the number `online` or `offline` to its contacts. Parley links numbers `offline`, so that the phone
        keeps getting notifications; that is the default again after a restart of the connection, or when another
        worker takes it over (a reconnect on the same worker keeps the setting). While it is `online` the phone may
        not show notifications. The connection must be connected: otherwise `409 connection_not_connected`;
        `409 profile_name_unknown` when WhatsApp has not yet told Parley the number's profile name (just after
        linking); retry a minute later.
        """
        return self._request(
            "post",
            f"/v1/connections/{path_param(id)}/presence",
            body={"availability": availability},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def post_status(
        self,
        id: ConnectionId,
        *,
        type: StatusType,
        recipients: List[PhoneNumber],
        text: Union[StatusText, NotGiven] = NOT_GIVEN,
        image: Union[StatusMedia, NotGiven] = NOT_GIVEN,
        video: Union[StatusMedia, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Status:
        """Post a status

        Posts a status (a story, shown for 24 hours) from the connection's number to the contacts listed in
        `recipients`: WhatsApp shows a status only to the people it is sent to, so the list is explicit (at most
        1,000 numbers). `type` names the content field to fill: `text` (with an optional background colour and
        font), `image` or `video` (an upload's `media_id`, with an optional caption). Parley answers 201 once
        WhatsApp has taken the status, so a status that was answered is posted; a failure posts nothing and can be
        retried with the same `Idempotency-Key`. The connection must be `connected` (409
        `connection_not_connected` otherwise).
        """
        return self._request(
            "post",
            f"/v1/connections/{path_param(id)}/statuses",
            body={"type": type, "recipients": recipients, "text": text, "image": image, "video": video},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def events(
        self,
        id: ConnectionId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Stream[ConnectionStreamEvent]:
        """Follow a connection's state

        A server-sent-events stream of one connection's state, on any API node whichever worker runs the
        connection. Each message (`ConnectionStreamMessage`) has `event:` (its type) and one `data:` line holding a
        `ConnectionStreamEvent` JSON object; messages carry no `id:`, since the stream does not resume: a client
        that reconnects starts again from the current state. The first message is `connection.state`, the
        connection as it is now (with its QR code while there is one), preceded by `retry: 3000` (reconnect after
        3 seconds). Then come `connection.qr`, `connection.connecting`, `connection.connected`,
        `connection.disconnected`, `connection.logged_out`, `connection.failed`, `connection.updated`,
        `connection.restarted` and `connection.deleted` as they happen; after `connection.deleted` the stream
        ends. A change made just as the stream opens can arrive after a `connection.state` that already shows
        it, so act on a state once (scan a QR code once, not on every message showing `qr`). Comments
        (`: keep-alive`, every 15 seconds) keep idle proxies from closing it.
        """
        return self._request_stream(
            "get",
            f"/v1/connections/{path_param(id)}/events",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )


class ConnectionsWithRawResponse(APIResource):
    """`Connections` answering `APIResponse` objects: the data with the status, headers and request id."""

    _raw = True

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Page[Connection]]:
        """`Connections.list` with the whole answer."""
        return self._request_page(
            "get",
            "/v1/connections",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def create(
        self,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        send_rate: Union[int, NotGiven] = NOT_GIVEN,
        reject_calls: Union[bool, NotGiven] = NOT_GIVEN,
        reject_call_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        new_contact_daily_limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        receive_statuses: Union[bool, NotGiven] = NOT_GIVEN,
        sync_history: Union[bool, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Connection]:
        """`Connections.create` with the whole answer."""
        return self._request(
            "post",
            "/v1/connections",
            body={"name": name, "send_rate": send_rate, "reject_calls": reject_calls, "reject_call_message": reject_call_message, "new_contact_daily_limit": new_contact_daily_limit, "receive_statuses": receive_statuses, "sync_history": sync_history},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def retrieve(
        self,
        id: ConnectionId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Connection]:
        """`Connections.retrieve` with the whole answer."""
        return self._request(
            "get",
            f"/v1/connections/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def update(
        self,
        id: ConnectionId,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        send_rate: Union[int, NotGiven] = NOT_GIVEN,
        new_contact_daily_limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        new_contacts_paused_until: Union[None, NotGiven] = NOT_GIVEN,
        reject_calls: Union[bool, NotGiven] = NOT_GIVEN,
        reject_call_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        receive_statuses: Union[bool, NotGiven] = NOT_GIVEN,
        sync_history: Union[bool, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Connection]:
        """`Connections.update` with the whole answer."""
        return self._request(
            "patch",
            f"/v1/connections/{path_param(id)}",
            body={"name": name, "send_rate": send_rate, "new_contact_daily_limit": new_contact_daily_limit, "new_contacts_paused_until": new_contacts_paused_until, "reject_calls": reject_calls, "reject_call_message": reject_call_message, "receive_statuses": receive_statuses, "sync_history": sync_history},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def delete(
        self,
        id: ConnectionId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[DeletedConnection]:
        """`Connections.delete` with the whole answer."""
        return self._request(
            "delete",
            f"/v1/connections/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def restart(
        self,
        id: ConnectionId,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Connection]:
        """`Connections.restart` with the whole answer."""
        return self._request(
            "post",
            f"/v1/connections/{path_param(id)}/restart",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def logout(
        self,
        id: ConnectionId,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Connection]:
        """`Connections.logout` with the whole answer."""
        return self._request(
            "post",
            f"/v1/connections/{path_param(id)}/logout",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    @overload
    def qr(
        self,
        id: ConnectionId,
        *,
        format: Literal["json"] = "json",
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[ConnectionQr]:
        ...

    @overload
    def qr(
        self,
        id: ConnectionId,
        *,
        format: Literal["png"],
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Download]:
        ...

    @overload
    def qr(
        self,
        id: ConnectionId,
        *,
        format: Literal["svg"],
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[str]:
        ...

    def qr(
        self,
        id: ConnectionId,
        *,
        format: Literal["json", "png", "svg"] = "json",
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Union[ConnectionQr, Download, str]]:
        """`Connections.qr` with the whole answer."""
        accept, parse = {"json": ("application/json", "json"), "png": ("image/png", "download"), "svg": ("image/svg+xml", "text")}[format]
        return self._request(
            "get",
            f"/v1/connections/{path_param(id)}/qr",
            parse=parse,
            accept=accept,
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def request_pairing_code(
        self,
        id: ConnectionId,
        *,
        phone_number: PhoneNumber,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[PairingCode]:
        """`Connections.request_pairing_code` with the whole answer."""
        return self._request(
            "post",
            f"/v1/connections/{path_param(id)}/pairing-code",
            body={"phone_number": phone_number},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def set_presence(
        self,
        id: ConnectionId,
        *,
        availability: Availability,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[ConnectionPresence]:
        """`Connections.set_presence` with the whole answer."""
        return self._request(
            "post",
            f"/v1/connections/{path_param(id)}/presence",
            body={"availability": availability},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def post_status(
        self,
        id: ConnectionId,
        *,
        type: StatusType,
        recipients: List[PhoneNumber],
        text: Union[StatusText, NotGiven] = NOT_GIVEN,
        image: Union[StatusMedia, NotGiven] = NOT_GIVEN,
        video: Union[StatusMedia, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Status]:
        """`Connections.post_status` with the whole answer."""
        return self._request(
            "post",
            f"/v1/connections/{path_param(id)}/statuses",
            body={"type": type, "recipients": recipients, "text": text, "image": image, "video": video},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def events(
        self,
        id: ConnectionId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Stream[ConnectionStreamEvent]]:
        """`Connections.events` with the whole answer."""
        return self._request_stream(
            "get",
            f"/v1/connections/{path_param(id)}/events",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )
