# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Mapping, Optional, Union

from .._client import APIResource, path_param
from .._options import NOT_GIVEN, NotGiven, RequestOptions
from .._pagination import Page
from .._response import APIResponse
from ..types import DeletedWebhookEndpoint, EventId, Timestamp, WebhookAttempt, WebhookDelivery, WebhookDeliveryId, WebhookDeliveryRetry, WebhookDeliveryStatus, WebhookEndpoint, WebhookEndpointId, WebhookEndpointSecret, WebhookEventSelection, WebhookRecovery, WebhookUrl


class WebhookEndpoints(APIResource):
    """URLs that receive the account's events as signed HTTP POSTs, per mode. Each endpoint subscribes to event
    types (or `*`) and has its own signing secret (`whsec_...`) in the Standard Webhooks format that the svix
    libraries verify. Rotating the secret keeps the previous one in use for 24 hours. URLs on private,
    loopback, link-local or cloud-metadata addresses are refused, when the endpoint is saved and again when
    Parley delivers.

    **Delivery.** Each event is POSTed as JSON (the same object `GET /v1/events/{id}` returns) to every enabled
    endpoint subscribed to its type, with the Standard Webhooks headers `webhook-id` (the event id: the same
    on every retry, so deduplicate on it), `webhook-timestamp` (Unix seconds, fresh on each attempt) and
    `webhook-signature` (`v1,<base64 HMAC-SHA256>`; two of them, space-separated, while a rotated secret
    overlaps). Verify with svix's `Webhook.verify` or any Standard Webhooks library.

    A 2xx answer within 15 seconds is success. Anything else (another status, a redirect, which is not
    followed, a timeout or a network error) is retried: 5 seconds, 5 minutes, 30 minutes, 2 hours, 5 hours,
    10 hours and 10 hours after the first attempt's failure, each with up to 10 % jitter; then the delivery
    is `failed`. On 429 or 503 a `Retry-After` between 5 seconds and 10 hours replaces the scheduled wait.
    Deliveries are at least once and not ordered: order by the event's `created_at` if you need to.

    An endpoint that answers `410 Gone`, or that has failed every attempt for 5 days, is disabled, with a
    `webhook_endpoint.disabled` event; its pending deliveries become `failed`. Enable it again with
    PATCH, then redeliver what it missed with `POST /v1/webhook-endpoints/{id}/recover`. A disabled endpoint
    gets no new deliveries; events of that time stay readable with `GET /v1/events`.

    Every attempt is logged with its status code, latency and the first 1 KB of the answer, or the network
    error. Deliveries and their attempts are kept for 30 days after they finish.
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
    ) -> Page[WebhookEndpoint]:
        """List webhook endpoints

        The endpoints of the calling mode, newest first. Secrets are not listed.
        """
        return self._request_page(
            "get",
            "/v1/webhook-endpoints",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def create(
        self,
        *,
        url: WebhookUrl,
        events: WebhookEventSelection,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        enabled: Union[bool, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> WebhookEndpoint:
        """Create a webhook endpoint

        The endpoint's mode is the caller's. The answer carries the signing `secret`; keep it, and read it again
        with `GET /v1/webhook-endpoints/{id}/secret`. The URL must be http(s), without credentials, and its host
        must resolve to public addresses only (`400 url_not_allowed` otherwise), except that a test-mode
        endpoint may point at the server's own machine (`127.0.0.1`, `localhost`, `[::1]`) where the operator
        allows it, as the embedded development setup does. An account has at most its plan's endpoints per mode
        (`403 plan_limit_reached`, `param`: `webhook_endpoints`).
        """
        return self._request(
            "post",
            "/v1/webhook-endpoints",
            body={"url": url, "events": events, "description": description, "enabled": enabled},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def retrieve(
        self,
        id: WebhookEndpointId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> WebhookEndpoint:
        """Retrieve a webhook endpoint"""
        return self._request(
            "get",
            f"/v1/webhook-endpoints/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def update(
        self,
        id: WebhookEndpointId,
        *,
        url: Union[WebhookUrl, NotGiven] = NOT_GIVEN,
        events: Union[WebhookEventSelection, NotGiven] = NOT_GIVEN,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        enabled: Union[bool, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> WebhookEndpoint:
        """Update a webhook endpoint

        Changes its URL (checked like a new one), event types, description, or pauses it (`enabled`).
        """
        return self._request(
            "patch",
            f"/v1/webhook-endpoints/{path_param(id)}",
            body={"url": url, "events": events, "description": description, "enabled": enabled},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def delete(
        self,
        id: WebhookEndpointId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> DeletedWebhookEndpoint:
        """Delete a webhook endpoint

        No further events are delivered to it.
        """
        return self._request(
            "delete",
            f"/v1/webhook-endpoints/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def retrieve_secret(
        self,
        id: WebhookEndpointId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> WebhookEndpointSecret:
        """Retrieve an endpoint's signing secret

        The current secret, and while a rotation's overlap lasts the previous one with the time it stops
        being used.
        """
        return self._request(
            "get",
            f"/v1/webhook-endpoints/{path_param(id)}/secret",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def rotate_secret(
        self,
        id: WebhookEndpointId,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> WebhookEndpointSecret:
        """Rotate an endpoint's signing secret

        Makes a new secret current. For 24 hours the previous one stays in use too: each delivery carries a
        signature by each secret, so a receiver can move to the new one without missing events. Rotating again
        within those 24 hours retires the older previous secret at once.
        """
        return self._request(
            "post",
            f"/v1/webhook-endpoints/{path_param(id)}/rotate-secret",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def test(
        self,
        id: WebhookEndpointId,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> WebhookDelivery:
        """Send a test event

        Records a `webhook.test` event and delivers it to this endpoint only, signed and retried like any other
        event. The answer is the delivery; follow it with `GET /v1/webhook-deliveries/{id}/attempts`. A disabled
        endpoint is refused with `409 webhook_endpoint_disabled`.
        """
        return self._request(
            "post",
            f"/v1/webhook-endpoints/{path_param(id)}/test",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def recover(
        self,
        id: WebhookEndpointId,
        *,
        since: Timestamp,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> WebhookRecovery:
        """Redeliver failed deliveries

        Queues again, at once, every `failed` delivery to this endpoint of an event created at or after
        `since` (at most 30 days ago), each with a fresh retry schedule. Use it after an outage, once the
        endpoint is enabled again (a disabled endpoint is refused with `409 webhook_endpoint_disabled`).
        """
        return self._request(
            "post",
            f"/v1/webhook-endpoints/{path_param(id)}/recover",
            body={"since": since},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def list_deliveries(
        self,
        id: WebhookEndpointId,
        *,
        status: Union[WebhookDeliveryStatus, NotGiven] = NOT_GIVEN,
        event_id: Union[EventId, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Page[WebhookDelivery]:
        """List an endpoint's deliveries

        One delivery per event sent to this endpoint, newest event first.
        """
        return self._request_page(
            "get",
            f"/v1/webhook-endpoints/{path_param(id)}/deliveries",
            query={"status": status, "event_id": event_id, "limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def retrieve_delivery(
        self,
        id: WebhookDeliveryId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> WebhookDelivery:
        """Retrieve a delivery"""
        return self._request(
            "get",
            f"/v1/webhook-deliveries/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def list_delivery_attempts(
        self,
        id: WebhookDeliveryId,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Page[WebhookAttempt]:
        """List a delivery's attempts

        Every attempt to deliver it, newest first, with what the endpoint answered.
        """
        return self._request_page(
            "get",
            f"/v1/webhook-deliveries/{path_param(id)}/attempts",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def retry_delivery(
        self,
        id: WebhookDeliveryId,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> WebhookDeliveryRetry:
        """Retry a delivery now

        Queues the delivery for an attempt at once, with a fresh retry schedule. Allowed whatever its status: a
        delivery that already succeeded is sent again (same `webhook-id`), and the answer says so in
        `previous_status` and `message`. A disabled endpoint is refused with `409 webhook_endpoint_disabled`.
        """
        return self._request(
            "post",
            f"/v1/webhook-deliveries/{path_param(id)}/retry",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )


class WebhookEndpointsWithRawResponse(APIResource):
    """`WebhookEndpoints` answering `APIResponse` objects: the data with the status, headers and request id."""

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
    ) -> APIResponse[Page[WebhookEndpoint]]:
        """`WebhookEndpoints.list` with the whole answer."""
        return self._request_page(
            "get",
            "/v1/webhook-endpoints",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def create(
        self,
        *,
        url: WebhookUrl,
        events: WebhookEventSelection,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        enabled: Union[bool, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[WebhookEndpoint]:
        """`WebhookEndpoints.create` with the whole answer."""
        return self._request(
            "post",
            "/v1/webhook-endpoints",
            body={"url": url, "events": events, "description": description, "enabled": enabled},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def retrieve(
        self,
        id: WebhookEndpointId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[WebhookEndpoint]:
        """`WebhookEndpoints.retrieve` with the whole answer."""
        return self._request(
            "get",
            f"/v1/webhook-endpoints/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def update(
        self,
        id: WebhookEndpointId,
        *,
        url: Union[WebhookUrl, NotGiven] = NOT_GIVEN,
        events: Union[WebhookEventSelection, NotGiven] = NOT_GIVEN,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        enabled: Union[bool, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[WebhookEndpoint]:
        """`WebhookEndpoints.update` with the whole answer."""
        return self._request(
            "patch",
            f"/v1/webhook-endpoints/{path_param(id)}",
            body={"url": url, "events": events, "description": description, "enabled": enabled},
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def delete(
        self,
        id: WebhookEndpointId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[DeletedWebhookEndpoint]:
        """`WebhookEndpoints.delete` with the whole answer."""
        return self._request(
            "delete",
            f"/v1/webhook-endpoints/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def retrieve_secret(
        self,
        id: WebhookEndpointId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[WebhookEndpointSecret]:
        """`WebhookEndpoints.retrieve_secret` with the whole answer."""
        return self._request(
            "get",
            f"/v1/webhook-endpoints/{path_param(id)}/secret",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def rotate_secret(
        self,
        id: WebhookEndpointId,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[WebhookEndpointSecret]:
        """`WebhookEndpoints.rotate_secret` with the whole answer."""
        return self._request(
            "post",
            f"/v1/webhook-endpoints/{path_param(id)}/rotate-secret",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def test(
        self,
        id: WebhookEndpointId,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[WebhookDelivery]:
        """`WebhookEndpoints.test` with the whole answer."""
        return self._request(
            "post",
            f"/v1/webhook-endpoints/{path_param(id)}/test",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def recover(
        self,
        id: WebhookEndpointId,
        *,
        since: Timestamp,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[WebhookRecovery]:
        """`WebhookEndpoints.recover` with the whole answer."""
        return self._request(
            "post",
            f"/v1/webhook-endpoints/{path_param(id)}/recover",
            body={"since": since},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def list_deliveries(
        self,
        id: WebhookEndpointId,
        *,
        status: Union[WebhookDeliveryStatus, NotGiven] = NOT_GIVEN,
        event_id: Union[EventId, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Page[WebhookDelivery]]:
        """`WebhookEndpoints.list_deliveries` with the whole answer."""
        return self._request_page(
            "get",
            f"/v1/webhook-endpoints/{path_param(id)}/deliveries",
            query={"status": status, "event_id": event_id, "limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def retrieve_delivery(
        self,
        id: WebhookDeliveryId,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[WebhookDelivery]:
        """`WebhookEndpoints.retrieve_delivery` with the whole answer."""
        return self._request(
            "get",
            f"/v1/webhook-deliveries/{path_param(id)}",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def list_delivery_attempts(
        self,
        id: WebhookDeliveryId,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        starting_after: Union[str, NotGiven] = NOT_GIVEN,
        ending_before: Union[str, NotGiven] = NOT_GIVEN,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Page[WebhookAttempt]]:
        """`WebhookEndpoints.list_delivery_attempts` with the whole answer."""
        return self._request_page(
            "get",
            f"/v1/webhook-deliveries/{path_param(id)}/attempts",
            query={"limit": limit, "starting_after": starting_after, "ending_before": ending_before},
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def retry_delivery(
        self,
        id: WebhookDeliveryId,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[WebhookDeliveryRetry]:
        """`WebhookEndpoints.retry_delivery` with the whole answer."""
        return self._request(
            "post",
            f"/v1/webhook-deliveries/{path_param(id)}/retry",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )
