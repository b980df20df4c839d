# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Mapping, Optional

from .._client import APIResource, path_param
from .._options import RequestOptions
from .._response import APIResponse
from ..types import BlockedNumber, Blocklist, ConnectionId, PhoneNumber


class BlocklistResource(APIResource):
    """WhatsApp profiles through a connection: a number's picture, about text and business details, the
    connected number's own name, about and picture, its blocklist, and LID ↔ phone-number look-ups. These ask
    WhatsApp live through the connection's link and store nothing; they are not Parley's address book
    (Contacts), which keeps your own records of people.
    """

    def list(
        self,
        id: ConnectionId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Blocklist:
        """List the numbers the connected number blocks

        The connected number's blocklist as WhatsApp has it, including numbers blocked on the phone. WhatsApp may
        name a blocked person by LID only; then `phone_number` is null unless the connection knows the LID's number.
        The connection must be `connected` (else 409 `connection_not_connected`); 503 `whatsapp_query_failed` means WhatsApp did not answer: retry.
        """
        return self._request(
            "get",
            f"/v1/connections/{path_param(id)}/blocklist",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def block(
        self,
        id: ConnectionId,
        *,
        phone_number: PhoneNumber,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> BlockedNumber:
        """Block a number

        Blocks the number for the connected WhatsApp account (on every device, the phone too): it can no longer
        message or call it, and Parley sends it nothing: messages to it fail with `recipient_blocked` until it is
        unblocked (a number blocked or unblocked on the phone counts too, once WhatsApp tells the connection, and
        so does the list as `GET /v1/connections/{id}/blocklist` last read it). Blocking a number that is already blocked changes nothing. A number that is not on
        WhatsApp answers 400 `phone_number_not_on_whatsapp`. The connection must be `connected` (else 409 `connection_not_connected`); 503 `whatsapp_query_failed` means WhatsApp did not answer: retry.
        """
        return self._request(
            "post",
            f"/v1/connections/{path_param(id)}/blocklist",
            body={"phone_number": phone_number},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def unblock(
        self,
        id: ConnectionId,
        phone_number: PhoneNumber,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> BlockedNumber:
        """Unblock a number

        Unblocks the number; unblocking a number that is not blocked changes nothing. The connection must be `connected` (else 409 `connection_not_connected`); 503 `whatsapp_query_failed` means WhatsApp did not answer: retry.
        """
        return self._request(
            "delete",
            f"/v1/connections/{path_param(id)}/blocklist/{path_param(phone_number)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )


class BlocklistResourceWithRawResponse(APIResource):
    """`BlocklistResource` answering `APIResponse` objects: the data with the status, headers and request id."""

    _raw = True

    def list(
        self,
        id: ConnectionId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Blocklist]:
        """`BlocklistResource.list` with the whole answer."""
        return self._request(
            "get",
            f"/v1/connections/{path_param(id)}/blocklist",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def block(
        self,
        id: ConnectionId,
        *,
        phone_number: PhoneNumber,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[BlockedNumber]:
        """`BlocklistResource.block` with the whole answer."""
        return self._request(
            "post",
            f"/v1/connections/{path_param(id)}/blocklist",
            body={"phone_number": phone_number},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def unblock(
        self,
        id: ConnectionId,
        phone_number: PhoneNumber,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[BlockedNumber]:
        """`BlocklistResource.unblock` with the whole answer."""
        return self._request(
            "delete",
            f"/v1/connections/{path_param(id)}/blocklist/{path_param(phone_number)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )
