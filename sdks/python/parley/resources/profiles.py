# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Mapping, Optional, Union

from .._client import APIResource, path_param
from .._options import NOT_GIVEN, NotGiven, RequestOptions
from .._response import APIResponse
from ..types import ConnectionId, ConnectionProfile, MediaId, PhoneNumber, WhatsAppProfile


class Profiles(APIResource):
    """WhatsApp profiles through a connection: a number's picture, about text and business details, the
    connected number's own name, about and picture, its blocklist, and LID ↔ phone-number look-ups. These ask
    WhatsApp live through the connection's link and store nothing; they are not Parley's address book
    (Contacts), which keeps your own records of people.
    """

    def retrieve_own(
        self,
        id: ConnectionId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> ConnectionProfile:
        """Retrieve the connected number's own profile

        The name, about text and profile picture that people see for the connection's own number, as WhatsApp
        has them now. The connection must be `connected` (else 409 `connection_not_connected`); 503 `whatsapp_query_failed` means WhatsApp did not answer: retry.
        """
        return self._request(
            "get",
            f"/v1/connections/{path_param(id)}/profile",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def update_own(
        self,
        id: ConnectionId,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        about: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> ConnectionProfile:
        """Change the connected number's name or about

        Sets the name people see (at most 25 characters) and the about text (at most 139; an empty string
        clears it), as the phone's settings would. Nothing is changed when a field is invalid. The name is kept
        in WhatsApp's synced app state: right after linking, before the phone has shared its keys, it answers
        409 `profile_sync_pending`. The connection must be `connected` (else 409 `connection_not_connected`); 503 `whatsapp_query_failed` means WhatsApp did not answer: retry.
        """
        return self._request(
            "patch",
            f"/v1/connections/{path_param(id)}/profile",
            body={"name": name, "about": about},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def set_own_picture(
        self,
        id: ConnectionId,
        *,
        media_id: Union[MediaId, NotGiven] = NOT_GIVEN,
        url: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> ConnectionProfile:
        """Set the connected number's profile picture

        Exactly one of `media_id` (an upload) or `url` (fetched as for image messages): a JPEG, PNG or WebP of
        at most 5 MB. WhatsApp keeps a square crop of it, 640 pixels wide. The connection must be `connected` (else 409 `connection_not_connected`); 503 `whatsapp_query_failed` means WhatsApp did not answer: retry.
        """
        return self._request(
            "put",
            f"/v1/connections/{path_param(id)}/profile/picture",
            body={"media_id": media_id, "url": url},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def remove_own_picture(
        self,
        id: ConnectionId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> ConnectionProfile:
        """Remove the connected number's profile picture

        Removes it; removing when there is none changes nothing. The connection must be `connected` (else 409 `connection_not_connected`); 503 `whatsapp_query_failed` means WhatsApp did not answer: retry.
        """
        return self._request(
            "delete",
            f"/v1/connections/{path_param(id)}/profile/picture",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def retrieve(
        self,
        id: ConnectionId,
        phone_number: PhoneNumber,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> WhatsAppProfile:
        """Retrieve a number's WhatsApp profile

        What WhatsApp shows this connection for a number: its profile picture (full size and preview URLs,
        which WhatsApp serves for a limited time), its about text, and its business details when it is a WhatsApp
        Business account. A picture or about that does not exist, or that its owner hides from this number, is null:
        not an error. Each look-up counts against the connection's hourly budget of number checks (as
        `POST /v1/contacts/check` does). Nothing is stored: this is not Parley's address book (`/v1/contacts`).
        A number that is not on WhatsApp answers 400 `phone_number_not_on_whatsapp`. The connection must be `connected` (else 409 `connection_not_connected`); 503 `whatsapp_query_failed` means WhatsApp did not answer: retry.
        """
        return self._request(
            "get",
            f"/v1/connections/{path_param(id)}/profiles/{path_param(phone_number)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )


class ProfilesWithRawResponse(APIResource):
    """`Profiles` answering `APIResponse` objects: the data with the status, headers and request id."""

    _raw = True

    def retrieve_own(
        self,
        id: ConnectionId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[ConnectionProfile]:
        """`Profiles.retrieve_own` with the whole answer."""
        return self._request(
            "get",
            f"/v1/connections/{path_param(id)}/profile",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def update_own(
        self,
        id: ConnectionId,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        about: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[ConnectionProfile]:
        """`Profiles.update_own` with the whole answer."""
        return self._request(
            "patch",
            f"/v1/connections/{path_param(id)}/profile",
            body={"name": name, "about": about},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def set_own_picture(
        self,
        id: ConnectionId,
        *,
        media_id: Union[MediaId, NotGiven] = NOT_GIVEN,
        url: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[ConnectionProfile]:
        """`Profiles.set_own_picture` with the whole answer."""
        return self._request(
            "put",
            f"/v1/connections/{path_param(id)}/profile/picture",
            body={"media_id": media_id, "url": url},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def remove_own_picture(
        self,
        id: ConnectionId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[ConnectionProfile]:
        """`Profiles.remove_own_picture` with the whole answer."""
        return self._request(
            "delete",
            f"/v1/connections/{path_param(id)}/profile/picture",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def retrieve(
        self,
        id: ConnectionId,
        phone_number: PhoneNumber,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[WhatsAppProfile]:
        """`Profiles.retrieve` with the whole answer."""
        return self._request(
            "get",
            f"/v1/connections/{path_param(id)}/profiles/{path_param(phone_number)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )
