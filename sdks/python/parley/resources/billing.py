# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Mapping, Optional

from .._client import APIResource
from .._options import RequestOptions
from .._response import APIResponse
from ..types import Billing, CheckoutSession, PortalSession


class BillingResource(APIResource):
    """Paying for a plan through Stripe, when the deployment turns Stripe billing on (`STRIPE_SECRET_KEY`):
    Checkout to subscribe, the Customer Portal to change or cancel, and Stripe's webhooks to move the account
    between plans (`account.plan_changed`). A failed payment (`billing.payment_failed`) leaves the plan in place
    for a grace period (7 days by default); if it is still unpaid then, the account moves to the free plan. On a
    plan with a metered price, every live message accepted is reported to Stripe's billing meter (the price's
    free first tier covers the messages the plan includes), each once. Without Stripe billing the platform
    operator sets plans.
    """

    def retrieve(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> Billing:
        """The account's billing

        The account's plan and billing period, and, when Stripe billing is on (`enabled`), its subscription as
        Stripe last reported it (`status`, the current period, whether it ends at the period's end, and the end of
        the grace period after a failed payment), an estimate of the next invoice (Stripe's invoice preview,
        metered messages included so far) and a summary of the payment method (brand, last four digits, expiry).
        The same in both modes: a plan belongs to the account. When billing is off (`enabled: false`) the platform
        operator sets plans and nothing is read from Stripe. `503 stripe_unavailable` (with `Retry-After`): Stripe
        did not answer.
        """
        return self._request(
            "get",
            "/v1/billing",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def create_checkout_session(
        self,
        *,
        plan: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> CheckoutSession:
        """Start a Stripe Checkout for a plan

        A Stripe Checkout page (`url`) where a person subscribes the account to `plan`: the plan's monthly price,
        and its metered messages price when it has one (billed by Stripe from the messages Parley reports). The
        account's Stripe customer is created on the first call, once. When the person has paid, Stripe tells
        Parley, which moves the account to the plan (`account.plan_changed`, cause `checkout`). For owners and
        admins, from a console session (API keys do not manage billing). Both modes may call it: a plan belongs to
        the account, and nothing is charged until someone pays on Stripe's page.

        Refused with `400 plan_unknown` (no such plan), `400 plan_not_purchasable` (a plan Checkout does not sell:
        `checkout_available` is false), `409 subscription_exists` (the account already has a subscription: change
        it in the Customer Portal, `POST /v1/billing/portal-sessions`), `409 billing_disabled` (Stripe billing is
        off on this deployment: the platform operator sets plans), `503 stripe_unavailable` (Stripe did not answer;
        nothing was created, retry with the same Idempotency-Key) or `502 stripe_error` (Stripe refused).
        """
        return self._request(
            "post",
            "/v1/billing/checkout-sessions",
            body={"plan": plan},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def create_portal_session(
        self,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> PortalSession:
        """Open the Stripe Customer Portal

        A Stripe Customer Portal page (`url`) where a person changes or cancels the subscription, updates the
        payment method and downloads invoices. For owners and admins, from a console session. Changes made there
        reach Parley through Stripe's webhooks. Refused
        with `409 billing_customer_missing` before the account's first Checkout (it has no Stripe customer yet),
        `409 billing_disabled`, `503 stripe_unavailable` or `502 stripe_error`.
        """
        return self._request(
            "post",
            "/v1/billing/portal-sessions",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )


class BillingResourceWithRawResponse(APIResource):
    """`BillingResource` answering `APIResponse` objects: the data with the status, headers and request id."""

    _raw = True

    def retrieve(
        self,
        *,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[Billing]:
        """`BillingResource.retrieve` with the whole answer."""
        return self._request(
            "get",
            "/v1/billing",
            parse="json",
            options=RequestOptions(None, timeout, max_retries, extra_headers),
        )

    def create_checkout_session(
        self,
        *,
        plan: str,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[CheckoutSession]:
        """`BillingResource.create_checkout_session` with the whole answer."""
        return self._request(
            "post",
            "/v1/billing/checkout-sessions",
            body={"plan": plan},
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )

    def create_portal_session(
        self,
        *,
        idempotency_key: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
    ) -> APIResponse[PortalSession]:
        """`BillingResource.create_portal_session` with the whole answer."""
        return self._request(
            "post",
            "/v1/billing/portal-sessions",
            idempotent=True,
            parse="json",
            options=RequestOptions(idempotency_key, timeout, max_retries, extra_headers),
        )
