# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Any, Dict, List, Literal, Mapping, Optional, Union

from .._client import APIResource, path_param
from .._options import NOT_GIVEN, NotGiven, RequestOptions
from .._pagination import Page
from .._response import APIResponse
from ..types import ConnectionId, ContactContent, LocationContent, MediaContent, Message, MessageDirection, MessageId, MessageReceipt, MessageRevision, MessageStatus, MessageType, PhoneNumber, PollContent, ReactionContent, TemplateReference, TemplateVariables, TextContent


class Messages(APIResource):
    """Send any WhatsApp message type through a connection and read what was sent and received. A send is
    stored before Parley answers 202, then the connection's worker sends its queue in order, at the
    connection's `send_rate` with jitter. Each status change writes an event: `message.queued`,
    `message.scheduled`, `message.sending` (first attempt), `message.sent`, `message.delivered`, `message.read`,
    `message.failed`, `message.canceled`, `message.expired`; inbound: `message.received`, `message.reaction`.
    A message is edited (`POST /v1/messages/{id}/edit`, text within 15 minutes of sending) or deleted
    (`DELETE /v1/messages/{id}`, for everyone within 2 days and 12 hours, or for me in Parley only) by this
    connection, or on WhatsApp by the contact who sent it; either way the stored message changes, a
    `message.edited` or `message.deleted` event is written, and `GET /v1/messages/{id}/revisions` lists its
    history. A message that cannot be sent before it expires (24 hours after it is due, by default) ends
    `expired`.
    """

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        connection_id: Union[ConnectionId, NotGiven] = NOT_GIVEN,
        direction: Union[MessageDirection, NotGiven] = NOT_GIVEN,
        status: Union[MessageStatus, NotGiven] = NOT_GIVEN,
        phone_number: Union[PhoneNumber, NotGiven] = NOT_GIVEN,
        created_after: Union[str, NotGiven] = NOT_GIVEN,
        created_before: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Page[Message]:
        """List messages

        Sent and received messages of the calling mode, newest first, optionally filtered.
        """
        return self._request_page(
            "get",
            "/v1/messages",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before, "connection_id": connection_id, "direction": direction, "status": status, "phone_number": phone_number, "created_after": created_after, "created_before": created_before},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def create(
        self,
        *,
        connection_id: ConnectionId,
        to: Any,
        type: Union[MessageType, NotGiven] = NOT_GIVEN,
        template: Union[TemplateReference, NotGiven] = NOT_GIVEN,
        variables: Union[TemplateVariables, NotGiven] = NOT_GIVEN,
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
        mentions: Union[List[PhoneNumber], NotGiven] = NOT_GIVEN,
        send_at: Union[str, NotGiven] = NOT_GIVEN,
        metadata: Union[Dict[str, str], NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Message:
        """Send a message

        Queues a message for the connection to send, and answers 202 once it is stored: from then on it is never
        lost and never sent twice. `type` names the content field to fill (`"type": "text"` with `"text": {...}`);
        exactly that one content field must be present. The message is `queued`, or `scheduled` when `send_at` is
        given (in the future, at most 30 days ahead). The connection may be between connections (`qr`,
        `connecting`, `disconnected`): its queue waits for it until the message expires. A connection that is
        `logged_out` or `failed` refuses new messages with 409. Sends to a number on the suppression list are
        accepted and then fail with `recipient_opted_out`, unless the message replies to one the person sent.
        Sends to a number the connection's number has blocked are accepted and then fail with
        `recipient_blocked` (unblock them first).
        """
        return self._request(
            "post",
            "/v1/messages",
            body={"connection_id": connection_id, "to": to, "type": type, "template": template, "variables": variables, "text": text, "image": image, "video": video, "audio": audio, "document": document, "sticker": sticker, "location": location, "contact": contact, "reaction": reaction, "poll": poll, "reply_to": reply_to, "mentions": mentions, "send_at": send_at, "metadata": metadata},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def retrieve(
        self,
        id: MessageId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Message:
        """Retrieve a message"""
        return self._request(
            "get",
            f"/v1/messages/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def delete(
        self,
        id: MessageId,
        *,
        for_: Union[Literal["everyone", "me"], NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Message:
        """Delete a message

        `for=everyone` (the default) deletes a message this connection sent for everyone, as WhatsApp's "Delete
        for everyone" does: the recipient's phone shows "This message was deleted". Only for outbound messages
        that WhatsApp has (`sent`, `delivered` or `read`), and only within WhatsApp's window of 2 days and 12
        hours after `sent_at`; the connection must be `connected`, and Parley answers once WhatsApp has taken
        the deletion. `for=me` hides any sent or received message in Parley only: nothing is sent to WhatsApp,
        so the phone and the other party keep it (WhatsApp's "Delete for me" belongs to the phone's own chat
        list, which a linked device does not manage).

        Either way the message stays as a record (status, times, `deleted_at`, `deleted_for`) but loses its
        content, and its revisions lose their texts; a `message.deleted` event is written. Its file (a received
        picture, say) is deleted with it once no other message holds it: `GET /v1/media/{id}` then answers 410
        `media_deleted` and the bytes leave storage within seconds. Uploads stay: they are yours, and templates
        and later sends may name them. Deleting a message
        that is already deleted that way (or for everyone) changes nothing and answers it as it is.

        Refusals (nothing changes): 409 `message_not_outbound` (for everyone, a message someone else sent),
        `message_not_sent` (still queued or scheduled, or failed: cancel it instead), `delete_window_passed`,
        `connection_not_connected`.
        """
        return self._request(
            "delete",
            f"/v1/messages/{path_param(id)}",
            query={"for": for_},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def cancel(
        self,
        id: MessageId,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Message:
        """Cancel a message

        Only while it is `scheduled` or `queued`; once a send has started (`sending` and after) it can no
        longer be called back, and the answer is 409 `message_not_cancelable`.
        """
        return self._request(
            "post",
            f"/v1/messages/{path_param(id)}/cancel",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def edit(
        self,
        id: MessageId,
        *,
        text: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Message:
        """Edit a message

        Replaces the text of a text message this connection sent, or the caption of an image, video or document
        it sent, as WhatsApp's "Edit" does: the recipient's phone shows the new text (the same file with the new
        caption), marked edited. A caption edit goes out as WhatsApp Web sends one: the edit names the message's
        kind and carries only the new caption. Only within WhatsApp's window of 15 minutes after `sent_at`,
        and only once WhatsApp has the message (`sent`, `delivered` or `read`). The connection must be
        `connected`: Parley sends the edit through the connection's link at once and answers 200 once WhatsApp
        has taken it, with the message as edited (`text`, `edited_at`). The text it replaced is kept in the
        message's revisions (`GET /v1/messages/{id}/revisions`), and a `message.edited` event is written.

        Refusals (nothing changes): 400 `text_unchanged` (the message already says that), 409
        `message_not_outbound` (someone else sent it), `message_not_sent`, `message_not_editable` (not a text,
        image, video or document message), `message_deleted`, `edit_window_passed`, `connection_not_connected`.
        """
        return self._request(
            "post",
            f"/v1/messages/{path_param(id)}/edit",
            body={"text": text},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def list_revisions(
        self,
        id: MessageId,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Page[MessageRevision]:
        """List a message's revisions

        The message's history, newest first: one revision per edit (with the text it replaced and the new one)
        and one for its deletion, each with when it happened and who made it (`connection`: through Parley,
        `contact`: the other party on WhatsApp). A deletion removes the texts of the earlier revisions; the
        revisions themselves stay.
        """
        return self._request_page(
            "get",
            f"/v1/messages/{path_param(id)}/revisions",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def list_receipts(
        self,
        id: MessageId,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Page[MessageReceipt]:
        """List a group message's receipts

        For a message this connection sent to a group: one receipt per participant whose phone reported it,
        newest first, with when the message reached that phone (`delivered_at`) and when it was read there
        (`read_at`). Participants who have reported nothing yet are not listed; the message's `receipts`
        summary says how many participants it went to. A read implies delivered, and times never move back.
        WhatsApp reports these only where the participant's privacy settings allow it (read receipts can be
        off). A message to a single contact has no receipts (its own `delivered_at` and `read_at` say it all):
        the list is empty.
        """
        return self._request_page(
            "get",
            f"/v1/messages/{path_param(id)}/receipts",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )


class MessagesWithRawResponse(APIResource):
    """`Messages` answering `APIResponse` objects: the data with the status, headers and request id."""

    _raw = True

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        connection_id: Union[ConnectionId, NotGiven] = NOT_GIVEN,
        direction: Union[MessageDirection, NotGiven] = NOT_GIVEN,
        status: Union[MessageStatus, NotGiven] = NOT_GIVEN,
        phone_number: Union[PhoneNumber, NotGiven] = NOT_GIVEN,
        created_after: Union[str, NotGiven] = NOT_GIVEN,
        created_before: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Page[Message]]:
        """`Messages.list` with the whole answer."""
        return self._request_page(
            "get",
            "/v1/messages",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before, "connection_id": connection_id, "direction": direction, "status": status, "phone_number": phone_number, "created_after": created_after, "created_before": created_before},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def create(
        self,
        *,
        connection_id: ConnectionId,
        to: Any,
        type: Union[MessageType, NotGiven] = NOT_GIVEN,
        template: Union[TemplateReference, NotGiven] = NOT_GIVEN,
        variables: Union[TemplateVariables, NotGiven] = NOT_GIVEN,
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
        mentions: Union[List[PhoneNumber], NotGiven] = NOT_GIVEN,
        send_at: Union[str, NotGiven] = NOT_GIVEN,
        metadata: Union[Dict[str, str], NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Message]:
        """`Messages.create` with the whole answer."""
        return self._request(
            "post",
            "/v1/messages",
            body={"connection_id": connection_id, "to": to, "type": type, "template": template, "variables": variables, "text": text, "image": image, "video": video, "audio": audio, "document": document, "sticker": sticker, "location": location, "contact": contact, "reaction": reaction, "poll": poll, "reply_to": reply_to, "mentions": mentions, "send_at": send_at, "metadata": metadata},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def retrieve(
        self,
        id: MessageId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Message]:
        """`Messages.retrieve` with the whole answer."""
        return self._request(
            "get",
            f"/v1/messages/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def delete(
        self,
        id: MessageId,
        *,
        for_: Union[Literal["everyone", "me"], NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Message]:
        """`Messages.delete` with the whole answer."""
        return self._request(
            "delete",
            f"/v1/messages/{path_param(id)}",
            query={"for": for_},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def cancel(
        self,
        id: MessageId,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Message]:
        """`Messages.cancel` with the whole answer."""
        return self._request(
            "post",
            f"/v1/messages/{path_param(id)}/cancel",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def edit(
        self,
        id: MessageId,
        *,
        text: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Message]:
        """`Messages.edit` with the whole answer."""
        return self._request(
            "post",
            f"/v1/messages/{path_param(id)}/edit",
            body={"text": text},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def list_revisions(
        self,
        id: MessageId,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Page[MessageRevision]]:
        """`Messages.list_revisions` with the whole answer."""
        return self._request_page(
            "get",
            f"/v1/messages/{path_param(id)}/revisions",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def list_receipts(
        self,
        id: MessageId,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Page[MessageReceipt]]:
        """`Messages.list_receipts` with the whole answer."""
        return self._request_page(
            "get",
            f"/v1/messages/{path_param(id)}/receipts",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )
