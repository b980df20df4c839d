# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Mapping, Optional

from .._client import APIResource, path_param
from .._options import RequestOptions
from .._response import APIResponse
from ..types import ConnectionId, LidMapping, PhoneNumber


class Lids(APIResource):
    """WhatsApp profiles through a connection: a number's picture, about text and business details, the
    connected number's own name, about and picture, its blocklist, and LID ↔ phone-number look-ups. These ask
    WhatsApp live through the connection's link and store nothing; they are not Parley's address book
    (Contacts), which keeps your own records of people.
    """

    def phone_number(
        self,
        id: ConnectionId,
        lid: str,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> LidMapping:
        """Find the phone number of a LID

        WhatsApp names some people by LID (an opaque id, `123456789012345@lid`) instead of their number. This
        answers the number behind a LID, from what Parley already knows (its chats) or else from what the connection's
        WhatsApp has learned. A LID nobody has told the connection about answers 404 `lid_not_found`: WhatsApp does not
        give out the number of a LID. Asking WhatsApp needs the connection `connected` (409 `connection_not_connected`
        otherwise).
        """
        return self._request(
            "get",
            f"/v1/connections/{path_param(id)}/lids/{path_param(lid)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def lid(
        self,
        id: ConnectionId,
        phone_number: PhoneNumber,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> LidMapping:
        """Find the LID of a phone number

        The LID WhatsApp uses for a number, from Parley's chats when known, else asked of WhatsApp (counted
        against the connection's hourly budget of number checks). A number that is not on WhatsApp answers 404
        `lid_not_found`. Asking WhatsApp needs the connection `connected` (409 `connection_not_connected` otherwise).
        """
        return self._request(
            "get",
            f"/v1/connections/{path_param(id)}/phone-numbers/{path_param(phone_number)}/lid",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )


class LidsWithRawResponse(APIResource):
    """`Lids` answering `APIResponse` objects: the data with the status, headers and request id."""

    _raw = True

    def phone_number(
        self,
        id: ConnectionId,
        lid: str,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[LidMapping]:
        """`Lids.phone_number` with the whole answer."""
        return self._request(
            "get",
            f"/v1/connections/{path_param(id)}/lids/{path_param(lid)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def lid(
        self,
        id: ConnectionId,
        phone_number: PhoneNumber,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[LidMapping]:
        """`Lids.lid` with the whole answer."""
        return self._request(
            "get",
            f"/v1/connections/{path_param(id)}/phone-numbers/{path_param(phone_number)}/lid",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )
