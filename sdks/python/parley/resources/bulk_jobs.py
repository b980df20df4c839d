# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Dict, List, Literal, Mapping, Optional, Union

from .._client import APIResource, path_param
from .._options import NOT_GIVEN, NotGiven, RequestOptions
from .._pagination import Page
from .._response import APIResponse
from ..types import BulkJob, BulkJobContactSelection, BulkJobCsvSource, BulkJobId, BulkJobRecipient, BulkJobRecipientId, BulkJobRecipientInput, BulkJobRecipientStatus, ConnectionId, ContactContent, LocationContent, MediaContent, PollContent, TemplateReference, TextContent


class BulkJobs(APIResource):
    """Campaigns: one message (a template or content) to many recipients, spread across the job's connections
    and sent through each connection's pace (the same one single sends use), so new-contact limits and
    WhatsApp's cool-downs apply. Statuses: `scheduled` → `running` → `completed`; `paused` and `canceled`
    by request. Each recipient gets at most one message; `counts` follow the messages live.
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
    ) -> Page[BulkJob]:
        """List bulk jobs

        Newest first, each with its live counters.
        """
        return self._request_page(
            "get",
            "/v1/bulk-jobs",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def create(
        self,
        *,
        connection_ids: List[ConnectionId],
        template: Union[TemplateReference, NotGiven] = NOT_GIVEN,
        type: Union[Literal["text", "image", "video", "audio", "document", "sticker", "location", "contact", "poll"], NotGiven] = NOT_GIVEN,
        text: Union[TextContent, NotGiven] = NOT_GIVEN,
        image: Union[MediaContent, NotGiven] = NOT_GIVEN,
        video: Union[MediaContent, NotGiven] = NOT_GIVEN,
        audio: Union[MediaContent, NotGiven] = NOT_GIVEN,
        document: Union[MediaContent, NotGiven] = NOT_GIVEN,
        sticker: Union[MediaContent, NotGiven] = NOT_GIVEN,
        location: Union[LocationContent, NotGiven] = NOT_GIVEN,
        contact: Union[ContactContent, NotGiven] = NOT_GIVEN,
        poll: Union[PollContent, NotGiven] = NOT_GIVEN,
        recipients: Union[List[BulkJobRecipientInput], NotGiven] = NOT_GIVEN,
        contacts: Union[BulkJobContactSelection, NotGiven] = NOT_GIVEN,
        recipients_csv: Union[BulkJobCsvSource, NotGiven] = NOT_GIVEN,
        send_at: Union[str, NotGiven] = NOT_GIVEN,
        rate: Union[Optional[int], NotGiven] = NOT_GIVEN,
        metadata: Union[Dict[str, str], NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> BulkJob:
        """Create a bulk job

        Checks the whole request before anything is stored: every connection must exist in this account and
        mode (404 naming it) and not be logged out or failed (409); the message (a `template`, or `type` and
        its content field, as in `POST /v1/messages`; media by `media_id` only) is checked once. Then every
        recipient is stored in the same transaction, in order: a number that is not valid is `skipped` with
        `phone_number_invalid`, a repeat of an earlier number `skipped` with `duplicate` (the first wins), a
        number on the opt-out list `skipped` with `recipient_opted_out`, and a recipient whose variables do not
        render the template `failed` with the renderer's code (`template_variables_missing`, ...); the job goes
        on without them.

        Recipients come one of three ways:
        - `recipients`: a list of `{to, variables}`. A JSON body is bounded by the server's `MAX_BODY_BYTES`
          (1 MB by default: about 14,000 recipients with two variables each), so send large lists as a CSV file.
        - `contacts`: contacts selected by tags; a contact's variables are its `attributes` plus `name`.
        - `recipients_csv`: a CSV file uploaded first with `POST /v1/media` (at most 20 MB), named by its
          `media_id`. UTF-8 (a byte order mark is dropped), with a header row; the phone column is `phone_number`
          or `phone`, and every other column is the variable its header names (headers match in any letter case).
          A file that cannot be read as a whole is refused and no job is created: `csv_encoding_invalid`,
          `csv_malformed` (not well-formed CSV, or a NUL character (U+0000) in a cell or header, with its line),
          `csv_header_invalid` (an unnamed or repeated column), `csv_phone_column_missing`. A
          row with more cells than the header is `skipped` with `row_invalid`; an empty cell is a missing
          variable. Each recipient from the file keeps its `line`.

        From `contacts` and `recipients_csv`, only the variables the template uses are passed, so extra columns
        and attributes do no harm. A job may have at most the account's `limits.bulk_job_recipients`
        recipients (its plan's, unless the platform admin set another), counted before any is skipped; over it,
        `403 plan_limit_reached` (`param`: `bulk_job_recipients`) and no job is created. Once running, a
        recipient whose message would pass the account's messages per period fails with `plan_limit_reached`. Tags that match no contact, or a file with
        no row after its header, answer `400 bulk_job_no_recipients`. A platform admin may turn bulk jobs off for
        an account (the `bulk_jobs` feature): then `403 feature_disabled` and no job is created.

        The runner starts a job as soon as it is created (or when its `send_at` comes) and releases its
        recipients over its connections in turn, never faster than each connection's own `send_rate` (which
        single sends share). `rate` caps the whole job on top of that: at most `rate` messages a minute across
        all its connections, released evenly (one every 60/`rate` seconds), with no burst to catch up after a
        pause or a quiet spell.
        """
        return self._request(
            "post",
            "/v1/bulk-jobs",
            body={"connection_ids": connection_ids, "template": template, "type": type, "text": text, "image": image, "video": video, "audio": audio, "document": document, "sticker": sticker, "location": location, "contact": contact, "poll": poll, "recipients": recipients, "contacts": contacts, "recipients_csv": recipients_csv, "send_at": send_at, "rate": rate, "metadata": metadata},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def retrieve(
        self,
        id: BulkJobId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> BulkJob:
        """Retrieve a bulk job"""
        return self._request(
            "get",
            f"/v1/bulk-jobs/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def list_recipients(
        self,
        id: BulkJobId,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[BulkJobRecipientId, NotGiven] = NOT_GIVEN,
        ending_before: Union[BulkJobRecipientId, NotGiven] = NOT_GIVEN,
        after: Union[int, NotGiven] = NOT_GIVEN,
        status: Union[BulkJobRecipientStatus, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Page[BulkJobRecipient]:
        """List a bulk job's recipients

        In the order they were given (by `position`), unlike other lists, which are newest first. Page with a
        recipient's `id`: `starting_after` gives the recipients after it, `ending_before` those before it. A
        recipient id of another bulk job is refused with 400 `parameter_invalid`. With `status`, only recipients
        in that status are listed, and the cursors page through those.
        """
        return self._request_page(
            "get",
            f"/v1/bulk-jobs/{path_param(id)}/recipients",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before, "after": after, "status": status},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def results(
        self,
        id: BulkJobId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> str:
        """Export a bulk job's results as CSV

        Every recipient in order, one row each, with a header row: `position`, `line` (its line in the CSV file,
        for a job from `recipients_csv`), `to`, `phone_number`, `status`, `reason_code`, `reason`,
        `connection_id`, `message_id`, `message_status`, `sent_at`, `delivered_at`, `read_at`, `failed_at`
        (RFC 4180, UTF-8).

        Safe to open in a spreadsheet (OWASP's CSV injection guidance): a cell that starts with `=`, `+`, `-`,
        `@`, a tab or a carriage return is written quoted with a single quote `'` in front, in every column, so
        a recipient given as `=HYPERLINK(...)` shows as text and never runs as a formula. The one exception is a
        cell that is exactly `+` and digits (`+14155550123`, in `to` or `phone_number`): a spreadsheet reads it
        as a number, never a formula, and it is written as it is so that the file imports again unchanged.
        Strip a leading `'` when a value must match what was sent.
        """
        return self._request(
            "get",
            f"/v1/bulk-jobs/{path_param(id)}/results",
            parse="text",
            accept="text/csv",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def pause(
        self,
        id: BulkJobId,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> BulkJob:
        """Pause a bulk job

        A `running` or `scheduled` job stops at once: no new messages, and its messages not yet being sent are canceled and their recipients wait again, so that resuming sends each remaining recipient exactly once. Any other state answers `409 bulk_job_state_invalid`.

        A job with nothing left to pause (every recipient has an outcome, or a message already being sent) is not paused: it answers `409 bulk_job_state_invalid` ("has nothing left to pause"), nothing changes, and the job completes on its own (`bulk_job.completed`) once those messages finish, so a pause never leaves a finished job `paused`. The same request a moment later, once the job is `completed`, answers the same code.
        """
        return self._request(
            "post",
            f"/v1/bulk-jobs/{path_param(id)}/pause",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def resume(
        self,
        id: BulkJobId,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> BulkJob:
        """Resume a bulk job

        A `paused` job goes on (`running`, or `scheduled` when its `send_at` is still ahead). Any other state answers `409 bulk_job_state_invalid`.
        """
        return self._request(
            "post",
            f"/v1/bulk-jobs/{path_param(id)}/resume",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def cancel(
        self,
        id: BulkJobId,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> BulkJob:
        """Cancel a bulk job

        A `scheduled`, `running` or `paused` job ends: recipients still waiting are `canceled`, and so are its messages not yet being sent. Any other state answers `409 bulk_job_state_invalid`.
        """
        return self._request(
            "post",
            f"/v1/bulk-jobs/{path_param(id)}/cancel",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )


class BulkJobsWithRawResponse(APIResource):
    """`BulkJobs` answering `APIResponse` objects: the data with the status, headers and request id."""

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
    ) -> APIResponse[Page[BulkJob]]:
        """`BulkJobs.list` with the whole answer."""
        return self._request_page(
            "get",
            "/v1/bulk-jobs",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def create(
        self,
        *,
        connection_ids: List[ConnectionId],
        template: Union[TemplateReference, NotGiven] = NOT_GIVEN,
        type: Union[Literal["text", "image", "video", "audio", "document", "sticker", "location", "contact", "poll"], NotGiven] = NOT_GIVEN,
        text: Union[TextContent, NotGiven] = NOT_GIVEN,
        image: Union[MediaContent, NotGiven] = NOT_GIVEN,
        video: Union[MediaContent, NotGiven] = NOT_GIVEN,
        audio: Union[MediaContent, NotGiven] = NOT_GIVEN,
        document: Union[MediaContent, NotGiven] = NOT_GIVEN,
        sticker: Union[MediaContent, NotGiven] = NOT_GIVEN,
        location: Union[LocationContent, NotGiven] = NOT_GIVEN,
        contact: Union[ContactContent, NotGiven] = NOT_GIVEN,
        poll: Union[PollContent, NotGiven] = NOT_GIVEN,
        recipients: Union[List[BulkJobRecipientInput], NotGiven] = NOT_GIVEN,
        contacts: Union[BulkJobContactSelection, NotGiven] = NOT_GIVEN,
        recipients_csv: Union[BulkJobCsvSource, NotGiven] = NOT_GIVEN,
        send_at: Union[str, NotGiven] = NOT_GIVEN,
        rate: Union[Optional[int], NotGiven] = NOT_GIVEN,
        metadata: Union[Dict[str, str], NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[BulkJob]:
        """`BulkJobs.create` with the whole answer."""
        return self._request(
            "post",
            "/v1/bulk-jobs",
            body={"connection_ids": connection_ids, "template": template, "type": type, "text": text, "image": image, "video": video, "audio": audio, "document": document, "sticker": sticker, "location": location, "contact": contact, "poll": poll, "recipients": recipients, "contacts": contacts, "recipients_csv": recipients_csv, "send_at": send_at, "rate": rate, "metadata": metadata},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def retrieve(
        self,
        id: BulkJobId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[BulkJob]:
        """`BulkJobs.retrieve` with the whole answer."""
        return self._request(
            "get",
            f"/v1/bulk-jobs/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def list_recipients(
        self,
        id: BulkJobId,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[BulkJobRecipientId, NotGiven] = NOT_GIVEN,
        ending_before: Union[BulkJobRecipientId, NotGiven] = NOT_GIVEN,
        after: Union[int, NotGiven] = NOT_GIVEN,
        status: Union[BulkJobRecipientStatus, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Page[BulkJobRecipient]]:
        """`BulkJobs.list_recipients` with the whole answer."""
        return self._request_page(
            "get",
            f"/v1/bulk-jobs/{path_param(id)}/recipients",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before, "after": after, "status": status},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def results(
        self,
        id: BulkJobId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[str]:
        """`BulkJobs.results` with the whole answer."""
        return self._request(
            "get",
            f"/v1/bulk-jobs/{path_param(id)}/results",
            parse="text",
            accept="text/csv",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def pause(
        self,
        id: BulkJobId,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[BulkJob]:
        """`BulkJobs.pause` with the whole answer."""
        return self._request(
            "post",
            f"/v1/bulk-jobs/{path_param(id)}/pause",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def resume(
        self,
        id: BulkJobId,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[BulkJob]:
        """`BulkJobs.resume` with the whole answer."""
        return self._request(
            "post",
            f"/v1/bulk-jobs/{path_param(id)}/resume",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def cancel(
        self,
        id: BulkJobId,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[BulkJob]:
        """`BulkJobs.cancel` with the whole answer."""
        return self._request(
            "post",
            f"/v1/bulk-jobs/{path_param(id)}/cancel",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )
