# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Mapping, Optional, Union

from .._client import APIResource, path_param
from .._options import NOT_GIVEN, NotGiven, RequestOptions
from .._response import APIResponse
from ..types import Connection, ConnectionId, ContactContent, LocationContent, MediaContent, Message, MessageId, MessageType, PhoneNumber, PollContent, ReactionContent, Status, StatusMedia, StatusText, StatusType, TextContent


class Sandbox(APIResource):
    """Test mode only: play the phone's part for sandbox connections. Reserved sandbox numbers simulate
    what real WhatsApp does:

    | number | behaviour |
    |---|---|
    | `+14155550101` | not on WhatsApp |
    | `+14155550102` | linking fails: the number is banned (`failed`, `banned`) |
    | `+14155550103` | links, then another session replaces it (`failed`, `connection_replaced`) |
    | `+14155550104` | links, then logs out from the phone (`logged_out`) |
    | `+14155550105` | links, then the network drops once (`disconnected`, then `connected` again) |

    Any other valid number (or none: Parley picks one) links normally.

    Messages sent from a sandbox connection are `sent`, then `delivered` and `read` a moment later. To
    `+14155550101` they fail `recipient_not_on_whatsapp`; to `+14155550106` they fail `whatsapp_rate_limited`
    (WhatsApp's error 463). A message to the number of another sandbox connection of the same account
    arrives there as an inbound message.
    """

    def inbound(
        self,
        *,
        connection_id: ConnectionId,
        from_: PhoneNumber,
        type: MessageType,
        name: Union[str, NotGiven] = NOT_GIVEN,
        text: Union[TextContent, NotGiven] = NOT_GIVEN,
        image: Union[MediaContent, NotGiven] = NOT_GIVEN,
        video: Union[MediaContent, NotGiven] = NOT_GIVEN,
        audio: Union[MediaContent, NotGiven] = NOT_GIVEN,
        document: Union[MediaContent, NotGiven] = NOT_GIVEN,
        sticker: Union[MediaContent, NotGiven] = NOT_GIVEN,
        location: Union[LocationContent, NotGiven] = NOT_GIVEN,
        contact: Union[ContactContent, NotGiven] = NOT_GIVEN,
        reaction: Union[ReactionContent, NotGiven] = NOT_GIVEN,
        poll: Union[PollContent, NotGiven] = NOT_GIVEN,
        reply_to: Union[MessageId, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Message:
        """Receive a message from a simulated person

        Delivers a message from `from` to a sandbox connection, as if that person had sent it on WhatsApp. It is
        stored and evented exactly like a real inbound message (`message.received`, and STOP-style keywords
        update the suppression list). Content fields are those of `POST /v1/messages`; media needs a
        `media_id` of an upload. A `reaction` names one of the connection's messages.
        """
        return self._request(
            "post",
            "/v1/sandbox/inbound",
            body={"connection_id": connection_id, "from": from_, "type": type, "name": name, "text": text, "image": image, "video": video, "audio": audio, "document": document, "sticker": sticker, "location": location, "contact": contact, "reaction": reaction, "poll": poll, "reply_to": reply_to},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def status(
        self,
        *,
        connection_id: ConnectionId,
        from_: PhoneNumber,
        type: StatusType,
        name: Union[str, NotGiven] = NOT_GIVEN,
        text: Union[StatusText, NotGiven] = NOT_GIVEN,
        image: Union[StatusMedia, NotGiven] = NOT_GIVEN,
        video: Union[StatusMedia, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Status:
        """Receive a status from a simulated contact

        Plays a contact posting a status that the sandbox connection sees, as WhatsApp would deliver it: it
        arrives as a `status.received` event. The connection must have `receive_statuses` on (409
        `statuses_not_received` otherwise); media needs a `media_id` of an upload.
        """
        return self._request(
            "post",
            "/v1/sandbox/statuses",
            body={"connection_id": connection_id, "from": from_, "type": type, "name": name, "text": text, "image": image, "video": video},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def scan(
        self,
        id: ConnectionId,
        *,
        phone_number: Union[PhoneNumber, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Connection:
        """Scan the QR code with a simulated phone

        Links a sandbox connection that shows a QR code, as the given (or a generated) phone number.
        """
        return self._request(
            "post",
            f"/v1/sandbox/connections/{path_param(id)}/scan",
            body={"phone_number": phone_number},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def confirm_code(
        self,
        id: ConnectionId,
        *,
        code: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Connection:
        """Type the pairing code on a simulated phone

        Links a sandbox connection whose pairing code was requested, as the number given then.
        """
        return self._request(
            "post",
            f"/v1/sandbox/connections/{path_param(id)}/confirm-code",
            body={"code": code},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )


class SandboxWithRawResponse(APIResource):
    """`Sandbox` answering `APIResponse` objects: the data with the status, headers and request id."""

    _raw = True

    def inbound(
        self,
        *,
        connection_id: ConnectionId,
        from_: PhoneNumber,
        type: MessageType,
        name: Union[str, NotGiven] = NOT_GIVEN,
        text: Union[TextContent, NotGiven] = NOT_GIVEN,
        image: Union[MediaContent, NotGiven] = NOT_GIVEN,
        video: Union[MediaContent, NotGiven] = NOT_GIVEN,
        audio: Union[MediaContent, NotGiven] = NOT_GIVEN,
        document: Union[MediaContent, NotGiven] = NOT_GIVEN,
        sticker: Union[MediaContent, NotGiven] = NOT_GIVEN,
        location: Union[LocationContent, NotGiven] = NOT_GIVEN,
        contact: Union[ContactContent, NotGiven] = NOT_GIVEN,
        reaction: Union[ReactionContent, NotGiven] = NOT_GIVEN,
        poll: Union[PollContent, NotGiven] = NOT_GIVEN,
        reply_to: Union[MessageId, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Message]:
        """`Sandbox.inbound` with the whole answer."""
        return self._request(
            "post",
            "/v1/sandbox/inbound",
            body={"connection_id": connection_id, "from": from_, "type": type, "name": name, "text": text, "image": image, "video": video, "audio": audio, "document": document, "sticker": sticker, "location": location, "contact": contact, "reaction": reaction, "poll": poll, "reply_to": reply_to},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def status(
        self,
        *,
        connection_id: ConnectionId,
        from_: PhoneNumber,
        type: StatusType,
        name: Union[str, NotGiven] = NOT_GIVEN,
        text: Union[StatusText, NotGiven] = NOT_GIVEN,
        image: Union[StatusMedia, NotGiven] = NOT_GIVEN,
        video: Union[StatusMedia, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Status]:
        """`Sandbox.status` with the whole answer."""
        return self._request(
            "post",
            "/v1/sandbox/statuses",
            body={"connection_id": connection_id, "from": from_, "type": type, "name": name, "text": text, "image": image, "video": video},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def scan(
        self,
        id: ConnectionId,
        *,
        phone_number: Union[PhoneNumber, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Connection]:
        """`Sandbox.scan` with the whole answer."""
        return self._request(
            "post",
            f"/v1/sandbox/connections/{path_param(id)}/scan",
            body={"phone_number": phone_number},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def confirm_code(
        self,
        id: ConnectionId,
        *,
        code: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Connection]:
        """`Sandbox.confirm_code` with the whole answer."""
        return self._request(
            "post",
            f"/v1/sandbox/connections/{path_param(id)}/confirm-code",
            body={"code": code},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )
