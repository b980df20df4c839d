# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Mapping, Optional

from .._client import APIResource, path_param
from .._options import RequestOptions
from .._files import Download, FileInput, multipart_body
from .._response import APIResponse
from ..types import Media, MediaId


class MediaResource(APIResource):
    """Files for media messages, uploaded by you or received from people."""

    def upload(
        self,
        file: FileInput,
        *,
        filename: Optional[str] = None,
        content_type: Optional[str] = None,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Media:
        """Upload media

        Upload a file as `multipart/form-data` with one part named `file` (its content type is the part's
        `Content-Type`, its name the part's filename), e.g. `curl -F file=@photo.jpg`. The answer's `id` goes
        in a message's `media_id`. At most `MEDIA_MAX_BYTES` (100 MB by default; a larger file is refused with
        `413 body_too_large` and nothing is stored); the limits of each message type are checked when the
        media is sent. A form without a `file` part, with a second file, or with other fields is refused.

        An upload's `Idempotency-Key` is matched by the key alone, not by the file: a retry with the key of an
        upload that succeeded replays its media object without storing the file again, so use a new key for
        each new file.
        """
        return self._request(
            "post",
            "/v1/media",
            body=multipart_body("file", file, filename, content_type),
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def download(
        self,
        id: MediaId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Download:
        """Download media

        The file itself, with its content type: uploads, media fetched from a message's `url`, and media
        people sent to your connections. It comes as an attachment (`Content-Disposition: attachment` with its
        file name), `Cache-Control: private` and `X-Content-Type-Options: nosniff`. Media of another account or
        of the other mode is `404`; a file deleted with the message that held it is `410 media_deleted` (and a
        message naming it is `404`).
        """
        return self._request(
            "get",
            f"/v1/media/{path_param(id)}",
            parse="download",
            accept="*/*",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )


class MediaResourceWithRawResponse(APIResource):
    """`MediaResource` answering `APIResponse` objects: the data with the status, headers and request id."""

    _raw = True

    def upload(
        self,
        file: FileInput,
        *,
        filename: Optional[str] = None,
        content_type: Optional[str] = None,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Media]:
        """`MediaResource.upload` with the whole answer."""
        return self._request(
            "post",
            "/v1/media",
            body=multipart_body("file", file, filename, content_type),
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def download(
        self,
        id: MediaId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Download]:
        """`MediaResource.download` with the whole answer."""
        return self._request(
            "get",
            f"/v1/media/{path_param(id)}",
            parse="download",
            accept="*/*",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )
