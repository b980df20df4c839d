# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Literal, Mapping, Optional, Union

from .._client import APIResource, path_param
from .._options import NOT_GIVEN, NotGiven, RequestOptions
from .._response import APIResponse
from ..types import Call, Connection, ConnectionId, ContactContent, GroupJid, LocationContent, MediaContent, Message, MessageId, MessageType, PhoneNumber, PollContent, PresenceState, ReactionContent, SandboxPresenceReport, Status, StatusMedia, StatusText, StatusType, TextContent, Timestamp


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
    | `+14155550107` | its profile is a WhatsApp Business one (`business` details) |
    | `+14155550108` | hides its profile picture and about from everyone (both null), and cannot be added to a group (`participant_privacy_restricted`) |

    Any other valid number (or none: Parley picks one) links normally.

    Messages sent from a sandbox connection are `sent`, then `delivered` and `read` a moment later. To
    `+14155550101` they fail `recipient_not_on_whatsapp`; to `+14155550106` they fail `whatsapp_rate_limited`
    (WhatsApp's error 463). A message to the number of another sandbox connection of the same account
    arrives there as an inbound message.

    Presence and calls: chat states and availability are accepted while the connection is linked; a
    subscribed contact reports `available` a moment after the subscription, and
    `POST /v1/sandbox/connections/{id}/presence` and `.../calls` play a contact's presence and calls.
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

    def edit_inbound(
        self,
        id: MessageId,
        *,
        text: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Message:
        """A simulated person edits their message

        Plays the person who sent an inbound message of a sandbox connection editing it on WhatsApp: the stored
        message gets the new text (or caption), its revisions keep the earlier one (`by: contact`), and
        `message.edited` is written, exactly as for a real edit. Refusals (nothing changes): 403
        `sandbox_test_mode_only`, 400 `text_unchanged`, 409 `message_not_inbound` (edit your own messages with
        `POST /v1/messages/{id}/edit`), `message_not_editable` (no text or caption), `message_deleted`.
        """
        return self._request(
            "post",
            f"/v1/sandbox/messages/{path_param(id)}/edit",
            body={"text": text},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def delete_inbound(
        self,
        id: MessageId,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Message:
        """A simulated person deletes their message for everyone

        Plays the person who sent an inbound message of a sandbox connection deleting it for everyone on
        WhatsApp: the stored message loses its content (`deleted_for: everyone`), its revisions lose their
        texts, and `message.deleted` is written, exactly as for a real deletion. A message already deleted is
        answered as it is. Refusals (nothing changes): 403 `sandbox_test_mode_only`, 409 `message_not_inbound`.
        """
        return self._request(
            "post",
            f"/v1/sandbox/messages/{path_param(id)}/delete",
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

    def presence(
        self,
        id: ConnectionId,
        *,
        from_: PhoneNumber,
        state: PresenceState,
        last_seen_at: Union[Timestamp, NotGiven] = NOT_GIVEN,
        group_id: Union[GroupJid, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> SandboxPresenceReport:
        """A simulated contact's presence changes

        Reports a presence of `from` to a sandbox connection, as WhatsApp would: only when the connection subscribed
        to that contact (`POST /v1/chats/{id}/presence/subscribe`), else `409 presence_not_subscribed`. It becomes a
        `presence.updated` event. (A subscribed sandbox contact also reports `available` a moment after the
        subscription.) With `group_id`, `from` types (records, pauses) in that sandbox group: the connection must
        follow the group's presence (subscribe on the group's chat), `from` must be a participant (400
        `participant_not_in_group`), and only chat states apply (400 `parameter_invalid` for available/unavailable).
        """
        return self._request(
            "post",
            f"/v1/sandbox/connections/{path_param(id)}/presence",
            body={"from": from_, "state": state, "last_seen_at": last_seen_at, "group_id": group_id},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def end_call(
        self,
        id: ConnectionId,
        call_id: str,
        *,
        reason: Literal["missed", "answered", "rejected"],
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Call:
        """A simulated call ends

        Ends a call placed with `POST /v1/sandbox/connections/{id}/calls`, as WhatsApp would report it: `missed`
        (it rang out), `answered` (taken on the phone, then hung up) or `rejected` (on one of the number's
        devices). It becomes a `call.ended` event, once per call: a call that already ended (Parley rejected it,
        say) answers 409 `call_ended`; an unknown call id 404 `resource_missing`.
        """
        return self._request(
            "post",
            f"/v1/sandbox/connections/{path_param(id)}/calls/{path_param(call_id)}/end",
            body={"reason": reason},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def call(
        self,
        id: ConnectionId,
        *,
        from_: PhoneNumber,
        video: Union[bool, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Call:
        """A simulated contact calls the number

        `from` calls the sandbox connection's number, as on WhatsApp: the call is handled exactly like a real one (a
        `call.received` event; rejected, with the reply message sent, when the connection's `reject_calls` is on).
        Answers once the call is recorded.
        """
        return self._request(
            "post",
            f"/v1/sandbox/connections/{path_param(id)}/calls",
            body={"from": from_, "video": video},
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

    def edit_inbound(
        self,
        id: MessageId,
        *,
        text: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Message]:
        """`Sandbox.edit_inbound` with the whole answer."""
        return self._request(
            "post",
            f"/v1/sandbox/messages/{path_param(id)}/edit",
            body={"text": text},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def delete_inbound(
        self,
        id: MessageId,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Message]:
        """`Sandbox.delete_inbound` with the whole answer."""
        return self._request(
            "post",
            f"/v1/sandbox/messages/{path_param(id)}/delete",
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

    def presence(
        self,
        id: ConnectionId,
        *,
        from_: PhoneNumber,
        state: PresenceState,
        last_seen_at: Union[Timestamp, NotGiven] = NOT_GIVEN,
        group_id: Union[GroupJid, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[SandboxPresenceReport]:
        """`Sandbox.presence` with the whole answer."""
        return self._request(
            "post",
            f"/v1/sandbox/connections/{path_param(id)}/presence",
            body={"from": from_, "state": state, "last_seen_at": last_seen_at, "group_id": group_id},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def end_call(
        self,
        id: ConnectionId,
        call_id: str,
        *,
        reason: Literal["missed", "answered", "rejected"],
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Call]:
        """`Sandbox.end_call` with the whole answer."""
        return self._request(
            "post",
            f"/v1/sandbox/connections/{path_param(id)}/calls/{path_param(call_id)}/end",
            body={"reason": reason},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def call(
        self,
        id: ConnectionId,
        *,
        from_: PhoneNumber,
        video: Union[bool, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Call]:
        """`Sandbox.call` with the whole answer."""
        return self._request(
            "post",
            f"/v1/sandbox/connections/{path_param(id)}/calls",
            body={"from": from_, "video": video},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )
