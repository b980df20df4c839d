// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

export interface paths {
    "/v1/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account
         * @description Creates a user, their account, a first **test-mode** API key and a console session. The key's
         *     secret is in this response only: store it now. Also sets the `parley_session` cookie.
         */
        post: operations["signup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a console session
         * @description Checks the email and password and sets the `parley_session` cookie. Attempts are rate limited
         *     per email and per client address.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the console session
         * @description Revokes the current session and clears its cookie.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current console session */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a password reset link
         * @description Emails a single-use link to reset the password, if a user has this address; it expires after
         *     `PASSWORD_RESET_TTL_MINUTES` (60 by default). The answer is the same whether or not the address has a
         *     user, so it tells no one who has an account. Requests are rate limited per address (5 an hour by default)
         *     and per client address.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with an emailed token
         * @description Sets the new password with the token from the reset email. The token works once; every other reset link
         *     of the user stops working, every session of the user ends (sign in again), and the address counts as
         *     verified. Errors (`400`, `param: token`): `token_invalid`, `token_used`, `token_expired`: ask for a new
         *     link.
         */
        post: operations["confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/email-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a new verification link
         * @description Sign-up emails a link that verifies the address; this sends the signed-in person a new one (valid for
         *     `EMAIL_VERIFICATION_TTL_HOURS`, 72 by default). `409 email_already_verified` when there is nothing to
         *     verify. Rate limited per address like password resets.
         */
        post: operations["requestEmailVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/email-verification/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify an email address with an emailed token
         * @description Marks the address the token was sent to as verified (`email_verified` on the user). Errors (`400`,
         *     `param: token`): `token_invalid`, `token_used`, `token_expired`; `409 email_changed` when the user's
         *     address is no longer the one the link was sent to.
         */
        post: operations["confirmEmailVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the account's members
         * @description Everyone who belongs to the account, with their role, oldest first by user id.
         */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member
         * @description Takes the person out of the account (yourself included) and ends their sessions in it at once; their
         *     user, and their other accounts, stay. Only an owner removes an owner; the last owner cannot be removed
         *     (`409 last_owner`).
         */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        /**
         * Change a member's role
         * @description Owners and admins change roles; only an owner makes someone an owner or changes an owner's role
         *     (`403 insufficient_role`). The last owner cannot stop being one (`409 last_owner`). The member's
         *     sessions act with the new role from their next request.
         */
        patch: operations["updateMember"];
        trace?: never;
    };
    "/v1/members/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List pending invitations
         * @description Invitations not accepted or revoked, newest first; expired ones show `status` `expired`.
         */
        get: operations["listInvitations"];
        put?: never;
        /**
         * Invite someone by email
         * @description Emails a single-use link to join the account with `role` (valid for `INVITATION_TTL_DAYS`, 7 by default).
         *     Inviting an address with a pending invitation replaces it (the older link stops working). Members and
         *     pending invitations count against the plan's `team_members` limit (`403 plan_limit_reached`). Only an
         *     owner invites owners; `409 already_member` for an address that belongs to the account.
         */
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an invitation
         * @description Its link stops working. `409 invitation_accepted` once it was accepted (remove the member instead).
         */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation
         * @description With the token from the invitation email and a password: an address with no Parley user gets one with
         *     this password; an address that has one must give its password (`401 invalid_credentials`). The person
         *     becomes a member with the invited role and gets a console session in that account (the
         *     `parley_session` cookie). Token errors (`400`, `param: token`): `token_invalid`, `token_used`,
         *     `token_revoked`, `token_expired`.
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in person's accounts
         * @description Every account the person belongs to, with their role in it; `current` marks the session's.
         */
        get: operations["listMyAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/session/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Switch the session to another account
         * @description Moves the current session to another account the person belongs to (`404` for any other), in test
         *     mode; the session then acts with the person's role there.
         */
        post: operations["switchAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The account's audit log
         * @description Every change a member or key made to the account's setup, newest first: API keys, members, roles and
         *     invitations, connections (created, changed, restarted, logged out, deleted), webhook endpoints (and each
         *     time a signing secret was read or rotated), templates, usage alerts, billing, and the platform admin's
         *     changes to the account. Each entry has the actor (a user, an API key or the platform admin), the
         *     client's address and user agent, the request id, and the fields that changed, before and after;
         *     secrets never appear. The log is append-only: Parley's own database roles cannot change or delete an
         *     entry. Filters: `actor` (a user or key id), `action` (e.g. `api_key.created`), `since` and `until`.
         */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/2fa/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start turning on two-factor authentication
         * @description A new TOTP secret (RFC 6238: SHA-1, 6 digits, 30 s) for the signed-in person to add to an authenticator
         *     app. It counts only once a code from it is confirmed with `POST /v1/auth/2fa/enable`. `409
         *     two_factor_enabled` when it is on already. The platform admin needs it on for `/v1/admin` (`403
         *     two_factor_required`) unless `ADMIN_REQUIRE_TWO_FACTOR=false`.
         */
        post: operations["setupTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/2fa/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn on two-factor authentication
         * @description Confirms a code from the app and turns two-factor authentication on; from then on signing in needs a
         *     code (`otp`) as well. Returns ten single-use recovery codes, shown only here. `400 otp_invalid` for a
         *     code that does not match, `409 two_factor_setup_missing` before `POST /v1/auth/2fa/setup`.
         */
        post: operations["enableTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/2fa/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn off two-factor authentication
         * @description Needs a current code from the app or a recovery code (`401 otp_invalid`, rate limited), so a session
         *     alone cannot turn it off.
         */
        post: operations["disableTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The calling account
         * @description The account the credential belongs to: its plan, the limits in force (its own, where the platform operator
         *     set one, else its plan's), the current billing period, and the mode of the calling credential.
         */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        /**
         * Erase the account
         * @description Erases the account and everything in it, for good. Owners only, from a console session, and only with
         *     the owner's password (and a current two-factor code, or a recovery code, when two-factor
         *     authentication is on): `401 invalid_credentials` / `otp_invalid` otherwise, and nothing changes.
         *
         *     At once, in this request: every API key and session of the account stops working, pending invitations
         *     are revoked, the members lose access (their other accounts are untouched), and the session that asked
         *     is signed out. Then Parley's workers, within an hour (usually within a minute): log every connection
         *     out of WhatsApp (the phone shows the device as unlinked) and delete it; cancel the Stripe subscription,
         *     invoicing what is due; delete the account's files (media and exports) and every row of its data,
         *     both modes: contacts, chats, messages, templates, jobs, webhooks and their deliveries, events, usage,
         *     audit log, members and keys; and delete the users who belonged to no other account (platform admins stay).
         *
         *     What remains is this erasure's record, which billing law requires and which says the erasure was asked
         *     for and done: the account's id, its plan, its Stripe customer and subscription ids (the invoices stay
         *     in Stripe), who asked and from where, and when it was done. An account whose erasure is pending is
         *     `409 erasure_pending` here.
         */
        delete: operations["deleteAccount"];
        options?: never;
        head?: never;
        /**
         * Change the account's name or security settings
         * @description Owners only. `require_owner_two_factor: true` makes every owner use two-factor authentication: an owner
         *     without it can then only turn it on (`403 two_factor_required` for anything else). Turning it on needs
         *     the calling owner to have it on already (`409 two_factor_required`), so no one is locked out.
         */
        patch: operations["updateAccount"];
        trace?: never;
    };
    "/v1/account/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the account's exports
         * @description The account's exports, newest first, in every status. Owners and admins.
         */
        get: operations["listAccountExports"];
        put?: never;
        /**
         * Export the account's data
         * @description Starts building an archive of the account's data, both modes, in the background: a `.tar.gz` of JSON
         *     Lines files, one object per line, each in the shape the API returns it (see `AccountExport` for the
         *     files). When it is ready, `status` becomes `ready`, `account.export_ready` is written (in the mode of
         *     the request) and `GET /v1/account/exports/{id}/download` serves the archive until `expires_at`
         *     (`EXPORT_TTL_HOURS`, 72 by default); then it is deleted. One export is built at a time: `409
         *     export_in_progress` while another is pending, with its id in the message. Owners and admins.
         */
        post: operations["createAccountExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/exports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an export
         * @description An export and its status; once ready, its files and their record counts. Owners and admins.
         */
        get: operations["getAccountExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/exports/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an export
         * @description The archive (`application/gzip`, a tar of the JSON Lines files), until the export's `expires_at`. `409
         *     export_not_ready` while it is being built, `410 export_expired` after. Its SHA-256 is the export's
         *     `sha256`. Owners and admins.
         */
        get: operations["downloadAccountExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the plans
         * @description Every plan an account can be on, in the catalog's order, with its monthly price, the messages it includes and its
         *     limits. `checkout_available` says whether `POST /v1/billing/checkout-sessions` sells it; other plans are
         *     assigned by the platform operator.
         */
        get: operations["listPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Usage for a period
         * @description What the account used in the credential's mode (test and live are counted apart), from the usage ledger:
         *     totals for the range and a series by day or month. `start` and `end` are UTC dates, both included; left
         *     out, they are the current billing period's first and last day. A range is at most 366 days; `start` after
         *     `end` is refused with `400 usage_range_invalid`, a longer range with `400 usage_range_too_long`. A month
         *     in a `month` series is the calendar month (its first bucket starts at `start`, its last ends at `end`).
         *     Counts are exact and current: each is written in the same transaction as the change that caused it.
         */
        get: operations["getUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage/thresholds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List usage alert thresholds
         * @description Every limit raises `usage.threshold_reached` when use reaches 80 % and 100 % of it (`defaults`), and at
         *     each of the account's own thresholds (`data`), once per billing period and mode. Thresholds belong to the
         *     account and apply in both modes.
         */
        get: operations["listUsageThresholds"];
        put?: never;
        /**
         * Add a usage alert threshold
         * @description Raises `usage.threshold_reached` when use of `limit` reaches `percent` of it (1–1000: above 100 is
         *     useful for a limit the platform operator may raise). A threshold the account already has, or one of the
         *     defaults, is refused with `409 usage_threshold_exists`; an account has at most 50 of its own
         *     (`409 usage_threshold_limit_reached`).
         */
        post: operations["createUsageThreshold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage/thresholds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a usage alert threshold
         * @description The defaults (80 % and 100 %) cannot be removed.
         */
        delete: operations["deleteUsageThreshold"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The account's billing
         * @description The account's plan and billing period, and, when Stripe billing is on (`enabled`), its subscription as
         *     Stripe last reported it (`status`, the current period, whether it ends at the period's end, and the end of
         *     the grace period after a failed payment), an estimate of the next invoice (Stripe's invoice preview,
         *     metered messages included so far) and a summary of the payment method (brand, last four digits, expiry).
         *     The same in both modes: a plan belongs to the account. When billing is off (`enabled: false`) the platform
         *     operator sets plans and nothing is read from Stripe. `503 stripe_unavailable` (with `Retry-After`): Stripe
         *     did not answer.
         */
        get: operations["getBilling"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/checkout-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a Stripe Checkout for a plan
         * @description A Stripe Checkout page (`url`) where a person subscribes the account to `plan`: the plan's monthly price,
         *     and its metered messages price when it has one (billed by Stripe from the messages Parley reports). The
         *     account's Stripe customer is created on the first call, once. When the person has paid, Stripe tells
         *     Parley, which moves the account to the plan (`account.plan_changed`, cause `checkout`). For owners and
         *     admins, from a console session (API keys do not manage billing). Both modes may call it: a plan belongs to
         *     the account, and nothing is charged until someone pays on Stripe's page.
         *
         *     Refused with `400 plan_unknown` (no such plan), `400 plan_not_purchasable` (a plan Checkout does not sell:
         *     `checkout_available` is false), `409 subscription_exists` (the account already has a subscription: change
         *     it in the Customer Portal, `POST /v1/billing/portal-sessions`), `409 billing_disabled` (Stripe billing is
         *     off on this deployment: the platform operator sets plans), `503 stripe_unavailable` (Stripe did not answer;
         *     nothing was created, retry with the same Idempotency-Key) or `502 stripe_error` (Stripe refused).
         */
        post: operations["createCheckoutSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/portal-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open the Stripe Customer Portal
         * @description A Stripe Customer Portal page (`url`) where a person changes or cancels the subscription, updates the
         *     payment method and downloads invoices. For owners and admins, from a console session. Changes made there
         *     reach Parley through Stripe's webhooks. Refused
         *     with `409 billing_customer_missing` before the account's first Checkout (it has no Stripe customer yet),
         *     `409 billing_disabled`, `503 stripe_unavailable` or `502 stripe_error`.
         */
        post: operations["createPortalSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/stripe-webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stripe's webhook
         * @description For Stripe only: the endpoint to register in Stripe's dashboard (events `checkout.session.completed`,
         *     `customer.subscription.created`, `customer.subscription.updated`, `customer.subscription.deleted`,
         *     `invoice.paid`, `invoice.payment_failed`). No API key: the `Stripe-Signature` header is checked on the raw
         *     body with `STRIPE_WEBHOOK_SECRET`; a missing or wrong signature is refused with `400
         *     stripe_signature_invalid` and changes nothing (repeated failures from one address get `429`; a correctly
         *     signed request is never refused for its rate). Each Stripe event is processed once (a repeat answers 200
         *     with `duplicate: true`), whatever the order: Parley reads the subscription's current state from Stripe
         *     rather than the event's copy. Other event types are recorded and ignored (200, `ignored: true`). `409
         *     billing_disabled` when billing is off; `503 stripe_unavailable` when Stripe cannot be read back (Stripe
         *     retries the event).
         */
        post: operations["receiveStripeWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Active keys, newest first, without secrets. An API key sees keys of its own mode; a console
         *     session sees both modes.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Returns the key with its `secret`, which is shown this once and stored only as a hash.
         *     An API key may create keys of its own mode only; a console session may create either mode.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description The key is refused from the next request on, by every Parley API server. Revoking is permanent. When Parley cannot reach its Redis to tell the other servers, the revocation is refused with `503 credential_cache_unavailable` and nothing changes: retry.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List connections
         * @description The connections of the calling mode, newest first.
         */
        get: operations["listConnections"];
        put?: never;
        /**
         * Create a connection
         * @description The connection's mode is the calling key's. It starts `pending`; within moments a worker picks it
         *     up and it shows a QR code (`GET /v1/connections/{id}/qr`), or link it by pairing code. An account has at
         *     most its plan's connections per mode (`403 plan_limit_reached`, `param`: `connections`). A live-mode
         *     connection needs the account's `live_connections` feature, on unless a platform admin turned it off
         *     (`403 feature_disabled`).
         */
        post: operations["createConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a connection */
        get: operations["getConnection"];
        put?: never;
        post?: never;
        /**
         * Delete a connection
         * @description Logs the device out of WhatsApp (when it is linked), wipes its credentials and deletes it, with its
         *     messages and chats. Messages still waiting to be sent are dropped.
         */
        delete: operations["deleteConnection"];
        options?: never;
        head?: never;
        /**
         * Update a connection
         * @description Renames it or changes its send rate; a new rate applies from the next message it sends.
         */
        patch: operations["updateConnection"];
        trace?: never;
    };
    "/v1/connections/{id}/restart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restart a connection
         * @description Reconnects a running connection, or starts a `logged_out` or `failed` one again (a logged-out
         *     connection then shows a new QR code).
         */
        post: operations["restartConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{id}/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log a connection out
         * @description Unlinks the device from WhatsApp and wipes its credentials. The connection stays, `logged_out`.
         */
        post: operations["logoutConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{id}/qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The QR code to link a connection
         * @description JSON `{qr, expires_at}` by default, a PNG image with `Accept: image/png`, or SVG with
         *     `Accept: image/svg+xml`. The code rotates: fetch it again (or follow the events stream) when it
         *     expires. 409 when the connection is already linked or has no QR code yet.
         */
        get: operations["getConnectionQr"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{id}/pairing-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link by pairing code instead of QR
         * @description Returns an 8-character code. On the phone whose number you give: WhatsApp → Linked devices →
         *     Link with phone number instead, and type the code.
         */
        post: operations["requestPairingCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{id}/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the number's availability
         * @description Shows the number `online` or `offline` to its contacts. Parley links numbers `offline`, so that the phone
         *     keeps getting notifications; that is the default again after a restart of the connection, or when another
         *     worker takes it over (a reconnect on the same worker keeps the setting). While it is `online` the phone may
         *     not show notifications. The connection must be connected: otherwise `409 connection_not_connected`;
         *     `409 profile_name_unknown` when WhatsApp has not yet told Parley the number's profile name (just after
         *     linking); retry a minute later.
         */
        post: operations["setConnectionPresence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{id}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve the connected number's own profile
         * @description The name, about text and profile picture that people see for the connection's own number, as WhatsApp
         *     has them now. The connection must be `connected` (else 409 `connection_not_connected`); 503 `whatsapp_query_failed` means WhatsApp did not answer: retry.
         */
        get: operations["getConnectionProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the connected number's name or about
         * @description Sets the name people see (at most 25 characters) and the about text (at most 139; an empty string
         *     clears it), as the phone's settings would. Nothing is changed when a field is invalid. The name is kept
         *     in WhatsApp's synced app state: right after linking, before the phone has shared its keys, it answers
         *     409 `profile_sync_pending`. The connection must be `connected` (else 409 `connection_not_connected`); 503 `whatsapp_query_failed` means WhatsApp did not answer: retry.
         */
        patch: operations["updateConnectionProfile"];
        trace?: never;
    };
    "/v1/connections/{id}/profile/picture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the connected number's profile picture
         * @description Exactly one of `media_id` (an upload) or `url` (fetched as for image messages): a JPEG, PNG or WebP of
         *     at most 5 MB. WhatsApp keeps a square crop of it, 640 pixels wide. The connection must be `connected` (else 409 `connection_not_connected`); 503 `whatsapp_query_failed` means WhatsApp did not answer: retry.
         */
        put: operations["setConnectionProfilePicture"];
        post?: never;
        /**
         * Remove the connected number's profile picture
         * @description Removes it; removing when there is none changes nothing. The connection must be `connected` (else 409 `connection_not_connected`); 503 `whatsapp_query_failed` means WhatsApp did not answer: retry.
         */
        delete: operations["deleteConnectionProfilePicture"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{id}/profiles/{phone_number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a number's WhatsApp profile
         * @description What WhatsApp shows this connection for a number: its profile picture (full size and preview URLs,
         *     which WhatsApp serves for a limited time), its about text, and its business details when it is a WhatsApp
         *     Business account. A picture or about that does not exist, or that its owner hides from this number, is null:
         *     not an error. Each look-up counts against the connection's hourly budget of number checks (as
         *     `POST /v1/contacts/check` does). Nothing is stored: this is not Parley's address book (`/v1/contacts`).
         *     A number that is not on WhatsApp answers 400 `phone_number_not_on_whatsapp`. The connection must be `connected` (else 409 `connection_not_connected`); 503 `whatsapp_query_failed` means WhatsApp did not answer: retry.
         */
        get: operations["getWhatsAppProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{id}/blocklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the numbers the connected number blocks
         * @description The connected number's blocklist as WhatsApp has it, including numbers blocked on the phone. WhatsApp may
         *     name a blocked person by LID only; then `phone_number` is null unless the connection knows the LID's number.
         *     The connection must be `connected` (else 409 `connection_not_connected`); 503 `whatsapp_query_failed` means WhatsApp did not answer: retry.
         */
        get: operations["listBlockedNumbers"];
        put?: never;
        /**
         * Block a number
         * @description Blocks the number for the connected WhatsApp account (on every device, the phone too): it can no longer
         *     message or call it, and Parley sends it nothing: messages to it fail with `recipient_blocked` until it is
         *     unblocked (a number blocked or unblocked on the phone counts too, once WhatsApp tells the connection, and
         *     so does the list as `GET /v1/connections/{id}/blocklist` last read it). Blocking a number that is already blocked changes nothing. A number that is not on
         *     WhatsApp answers 400 `phone_number_not_on_whatsapp`. The connection must be `connected` (else 409 `connection_not_connected`); 503 `whatsapp_query_failed` means WhatsApp did not answer: retry.
         */
        post: operations["blockNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{id}/blocklist/{phone_number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unblock a number
         * @description Unblocks the number; unblocking a number that is not blocked changes nothing. The connection must be `connected` (else 409 `connection_not_connected`); 503 `whatsapp_query_failed` means WhatsApp did not answer: retry.
         */
        delete: operations["unblockNumber"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{id}/lids/{lid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find the phone number of a LID
         * @description WhatsApp names some people by LID (an opaque id, `123456789012345@lid`) instead of their number. This
         *     answers the number behind a LID, from what Parley already knows (its chats) or else from what the connection's
         *     WhatsApp has learned. A LID nobody has told the connection about answers 404 `lid_not_found`: WhatsApp does not
         *     give out the number of a LID. Asking WhatsApp needs the connection `connected` (409 `connection_not_connected`
         *     otherwise).
         */
        get: operations["getLidMapping"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{id}/phone-numbers/{phone_number}/lid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find the LID of a phone number
         * @description The LID WhatsApp uses for a number, from Parley's chats when known, else asked of WhatsApp (counted
         *     against the connection's hourly budget of number checks). A number that is not on WhatsApp answers 404
         *     `lid_not_found`. Asking WhatsApp needs the connection `connected` (409 `connection_not_connected` otherwise).
         */
        get: operations["getPhoneNumberLid"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{id}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the groups of a connection
         * @description The WhatsApp groups the connection's number is in, with their participants, as WhatsApp knows them now.
         *     The connection must be `connected` (409 `connection_not_connected` otherwise).
         */
        get: operations["listGroups"];
        put?: never;
        /**
         * Create a group
         * @description Creates a group with the connection's number as its creator (superadmin) and the given participants.
         *     Each participant gets its own result in `participant_results`: a number that is not on WhatsApp
         *     (`participant_not_on_whatsapp`), whose privacy settings forbid being added (`participant_privacy_restricted`:
         *     send them the invite link instead) or who left recently (`participant_recently_left`) fails alone, with
         *     WhatsApp's reason. The connection must be `connected` (409 `connection_not_connected` otherwise).
         *     In test mode the sandbox simulates groups; `+14155550101` is not on WhatsApp.
         */
        post: operations["createGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{id}/groups/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join a group by invite code
         * @description Joins the group of an invite code (the part after `https://chat.whatsapp.com/`) and returns it. 400
         *     `group_invite_invalid` when the code is not valid or was revoked. The connection must be `connected` (409 `connection_not_connected` otherwise).
         */
        post: operations["joinGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{id}/groups/{group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a group
         * @description Subject, description, settings and participants (phone number and LID where WhatsApp gives them, and
         *     role). 404 `group_not_found` when the connection's number is not in the group (a group of another
         *     connection included). The connection must be `connected` (409 `connection_not_connected` otherwise).
         */
        get: operations["getGroup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a group
         * @description Changes the subject, the description (null removes it) and the settings: `announce` (only admins send
         *     messages) and `locked` (only admins change the group's info). Settings need an admin, and so do the subject
         *     and description of a locked group: 403 `group_admin_required` otherwise. The connection must be `connected` (409 `connection_not_connected` otherwise).
         */
        patch: operations["updateGroup"];
        trace?: never;
    };
    "/v1/connections/{id}/groups/{group_id}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add, remove, promote or demote participants
         * @description Applies one action to up to 50 participants; admins only (403 `group_admin_required`). Each participant
         *     gets its own result: `ok`, or `failed` with a code (`participant_not_on_whatsapp`,
         *     `participant_privacy_restricted`, `participant_already_in_group`, `participant_not_in_group`,
         *     `participant_recently_left`, `not_authorized` for the group's creator, `participant_update_failed`). The connection must be `connected` (409 `connection_not_connected` otherwise).
         *     After a removal (through Parley or by anyone on WhatsApp), the connection's next message to the group is
         *     encrypted with a new sender key, given only to the participants left, so those removed cannot read it.
         */
        post: operations["updateGroupParticipants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{id}/groups/{group_id}/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve the invite link of a group
         * @description The group's current invite code and link; admins only (403 `group_admin_required`). The connection must be `connected` (409 `connection_not_connected` otherwise).
         */
        get: operations["getGroupInvite"];
        put?: never;
        /**
         * Revoke the invite link of a group
         * @description Revokes the current invite link (it stops working at once) and returns the new one; admins only. The connection must be `connected` (409 `connection_not_connected` otherwise).
         */
        post: operations["revokeGroupInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{id}/groups/{group_id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Leave a group
         * @description The connection's number leaves the group. The connection must be `connected` (409 `connection_not_connected` otherwise).
         */
        post: operations["leaveGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check which numbers are on WhatsApp
         * @description Asks WhatsApp, through the given connection (it must be `connected`), which of up to 100 numbers have
         *     WhatsApp. Each number is answered in the order given: `on_whatsapp` (with its WhatsApp id),
         *     `not_on_whatsapp`, or `invalid` (not a phone number; not sent to WhatsApp and not counted). Duplicates
         *     (in any spelling) are checked and counted once. Each distinct valid number counts against the
         *     connection's hourly budget; a request that would exceed it is refused whole, at no cost, with 429
         *     `rate_limited` and `Retry-After`. 503 `whatsapp_lookup_failed` means WhatsApp did not answer; retry. In
         *     test mode the sandbox answers: every valid number is on WhatsApp except `+14155550101`.
         */
        post: operations["checkContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contacts
         * @description Newest first. `tag` keeps the contacts that carry that tag; `phone_number` (any common spelling) finds
         *     one number's contact.
         */
        get: operations["listContacts"];
        put?: never;
        /**
         * Create a contact
         * @description An account (per mode) holds each phone number once, in E.164 form, whatever its spelling. Creating a
         *     number that is already a contact answers 409 `contact_exists`, whose `param` is `phone_number` and whose
         *     message names the existing contact's id: update that one (PATCH) or use the import, which upserts.
         */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import contacts from CSV or JSON
         * @description Upserts many contacts at once, in one transaction: valid rows are created or updated, each invalid row is
         *     reported in `invalid` with its reason, and the rest still go in. Importing the same file again changes
         *     nothing (every row counts as `unchanged` and no `updated_at` moves).
         *
         *     **JSON** (`Content-Type: application/json`): `{"contacts": [...]}`, each item like a create request.
         *     **CSV** (`multipart/form-data` with one file part named `file`, e.g. `curl -F file=@contacts.csv`):
         *     UTF-8 (a byte order mark is ignored; any other encoding is refused whole with 400 `csv_encoding_invalid`),
         *     comma-separated, with a header row. Header names are matched case-insensitively: the phone column is
         *     `phone_number` or `phone` (required: 400 `csv_phone_column_missing`), `name` is the name, `tags` holds
         *     tags separated by `;` (or `|`), and every other column becomes an attribute named by its header. Empty
         *     lines are skipped; a file that is not well-formed CSV (an unclosed quote) or that holds a NUL character
         *     (U+0000) is refused whole with 400 `csv_malformed` naming its line; a repeated or empty header name with
         *     400 `csv_header_invalid`.
         *
         *     A row sets only what it carries: an empty cell (or an absent field) leaves that field of an existing
         *     contact as it is; attributes are merged into the existing ones; `tags`, when given, replace them.
         *     Within one import a phone number counts once: its first row wins and a later row with the same number
         *     (in any spelling) is reported as `duplicate_phone_number`.
         *
         *     Limits: at most 100,000 rows (400 `import_too_many_rows`, nothing imported) and, for a CSV, 20 MB
         *     (413 `body_too_large`); a JSON body is bounded by the server's `MAX_BODY_BYTES` (1 MB by default), so
         *     send large imports as CSV. An import's `Idempotency-Key` is matched by the key alone for a CSV upload.
         */
        post: operations["importContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a contact */
        get: operations["getContact"];
        put?: never;
        post?: never;
        /**
         * Delete a contact
         * @description The number may be added again later, as a new contact.
         */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /**
         * Update a contact
         * @description Changes only the fields given. `attributes` are merged like Stripe metadata: a key given with a string
         *     sets it, a key given as `null` (or `""`) removes it, keys not given stay. `tags` replace the contact's
         *     tags. `name: null` clears the name. A new `phone_number` that another contact already has answers 409
         *     `contact_exists`. `updated_at` moves only when something changed.
         */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/v1/opt-outs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the suppression list
         * @description Newest first. `phone_number` (any common spelling) finds one number's entry.
         */
        get: operations["listOptOuts"];
        put?: never;
        /**
         * Add a number to the suppression list
         * @description Answers 201 with the new entry, or 200 with the existing one when the number is already on the list
         *     (the list holds each number once, in E.164 form).
         */
        post: operations["createOptOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/opt-outs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a suppression list entry */
        get: operations["getOptOut"];
        put?: never;
        post?: never;
        /**
         * Remove a number from the suppression list
         * @description The number may be messaged again.
         */
        delete: operations["deleteOptOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List messages
         * @description Sent and received messages of the calling mode, newest first, optionally filtered.
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Send a message
         * @description Queues a message for the connection to send, and answers 202 once it is stored: from then on it is never
         *     lost and never sent twice. `type` names the content field to fill (`"type": "text"` with `"text": {...}`);
         *     exactly that one content field must be present. The message is `queued`, or `scheduled` when `send_at` is
         *     given (in the future, at most 30 days ahead). The connection may be between connections (`qr`,
         *     `connecting`, `disconnected`): its queue waits for it until the message expires. A connection that is
         *     `logged_out` or `failed` refuses new messages with 409. Sends to a number on the suppression list are
         *     accepted and then fail with `recipient_opted_out`, unless the message replies to one the person sent.
         *     Sends to a number the connection's number has blocked are accepted and then fail with
         *     `recipient_blocked` (unblock them first).
         */
        post: operations["createMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a message */
        get: operations["getMessage"];
        put?: never;
        post?: never;
        /**
         * Delete a message
         * @description `for=everyone` (the default) deletes a message this connection sent for everyone, as WhatsApp's "Delete
         *     for everyone" does: the recipient's phone shows "This message was deleted". Only for outbound messages
         *     that WhatsApp has (`sent`, `delivered` or `read`), and only within WhatsApp's window of 2 days and 12
         *     hours after `sent_at`; the connection must be `connected`, and Parley answers once WhatsApp has taken
         *     the deletion. `for=me` hides any sent or received message in Parley only: nothing is sent to WhatsApp,
         *     so the phone and the other party keep it (WhatsApp's "Delete for me" belongs to the phone's own chat
         *     list, which a linked device does not manage).
         *
         *     Either way the message stays as a record (status, times, `deleted_at`, `deleted_for`) but loses its
         *     content, and its revisions lose their texts; a `message.deleted` event is written. Its file (a received
         *     picture, say) is deleted with it once no other message holds it: `GET /v1/media/{id}` then answers 410
         *     `media_deleted` and the bytes leave storage within seconds. Uploads stay: they are yours, and templates
         *     and later sends may name them. Deleting a message
         *     that is already deleted that way (or for everyone) changes nothing and answers it as it is.
         *
         *     Refusals (nothing changes): 409 `message_not_outbound` (for everyone, a message someone else sent),
         *     `message_not_sent` (still queued or scheduled, or failed: cancel it instead), `delete_window_passed`,
         *     `connection_not_connected`.
         */
        delete: operations["deleteMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a message
         * @description Only while it is `scheduled` or `queued`; once a send has started (`sending` and after) it can no
         *     longer be called back, and the answer is 409 `message_not_cancelable`.
         */
        post: operations["cancelMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages/{id}/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit a message
         * @description Replaces the text of a text message this connection sent, or the caption of an image, video or document
         *     it sent, as WhatsApp's "Edit" does: the recipient's phone shows the new text (the same file with the new
         *     caption), marked edited. A caption edit goes out as WhatsApp Web sends one: the edit names the message's
         *     kind and carries only the new caption. Only within WhatsApp's window of 15 minutes after `sent_at`,
         *     and only once WhatsApp has the message (`sent`, `delivered` or `read`). The connection must be
         *     `connected`: Parley sends the edit through the connection's link at once and answers 200 once WhatsApp
         *     has taken it, with the message as edited (`text`, `edited_at`). The text it replaced is kept in the
         *     message's revisions (`GET /v1/messages/{id}/revisions`), and a `message.edited` event is written.
         *
         *     Refusals (nothing changes): 400 `text_unchanged` (the message already says that), 409
         *     `message_not_outbound` (someone else sent it), `message_not_sent`, `message_not_editable` (not a text,
         *     image, video or document message), `message_deleted`, `edit_window_passed`, `connection_not_connected`.
         */
        post: operations["editMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a message's revisions
         * @description The message's history, newest first: one revision per edit (with the text it replaced and the new one)
         *     and one for its deletion, each with when it happened and who made it (`connection`: through Parley,
         *     `contact`: the other party on WhatsApp). A deletion removes the texts of the earlier revisions; the
         *     revisions themselves stay.
         */
        get: operations["listMessageRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages/{id}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a group message's receipts
         * @description For a message this connection sent to a group: one receipt per participant whose phone reported it,
         *     newest first, with when the message reached that phone (`delivered_at`) and when it was read there
         *     (`read_at`). Participants who have reported nothing yet are not listed; the message's `receipts`
         *     summary says how many participants it went to. A read implies delivered, and times never move back.
         *     WhatsApp reports these only where the participant's privacy settings allow it (read receipts can be
         *     off). A message to a single contact has no receipts (its own `delivered_at` and `read_at` say it all):
         *     the list is empty.
         */
        get: operations["listMessageReceipts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List templates
         * @description The templates of the calling mode (not deleted), newest first, each at its current version.
         */
        get: operations["listTemplates"];
        put?: never;
        /**
         * Create a template
         * @description Stores version 1. `name` and `language` identify the template in sends and cannot change later; another
         *     template of this mode with the same pair answers `409 template_already_exists`. A media header takes
         *     exactly one of `media_id` (an upload) or `url` (fetched now, like a message's media URL); its file is
         *     checked against the header type's limits. Bad braces answer `400 template_syntax_invalid`; nothing is
         *     stored then.
         */
        post: operations["createTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview a template before saving it
         * @description Renders a template definition that is not saved, exactly as `POST /v1/templates/{id}/render` renders a
         *     saved one: the same `TemplateRendering` (with `template: null`) and the same refusals. Takes the body of
         *     `POST /v1/templates` (`body` is the only required field: `name`, `language` and `category` change
         *     nothing in the rendering and are checked only when given) plus `variables`. Bad braces answer
         *     `400 template_syntax_invalid` with the field and position, as creating would; missing or unknown values
         *     `400 template_variables_missing` / `template_variables_unknown`; a result WhatsApp would refuse
         *     `400 template_rendered_too_long`.
         *
         *     Stores nothing and fetches nothing: it does not check that the name is free, a header `media_id` is
         *     looked up and checked like on create, and a header `url` is not fetched (the answer then has the
         *     header's `type` and `rendered_text`, the caption, but no content object). Repeating it is harmless, so
         *     unlike other POSTs it takes no `Idempotency-Key` and the SDKs send none: a preview on every keystroke
         *     leaves no stored reply behind.
         *
         *     With `placeholders: true`, a variable without a value renders as its own `{{name}}` and values the
         *     definition does not use are ignored, so a definition can be previewed while it is being written;
         *     `variables` in the answer lists what it uses (the console's live preview works this way).
         */
        post: operations["previewTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a template
         * @description At its current version.
         */
        get: operations["getTemplate"];
        put?: never;
        post?: never;
        /**
         * Delete a template
         * @description The template can no longer be read, rendered or sent (404), and its name and language are free again.
         *     Its versions are kept for the messages that used them.
         */
        delete: operations["deleteTemplate"];
        options?: never;
        head?: never;
        /**
         * Edit a template
         * @description Stores a new version from the current one with the given fields replaced (`null` removes a header or
         *     footer; `buttons: []` removes the buttons), checked like a new template. Messages already sent keep the
         *     version they used. An edit that changes nothing stores no version and answers the template as it is.
         */
        patch: operations["updateTemplate"];
        trace?: never;
    };
    "/v1/templates/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve one version of a template
         * @description The template as it was at that version (`updated_at` is when the version was stored).
         */
        get: operations["getTemplateVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/{id}/render": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Render a template
         * @description The exact message a send with these variables would queue: its `type`, its content object (as on a
         *     Message) and `rendered_text`, the text the person reads (the body of a text message, or the caption of a
         *     media one). Renders the current version unless `version` names another. Stores nothing.
         */
        post: operations["renderTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List chats
         * @description One chat per connection and other party, with the last message and the number of messages received
         *     since the chat was last marked read. Most recently active first.
         */
        get: operations["listChats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a chat */
        get: operations["getChat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a chat's messages
         * @description Both directions, newest first.
         */
        get: operations["listChatMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a chat read
         * @description Sets the chat's `unread_count` to 0 and sends WhatsApp read receipts (blue ticks) for the messages it
         *     covers: the unread messages the other party sent, the newest 250 at most. Receipts go once the change is
         *     committed, when the connection is connected at that moment; a connection that is not connected marks the
         *     chat read in Parley only (receipts are not sent later). The number's own privacy setting decides whether
         *     the sender sees them.
         */
        post: operations["markChatRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats/{id}/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Show typing or recording in a chat
         * @description Shows the other party of the chat that this number is typing (`typing`) or recording a voice note
         *     (`recording`), or clears it (`paused`), through the chat's connection. With `duration` (1 to 60 seconds)
         *     Parley clears it by itself when the time is up; without it, the indicator lasts until you send `paused` or a
         *     message (WhatsApp also drops it on its own after a while). A new state for the same chat replaces the
         *     previous one and its timer. The connection must be connected: otherwise `409 connection_not_connected` and
         *     nothing is sent. In a group's chat (`group_id` set) the state goes to the group: its participants see
         *     this number typing there.
         */
        post: operations["sendChatPresence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats/{id}/presence/subscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Follow a contact's presence
         * @description Asks WhatsApp for the presence of the chat's other party: WhatsApp reports a contact's presence only to numbers
         *     that subscribed to it. Each report is a `presence.updated` event (online or offline with the last time seen
         *     when their privacy settings allow it, typing, recording). The subscription lasts while the connection is
         *     connected; Parley renews it when the connection reconnects on the same worker. After a restart, or when
         *     another worker takes the connection over, subscribe again. The connection must be connected: otherwise
         *     `409 connection_not_connected`.
         */
        post: operations["subscribeChatPresence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/inbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive a message from a simulated person
         * @description Delivers a message from `from` to a sandbox connection, as if that person had sent it on WhatsApp. It is
         *     stored and evented exactly like a real inbound message (`message.received`, and STOP-style keywords
         *     update the suppression list). Content fields are those of `POST /v1/messages`; media needs a
         *     `media_id` of an upload. A `reaction` names one of the connection's messages.
         */
        post: operations["sandboxInbound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/messages/{id}/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A simulated person edits their message
         * @description Plays the person who sent an inbound message of a sandbox connection editing it on WhatsApp: the stored
         *     message gets the new text (or caption), its revisions keep the earlier one (`by: contact`), and
         *     `message.edited` is written, exactly as for a real edit. Refusals (nothing changes): 403
         *     `sandbox_test_mode_only`, 400 `text_unchanged`, 409 `message_not_inbound` (edit your own messages with
         *     `POST /v1/messages/{id}/edit`), `message_not_editable` (no text or caption), `message_deleted`.
         */
        post: operations["sandboxEditInbound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/messages/{id}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A simulated person deletes their message for everyone
         * @description Plays the person who sent an inbound message of a sandbox connection deleting it for everyone on
         *     WhatsApp: the stored message loses its content (`deleted_for: everyone`), its revisions lose their
         *     texts, and `message.deleted` is written, exactly as for a real deletion. A message already deleted is
         *     answered as it is. Refusals (nothing changes): 403 `sandbox_test_mode_only`, 409 `message_not_inbound`.
         */
        post: operations["sandboxDeleteInbound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{id}/statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Post a status
         * @description Posts a status (a story, shown for 24 hours) from the connection's number to the contacts listed in
         *     `recipients`: WhatsApp shows a status only to the people it is sent to, so the list is explicit (at most
         *     1,000 numbers). `type` names the content field to fill: `text` (with an optional background colour and
         *     font), `image` or `video` (an upload's `media_id`, with an optional caption). Parley answers 201 once
         *     WhatsApp has taken the status, so a status that was answered is posted; a failure posts nothing and can be
         *     retried with the same `Idempotency-Key`. The connection must be `connected` (409
         *     `connection_not_connected` otherwise).
         */
        post: operations["createStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive a status from a simulated contact
         * @description Plays a contact posting a status that the sandbox connection sees, as WhatsApp would deliver it: it
         *     arrives as a `status.received` event. The connection must have `receive_statuses` on (409
         *     `statuses_not_received` otherwise); media needs a `media_id` of an upload.
         */
        post: operations["sandboxStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow a connection's state
         * @description A server-sent-events stream of one connection's state, on any API node whichever worker runs the
         *     connection. Each message (`ConnectionStreamMessage`) has `event:` (its type) and one `data:` line holding a
         *     `ConnectionStreamEvent` JSON object; messages carry no `id:`, since the stream does not resume: a client
         *     that reconnects starts again from the current state. The first message is `connection.state`, the
         *     connection as it is now (with its QR code while there is one), preceded by `retry: 3000` (reconnect after
         *     3 seconds). Then come `connection.qr`, `connection.connecting`, `connection.connected`,
         *     `connection.disconnected`, `connection.logged_out`, `connection.failed`, `connection.updated`,
         *     `connection.restarted` and `connection.deleted` as they happen; after `connection.deleted` the stream
         *     ends. A change made just as the stream opens can arrive after a `connection.state` that already shows
         *     it, so act on a state once (scan a QR code once, not on every message showing `qr`). Comments
         *     (`: keep-alive`, every 15 seconds) keep idle proxies from closing it.
         */
        get: operations["streamConnectionEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/connections/{id}/scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Scan the QR code with a simulated phone
         * @description Links a sandbox connection that shows a QR code, as the given (or a generated) phone number.
         */
        post: operations["sandboxScan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/connections/{id}/confirm-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Type the pairing code on a simulated phone
         * @description Links a sandbox connection whose pairing code was requested, as the number given then.
         */
        post: operations["sandboxConfirmCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/connections/{id}/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A simulated contact's presence changes
         * @description Reports a presence of `from` to a sandbox connection, as WhatsApp would: only when the connection subscribed
         *     to that contact (`POST /v1/chats/{id}/presence/subscribe`), else `409 presence_not_subscribed`. It becomes a
         *     `presence.updated` event. (A subscribed sandbox contact also reports `available` a moment after the
         *     subscription.) With `group_id`, `from` types (records, pauses) in that sandbox group: the connection must
         *     follow the group's presence (subscribe on the group's chat), `from` must be a participant (400
         *     `participant_not_in_group`), and only chat states apply (400 `parameter_invalid` for available/unavailable).
         */
        post: operations["sandboxPresence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/connections/{id}/calls/{call_id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A simulated call ends
         * @description Ends a call placed with `POST /v1/sandbox/connections/{id}/calls`, as WhatsApp would report it: `missed`
         *     (it rang out), `answered` (taken on the phone, then hung up) or `rejected` (on one of the number's
         *     devices). It becomes a `call.ended` event, once per call: a call that already ended (Parley rejected it,
         *     say) answers 409 `call_ended`; an unknown call id 404 `resource_missing`.
         */
        post: operations["sandboxEndCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/connections/{id}/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A simulated contact calls the number
         * @description `from` calls the sandbox connection's number, as on WhatsApp: the call is handled exactly like a real one (a
         *     `call.received` event; rejected, with the reply message sent, when the connection's `reject_calls` is on).
         *     Answers once the call is recorded.
         */
        post: operations["sandboxCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload media
         * @description Upload a file as `multipart/form-data` with one part named `file` (its content type is the part's
         *     `Content-Type`, its name the part's filename), e.g. `curl -F file=@photo.jpg`. The answer's `id` goes
         *     in a message's `media_id`. At most `MEDIA_MAX_BYTES` (100 MB by default; a larger file is refused with
         *     `413 body_too_large` and nothing is stored); the limits of each message type are checked when the
         *     media is sent. A form without a `file` part, with a second file, or with other fields is refused.
         *
         *     An upload's `Idempotency-Key` is matched by the key alone, not by the file: a retry with the key of an
         *     upload that succeeded replays its media object without storing the file again, so use a new key for
         *     each new file.
         */
        post: operations["uploadMedia"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/media/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download media
         * @description The file itself, with its content type: uploads, media fetched from a message's `url`, and media
         *     people sent to your connections. It comes as an attachment (`Content-Disposition: attachment` with its
         *     file name), `Cache-Control: private` and `X-Content-Type-Options: nosniff`. Media of another account or
         *     of the other mode is `404`; a file deleted with the message that held it is `410 media_deleted` (and a
         *     message naming it is `404`).
         */
        get: operations["downloadMedia"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bulk-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List bulk jobs
         * @description Newest first, each with its live counters.
         */
        get: operations["listBulkJobs"];
        put?: never;
        /**
         * Create a bulk job
         * @description Checks the whole request before anything is stored: every connection must exist in this account and
         *     mode (404 naming it) and not be logged out or failed (409); the message (a `template`, or `type` and
         *     its content field, as in `POST /v1/messages`; media by `media_id` only) is checked once. Then every
         *     recipient is stored in the same transaction, in order: a number that is not valid is `skipped` with
         *     `phone_number_invalid`, a repeat of an earlier number `skipped` with `duplicate` (the first wins), a
         *     number on the opt-out list `skipped` with `recipient_opted_out`, and a recipient whose variables do not
         *     render the template `failed` with the renderer's code (`template_variables_missing`, ...); the job goes
         *     on without them.
         *
         *     Recipients come one of three ways:
         *     - `recipients`: a list of `{to, variables}`. A JSON body is bounded by the server's `MAX_BODY_BYTES`
         *       (1 MB by default: about 14,000 recipients with two variables each), so send large lists as a CSV file.
         *     - `contacts`: contacts selected by tags; a contact's variables are its `attributes` plus `name`.
         *     - `recipients_csv`: a CSV file uploaded first with `POST /v1/media` (at most 20 MB), named by its
         *       `media_id`. UTF-8 (a byte order mark is dropped), with a header row; the phone column is `phone_number`
         *       or `phone`, and every other column is the variable its header names (headers match in any letter case).
         *       A file that cannot be read as a whole is refused and no job is created: `csv_encoding_invalid`,
         *       `csv_malformed` (not well-formed CSV, or a NUL character (U+0000) in a cell or header, with its line),
         *       `csv_header_invalid` (an unnamed or repeated column), `csv_phone_column_missing`. A
         *       row with more cells than the header is `skipped` with `row_invalid`; an empty cell is a missing
         *       variable. Each recipient from the file keeps its `line`.
         *
         *     From `contacts` and `recipients_csv`, only the variables the template uses are passed, so extra columns
         *     and attributes do no harm. A job may have at most the account's `limits.bulk_job_recipients`
         *     recipients (its plan's, unless the platform admin set another), counted before any is skipped; over it,
         *     `403 plan_limit_reached` (`param`: `bulk_job_recipients`) and no job is created. Once running, a
         *     recipient whose message would pass the account's messages per period fails with `plan_limit_reached`. Tags that match no contact, or a file with
         *     no row after its header, answer `400 bulk_job_no_recipients`. A platform admin may turn bulk jobs off for
         *     an account (the `bulk_jobs` feature): then `403 feature_disabled` and no job is created.
         *
         *     The runner starts a job as soon as it is created (or when its `send_at` comes) and releases its
         *     recipients over its connections in turn, never faster than each connection's own `send_rate` (which
         *     single sends share). `rate` caps the whole job on top of that: at most `rate` messages a minute across
         *     all its connections, released evenly (one every 60/`rate` seconds), with no burst to catch up after a
         *     pause or a quiet spell.
         */
        post: operations["createBulkJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bulk-jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a bulk job */
        get: operations["getBulkJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bulk-jobs/{id}/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a bulk job's recipients
         * @description In the order they were given (by `position`), unlike other lists, which are newest first. Page with a
         *     recipient's `id`: `starting_after` gives the recipients after it, `ending_before` those before it. A
         *     recipient id of another bulk job is refused with 400 `parameter_invalid`. With `status`, only recipients
         *     in that status are listed, and the cursors page through those.
         */
        get: operations["listBulkJobRecipients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bulk-jobs/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export a bulk job's results as CSV
         * @description Every recipient in order, one row each, with a header row: `position`, `line` (its line in the CSV file,
         *     for a job from `recipients_csv`), `to`, `phone_number`, `status`, `reason_code`, `reason`,
         *     `connection_id`, `message_id`, `message_status`, `sent_at`, `delivered_at`, `read_at`, `failed_at`
         *     (RFC 4180, UTF-8).
         *
         *     Safe to open in a spreadsheet (OWASP's CSV injection guidance): a cell that starts with `=`, `+`, `-`,
         *     `@`, a tab or a carriage return is written quoted with a single quote `'` in front, in every column, so
         *     a recipient given as `=HYPERLINK(...)` shows as text and never runs as a formula. The one exception is a
         *     cell that is exactly `+` and digits (`+14155550123`, in `to` or `phone_number`): a spreadsheet reads it
         *     as a number, never a formula, and it is written as it is so that the file imports again unchanged.
         *     Strip a leading `'` when a value must match what was sent.
         */
        get: operations["exportBulkJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bulk-jobs/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause a bulk job
         * @description A `running` or `scheduled` job stops at once: no new messages, and its messages not yet being sent are canceled and their recipients wait again, so that resuming sends each remaining recipient exactly once. Any other state answers `409 bulk_job_state_invalid`.
         *
         *     A job with nothing left to pause (every recipient has an outcome, or a message already being sent) is not paused: it answers `409 bulk_job_state_invalid` ("has nothing left to pause"), nothing changes, and the job completes on its own (`bulk_job.completed`) once those messages finish, so a pause never leaves a finished job `paused`. The same request a moment later, once the job is `completed`, answers the same code.
         */
        post: operations["pauseBulkJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bulk-jobs/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a bulk job
         * @description A `paused` job goes on (`running`, or `scheduled` when its `send_at` is still ahead). Any other state answers `409 bulk_job_state_invalid`.
         */
        post: operations["resumeBulkJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bulk-jobs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a bulk job
         * @description A `scheduled`, `running` or `paused` job ends: recipients still waiting are `canceled`, and so are its messages not yet being sent. Any other state answers `409 bulk_job_state_invalid`.
         */
        post: operations["cancelBulkJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events
         * @description The events of the calling mode, newest first. Events are kept with the account; page through them with
         *     `starting_after` to catch up on what happened while you were away.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow events as they happen
         * @description A server-sent-events stream of the calling mode's events, each sent once its transaction has committed
         *     (a change that is rolled back is never sent). Each message (`EventStreamMessage`) has `id:` (the event id),
         *     `event:` (its type) and one `data:` line holding the `Event` JSON. The stream opens with `retry: 3000`
         *     (reconnect after 3 seconds) and no data. Comments (`: keep-alive`, every 15 seconds) keep idle proxies
         *     from closing it. A client that reconnects with `Last-Event-ID` (browsers' EventSource does this on its own)
         *     first gets the events it missed, oldest first, up to 1,000; to catch up on more, page through
         *     `GET /v1/events`. A client that reads too slowly is disconnected, and catches up the same way. Meant for
         *     the console and local development; for delivery to your servers use webhooks.
         */
        get: operations["streamEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve an event */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description The endpoints of the calling mode, newest first. Secrets are not listed.
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Create a webhook endpoint
         * @description The endpoint's mode is the caller's. The answer carries the signing `secret`; keep it, and read it again
         *     with `GET /v1/webhook-endpoints/{id}/secret`. The URL must be http(s), without credentials, and its host
         *     must resolve to public addresses only (`400 url_not_allowed` otherwise), except that a test-mode
         *     endpoint may point at the server's own machine (`127.0.0.1`, `localhost`, `[::1]`) where the operator
         *     allows it, as the embedded development setup does. An account has at most its plan's endpoints per mode
         *     (`403 plan_limit_reached`, `param`: `webhook_endpoints`).
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a webhook endpoint */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description No further events are delivered to it.
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Update a webhook endpoint
         * @description Changes its URL (checked like a new one), event types, description, or pauses it (`enabled`).
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an endpoint's signing secret
         * @description The current secret, and while a rotation's overlap lasts the previous one with the time it stops
         *     being used.
         */
        get: operations["getWebhookEndpointSecret"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate an endpoint's signing secret
         * @description Makes a new secret current. For 24 hours the previous one stays in use too: each delivery carries a
         *     signature by each secret, so a receiver can move to the new one without missing events. Rotating again
         *     within those 24 hours retires the older previous secret at once.
         */
        post: operations["rotateWebhookEndpointSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event
         * @description Records a `webhook.test` event and delivers it to this endpoint only, signed and retried like any other
         *     event. The answer is the delivery; follow it with `GET /v1/webhook-deliveries/{id}/attempts`. A disabled
         *     endpoint is refused with `409 webhook_endpoint_disabled`.
         */
        post: operations["testWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/recover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeliver failed deliveries
         * @description Queues again, at once, every `failed` delivery to this endpoint of an event created at or after
         *     `since` (at most 30 days ago), each with a fresh retry schedule. Use it after an outage, once the
         *     endpoint is enabled again (a disabled endpoint is refused with `409 webhook_endpoint_disabled`).
         */
        post: operations["recoverWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an endpoint's deliveries
         * @description One delivery per event sent to this endpoint, newest event first.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a delivery */
        get: operations["getWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-deliveries/{id}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a delivery's attempts
         * @description Every attempt to deliver it, newest first, with what the endpoint answered.
         */
        get: operations["listWebhookDeliveryAttempts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry a delivery now
         * @description Queues the delivery for an attempt at once, with a fresh retry schedule. Allowed whatever its status: a
         *     delivery that already succeeded is sent again (same `webhook-id`), and the answer says so in
         *     `previous_status` and `message`. A disabled endpoint is refused with `409 webhook_endpoint_disabled`.
         */
        post: operations["retryWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search accounts
         * @description Every tenant on this deployment, newest first, each with its owner, member count, plan, this period's
         *     messages against the limit, connections by status, last activity and latest suspension (see
         *     `AdminAccount`). `query` finds accounts whose name, any member's email or any connection's phone number
         *     contains it, ignoring case; a query written like a phone number (digits, `+`, spaces, dashes, dots and
         *     brackets) matches by its digits alone, so `+1 (202) 555` finds `+1202555...`. `plan` and `status` narrow
         *     the list. Platform admins only.
         */
        get: operations["adminListAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One account in detail
         * @description The account as `GET /v1/admin/accounts` lists it: owner, member count, plan and limits, this period's
         *     messages against the limit, connections by status, last activity and the latest suspension or
         *     unsuspension. Platform admins only.
         */
        get: operations["adminGetAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an account's plan or limits
         * @description Puts an account on a plan (`plan`: any in `GET /v1/plans`; when Stripe billing is on, Stripe's
         *     subscription changes it too, and the next subscription change wins), and sets its own limits, which
         *     replace its plan's; `null` returns a limit to the plan's. A change of plan writes `account.plan_changed`.
         *     Lowering a limit removes nothing: what is over it stays, and new additions are refused until use is below
         *     it. Jobs created before the change keep their recipients. Platform admin only.
         */
        patch: operations["adminUpdateAccount"];
        trace?: never;
    };
    "/v1/admin/accounts/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend an account
         * @description Stops an account at once, for the reason given (kept with who suspended it and when, shown on the admin
         *     account view and in the account's audit log). Its API keys and sessions are refused with `403
         *     account_suspended`. Its running connections stop: their workers let them go and close their sockets,
         *     and they show `status: disconnected` with `status_reason: account_suspended` (credentials are kept;
         *     logged-out and failed connections stay as they are). Its scheduled and running bulk jobs pause (as
         *     `POST /v1/bulk-jobs/{id}/pause` would; jobs paused already stay as they are). Messages already queued
         *     wait, and expire as usual if the suspension outlasts `MESSAGE_EXPIRY_HOURS`. `409
         *     account_already_suspended` if it is; `409 own_account` for the account the admin is signed in to, and `409
         *     platform_admin_account` for any account a platform admin belongs to, which would lock that admin out
         *     (remove them as an admin first). Platform admins only.
         */
        post: operations["adminSuspendAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/accounts/{id}/unsuspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lift an account's suspension
         * @description Lets the account's keys and sessions in again; exactly the connections the suspension stopped go back
         *     to their workers (and reconnect with their kept credentials), and exactly the bulk jobs the suspension
         *     paused resume. Jobs its people paused themselves stay paused. `reason` is optional and kept like a
         *     suspension's. `409 account_not_suspended` if it is active. Platform admins only.
         */
        post: operations["adminUnsuspendAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/accounts/{id}/features": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An account's features
         * @description Every feature in the catalog with whether it is on for the account: the value a platform admin set
         *     (with who set it and when), else the feature's default. `bulk_jobs` gates `POST /v1/bulk-jobs`;
         *     `live_connections` gates creating live-mode connections (`POST /v1/connections` in live mode). A call a
         *     feature turned off is refused with `403 feature_disabled`. Platform admins only.
         */
        get: operations["adminListAccountFeatures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/accounts/{id}/features/{feature}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Turn a feature on or off for an account
         * @description Sets the feature for this account, whatever its default; it applies to the account's next request.
         *     Setting the value it has already changes nothing but who set it and when. Platform admins only.
         */
        put: operations["adminSetAccountFeature"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/admins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the platform admins
         * @description The platform admin configured by `ADMIN_EMAIL` (`bootstrap: true`) and the further admins it named,
         *     oldest first. Platform admins only.
         */
        get: operations["adminListAdmins"];
        put?: never;
        /**
         * Name a further platform admin
         * @description Makes an existing Parley user a platform admin, with every right of `/v1/admin` (and the same
         *     two-factor requirement, `ADMIN_REQUIRE_TWO_FACTOR`), except naming and removing admins, which only the
         *     admin configured by `ADMIN_EMAIL` may do (`403 bootstrap_admin_required`). `404 user_not_found` when no
         *     user has the email (they sign up or accept an invitation first); `409 already_platform_admin`. Recorded
         *     in `GET /v1/admin/audit-log`.
         */
        post: operations["adminAddAdmin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/admins/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a platform admin
         * @description Takes the platform admin's rights from a user named with `POST /v1/admin/admins`; their next request to
         *     `/v1/admin` is refused. The admin configured by `ADMIN_EMAIL` cannot be removed (`409
         *     bootstrap_admin_protected`). Only that admin may remove admins. `404 resource_missing` for a user who is
         *     not a named admin. Recorded in `GET /v1/admin/audit-log`.
         */
        delete: operations["adminRemoveAdmin"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the platform admins did
         * @description Every change a platform admin made, newest first: to accounts (also in each account's own audit log,
         *     `GET /v1/audit-log`), and to the platform itself (naming and removing admins). Filters: `actor` (an
         *     admin's user id), `action`, `account_id`. Append-only, like the accounts' logs. Platform admins only.
         */
        get: operations["adminListAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Platform health
         * @description Figures across every account, read when asked: accounts by plan and status; messages today (UTC) and
         *     this calendar month (UTC), from the daily usage totals, live and test apart; connections by status and,
         *     for those a worker holds now, by worker; webhook attempts of the last 24 hours and the share that got a
         *     2xx; outbox backlogs (webhook deliveries pending, emails queued, messages queued or scheduled and due,
         *     metered usage not yet reported to Stripe); and MRR: the monthly price of each account's plan (from the
         *     plan catalog) over the accounts whose Stripe subscription is `active` or `past_due`, in cents by currency
         *     (`null` when Stripe billing is off). Platform admins only.
         */
        get: operations["adminGetPlatformHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Answers 200 while the process is up.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description Answers 200 when the database (and Redis, when configured) answer; 503 otherwise.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description Request latency, WhatsApp connections, webhook attempts and process figures, in the Prometheus text format.
         *     Public unless the deployment sets `METRICS_TOKEN`: then only `Authorization: Bearer <METRICS_TOKEN>`
         *     (the operator's token, not an API key) is answered, and anything else gets `401 metrics_token_invalid`.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document, as JSON */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rendered API reference */
        get: operations["getApiReference"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "connection.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * connection.created
         * @description A connection was created.
         */
        post: operations["connectionCreatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "connection.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * connection.updated
         * @description A connection's settings were changed.
         */
        post: operations["connectionUpdatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "connection.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * connection.deleted
         * @description A connection was deleted; `data.object` is the connection as it was.
         */
        post: operations["connectionDeletedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "connection.restarted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * connection.restarted
         * @description A connection was restarted, by you or by a worker taking it over.
         */
        post: operations["connectionRestartedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "connection.qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * connection.qr
         * @description A new QR code is ready to scan (the connection carries it until it expires).
         */
        post: operations["connectionQrWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "connection.connecting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * connection.connecting
         * @description The connection is linking or reconnecting to WhatsApp.
         */
        post: operations["connectionConnectingWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "connection.connected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * connection.connected
         * @description The connection is linked and online.
         */
        post: operations["connectionConnectedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "connection.disconnected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * connection.disconnected
         * @description The connection lost WhatsApp; Parley reconnects on its own.
         */
        post: operations["connectionDisconnectedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "connection.logged_out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * connection.logged_out
         * @description The number was unlinked, from the phone or through the API; the connection stays stopped until restarted.
         */
        post: operations["connectionLoggedOutWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "connection.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * connection.failed
         * @description The connection stopped for good (`status_reason` says why); it stays stopped until restarted.
         */
        post: operations["connectionFailedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.queued": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * message.queued
         * @description A message was accepted and waits in its connection's queue.
         */
        post: operations["messageQueuedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.scheduled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * message.scheduled
         * @description A message was accepted for sending at its `send_at`.
         */
        post: operations["messageScheduledWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.sending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * message.sending
         * @description A message's first send attempt started.
         */
        post: operations["messageSendingWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * message.sent
         * @description WhatsApp accepted a message.
         */
        post: operations["messageSentWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.delivered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * message.delivered
         * @description A message reached the recipient's phone.
         */
        post: operations["messageDeliveredWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * message.read
         * @description The recipient read a message.
         */
        post: operations["messageReadWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * message.failed
         * @description A message could not be sent; `error_code` says why.
         */
        post: operations["messageFailedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.canceled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * message.canceled
         * @description A scheduled or queued message was canceled.
         */
        post: operations["messageCanceledWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.expired": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * message.expired
         * @description A message could not be sent before it expired.
         */
        post: operations["messageExpiredWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * message.received
         * @description Someone sent a message to one of your connections.
         */
        post: operations["messageReceivedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.reaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * message.reaction
         * @description Someone reacted to a message; `data.object` is the reaction message.
         */
        post: operations["messageReactionWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.edited": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * message.edited
         * @description A message was edited, through Parley or by the contact who sent it; `data.object` is the message as edited (its revisions keep the earlier text).
         */
        post: operations["messageEditedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * message.deleted
         * @description A message was deleted: for everyone (through Parley, or by the contact who sent it) or for me in Parley; `data.object` is the message without its content.
         */
        post: operations["messageDeletedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.receipt_updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * message.receipt_updated
         * @description A participant's phone reported a message this connection sent to a group: it arrived (`delivered_at`) or was read (`read_at`). One event per participant and change; `data.object` is that receipt, with the message's counts in its `summary`. The message's own `message.delivered` / `message.read` follow once every participant has reached that point.
         */
        post: operations["messageReceiptUpdatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "presence.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * presence.updated
         * @description A contact whose presence a connection follows came online, went offline, or started or stopped typing or recording.
         */
        post: operations["presenceUpdatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "call.received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * call.received
         * @description Someone called one of your numbers; `data.object` says whether Parley rejected the call.
         */
        post: operations["callReceivedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "call.ended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * call.ended
         * @description A call to one of your numbers ended; `data.object` is the call with `ended_at` and `end_reason`: `rejected` (by Parley or on one of the number's devices), `missed` (nobody answered: it rang out, or the caller hung up first) or `answered` (taken on the phone, then hung up).
         */
        post: operations["callEndedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "status.received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * status.received
         * @description A contact posted a status the connection can see (only with `receive_statuses` on); `data.object` is the status.
         */
        post: operations["statusReceivedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "history.synced": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * history.synced
         * @description WhatsApps history sync delivered a batch of past chats and messages (only with `sync_history` on), now stored; `data.object` counts them. One event per batch, none per message.
         */
        post: operations["historySyncedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "opt_out.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * opt_out.created
         * @description A number was added to the suppression list.
         */
        post: operations["optOutCreatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "opt_out.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * opt_out.deleted
         * @description A number was removed from the suppression list.
         */
        post: operations["optOutDeletedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook_endpoint.disabled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhook_endpoint.disabled
         * @description Parley disabled a webhook endpoint: it answered 410 Gone, or failed every attempt for 5 days
         *     (`data.object.disabled_reason`). Delivered to the account's other endpoints that subscribe to it.
         */
        post: operations["webhookEndpointDisabledWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "bulk_job.started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * bulk_job.started
         * @description A bulk job began sending (its `send_at` came, or it was created without one).
         */
        post: operations["bulkJobStartedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "bulk_job.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * bulk_job.completed
         * @description Every recipient of a bulk job has its outcome.
         */
        post: operations["bulkJobCompletedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "bulk_job.paused": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * bulk_job.paused
         * @description A bulk job was paused.
         */
        post: operations["bulkJobPausedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "bulk_job.canceled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * bulk_job.canceled
         * @description A bulk job was canceled.
         */
        post: operations["bulkJobCanceledWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "bulk_job.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * bulk_job.failed
         * @description Every connection of a bulk job is logged out, failed or deleted, so nothing can send it: its pending
         *     recipients are `failed` with `connections_unavailable` and the job is `failed`.
         */
        post: operations["bulkJobFailedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "account.plan_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * account.plan_changed
         * @description The account moved to another plan: by the platform operator, or through Stripe billing (`cause`). Written in
         *     live mode only: a plan belongs to the account, not a mode.
         */
        post: operations["accountPlanChangedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "account.export_ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * account.export_ready
         * @description An export of the account's data (`POST /v1/account/exports`) is ready to download until its
         *     `expires_at`. Written in the mode the export was requested in.
         */
        post: operations["accountExportReadyWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "usage.threshold_reached": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * usage.threshold_reached
         * @description Use of a limit reached one of its thresholds (80 %, 100 %, or one of the account's own), in the mode
         *     whose use it is. Each threshold fires once per billing period.
         */
        post: operations["usageThresholdReachedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "billing.payment_failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * billing.payment_failed
         * @description Stripe could not collect a subscription payment. The plan stays in place until `grace_period_ends_at`;
         *     if the invoice is still unpaid then, the account moves to the free plan (`account.plan_changed`, cause
         *     `grace_ended`). Paying the invoice (Stripe retries the card, or the person pays in the Customer Portal)
         *     ends the grace period. Written in live mode only: billing belongs to the account, not a mode.
         */
        post: operations["billingPaymentFailedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "group.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * group.created
         * @description The connection's number created a group (through the API or on the phone); `data.object.group` is the group.
         */
        post: operations["groupCreatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "group.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * group.updated
         * @description A group's subject, description or settings changed; `data.object.changes` holds what changed and `by` who changed it.
         */
        post: operations["groupUpdatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "group.participants_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * group.participants_changed
         * @description Participants were added, removed, promoted or demoted (`action`), or left; `participants` lists them and `by` who did it.
         */
        post: operations["groupParticipantsChangedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "group.joined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * group.joined
         * @description The connection's number joined a group (added by someone, or by invite code); `data.object.group` is the group.
         */
        post: operations["groupJoinedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "group.left": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * group.left
         * @description The connection's number left a group or was removed from it.
         */
        post: operations["groupLeftWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhook.test
         * @description Sent by `POST /v1/webhook-endpoints/{id}/test` to that endpoint only, whatever its subscription; no
         *     other endpoint receives it.
         */
        post: operations["webhookTestWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        ErrorResponse: {
            error: components["schemas"]["Error"];
        };
        Error: {
            /** @enum {string} */
            type: "invalid_request_error" | "authentication_error" | "permission_error" | "not_found_error" | "conflict_error" | "idempotency_error" | "rate_limit_error" | "api_error";
            /**
             * @description A stable, snake_case code for programs to branch on.
             * @example parameter_missing
             * @example api_key_revoked
             * @example idempotency_key_reused
             */
            code: string;
            /** @description What went wrong and what to do about it, for a person. */
            message: string;
            /** @description The request field the error is about, when there is one (`a.b[0].c`). */
            param?: string;
            limit?: components["schemas"]["PlanLimitDetails"];
            request_id: string;
        };
        /**
         * @description `test` drives the sandbox network, `live` drives real WhatsApp.
         * @enum {string}
         */
        Mode: "test" | "live";
        /** Format: date-time */
        Timestamp: string;
        AuditLogEntry: {
            /** @example aud_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
            id: string;
            /** @constant */
            object: "audit_log_entry";
            /**
             * @example api_key.created
             * @example member.role_changed
             * @example webhook_endpoint.secret_rotated
             */
            action: string;
            actor: {
                /** @enum {string} */
                type: "user" | "api_key" | "platform_admin";
                /** @description The user's or the key's id. */
                id: string | null;
                /** @description A user's email when the change was made. */
                email: string | null;
            };
            /** @description The mode of the credential that made the change. */
            mode: components["schemas"]["Mode"] | null;
            target: {
                /** @description What was changed, e.g. api_keys, connections. */
                type: string | null;
                id: string;
            } | null;
            /** @description { field: { before, after } } for each field the change touched; secrets never appear. */
            changes: {
                [key: string]: {
                    before: unknown;
                    after: unknown;
                };
            };
            ip: string | null;
            user_agent: string | null;
            request_id: string | null;
            created_at: components["schemas"]["Timestamp"];
        };
        /** @description The owner's credentials again, so that a session left open cannot erase the account. */
        DeleteAccountRequest: {
            password: string;
            /** @description A current two-factor code or a recovery code; required when the owner has two-factor authentication on. */
            otp?: string;
        };
        AccountErasure: {
            /** @example era_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
            id: string;
            /** @constant */
            object: "account_erasure";
            account_id: string;
            /**
             * @description `pending` until the workers have erased everything.
             * @enum {string}
             */
            status: "pending" | "erased";
            requested_at: components["schemas"]["Timestamp"];
            /** Format: date-time */
            erased_at: string | null;
        };
        AccountExportFile: {
            /** @example live/messages.jsonl */
            name: string;
            /** @description Lines in the file, one object each. */
            records: number;
        };
        /**
         * @description An archive of the account's data: a gzipped tar whose files are JSON Lines (UTF-8, one JSON object per
         *     line, `\n` between lines), each object in the shape the API returns for it, newest first. Account-wide
         *     files are at the top; data that belongs to a mode is under `test/` and `live/`:
         *
         *     | file | one line per | schema |
         *     |---|---|---|
         *     | `manifest.json` | (one JSON document: the format version, the account, the export, the files and their record counts) | |
         *     | `account.jsonl` | the account | `Account` |
         *     | `members.jsonl` | member | `Member` |
         *     | `invitations.jsonl` | invitation | `Invitation` |
         *     | `api_keys.jsonl` | API key, revoked ones too (never a secret) | `ApiKey` |
         *     | `usage_thresholds.jsonl` | usage alert | `UsageThreshold` |
         *     | `audit_log.jsonl` | audit log entry | `AuditLogEntry` |
         *     | `<mode>/connections.jsonl` | connection | `Connection` |
         *     | `<mode>/contacts.jsonl` | contact | `Contact` |
         *     | `<mode>/opt_outs.jsonl` | opt-out | `OptOut` |
         *     | `<mode>/chats.jsonl` | chat | `Chat` |
         *     | `<mode>/messages.jsonl` | message, both directions | `Message` |
         *     | `<mode>/message_revisions.jsonl` | edit or deletion of a message | `MessageRevision` |
         *     | `<mode>/message_receipts.jsonl` | group participant's receipt of a message | `MessageReceipt` |
         *     | `<mode>/media.jsonl` | media file's details (the files themselves are downloaded with `GET /v1/media/{id}`) | `Media` |
         *     | `<mode>/templates.jsonl` | template, current version | `Template` |
         *     | `<mode>/bulk_jobs.jsonl` | bulk job | `BulkJob` |
         *     | `<mode>/bulk_job_recipients.jsonl` | recipient of a job, with its result | `BulkJobRecipient` |
         *     | `<mode>/webhook_endpoints.jsonl` | webhook endpoint (never its secret) | `WebhookEndpoint` |
         *     | `<mode>/webhook_deliveries.jsonl` | delivery of an event to an endpoint | `WebhookDelivery` |
         *     | `<mode>/events.jsonl` | event | `Event` |
         *     | `<mode>/usage.jsonl` | day and category of use: `{"object":"usage_day","day":"2026-12-01","category":"messages_text","quantity":12}` | |
         *
         *     Every file is there, empty when there is nothing to list. The archive is read in one consistent view of
         *     each mode's data.
         */
        AccountExport: {
            /** @example exp_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
            id: string;
            /** @constant */
            object: "account_export";
            /**
             * @description `pending` while a worker builds it; `failed` when it could not be built after several tries (`failure_reason`); `expired` once deleted after `expires_at`.
             * @enum {string}
             */
            status: "pending" | "ready" | "failed" | "expired";
            created_at: components["schemas"]["Timestamp"];
            /** Format: date-time */
            completed_at: string | null;
            /**
             * Format: date-time
             * @description When the archive is deleted.
             */
            expires_at: string | null;
            /** @description The archive's size in bytes. */
            size: number | null;
            /** @description The archive's SHA-256, in hex. */
            sha256: string | null;
            /** @description Empty until it is ready. */
            files: components["schemas"]["AccountExportFile"][];
            /** @description Where to download it while it is ready (owners and admins, signed in). */
            download_url: string | null;
            failure_reason: string | null;
        };
        AccountExportList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["AccountExport"][];
            has_more: boolean;
        };
        AccountExportReadyEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "account.export_ready";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["AccountExportEventData"];
        };
        AccountExportEventData: {
            object: components["schemas"]["AccountExport"];
        };
        AuditLogList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["AuditLogEntry"][];
            has_more: boolean;
        };
        TwoFactorSetup: {
            /** @constant */
            object: "two_factor_setup";
            /** @description The TOTP secret (base32), to type into an authenticator app. */
            secret: string;
            /** @description The same as an otpauth:// URL, for a QR code. */
            otpauth_url: string;
        };
        TwoFactorEnabled: {
            /** @constant */
            object: "two_factor";
            /** @constant */
            enabled: true;
            /** @description Ten single-use codes for when the app is lost. Shown only here; Parley keeps only hashes. */
            recovery_codes: string[];
        };
        TwoFactorStatus: {
            /** @constant */
            object: "two_factor";
            enabled: boolean;
        };
        TwoFactorCode: {
            /** @description A code from the app (or, to turn it off, a recovery code). */
            otp: string;
        };
        UpdateAccountRequest: {
            name?: string;
            require_owner_two_factor?: boolean;
        };
        /** @example user_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
        UserId: string;
        /**
         * @description What a member may do; each role may do all that the ones after it may. `viewer`: read the account's
         *     data. `developer`: also change it (send messages, manage connections, contacts, templates, bulk jobs,
         *     webhook endpoints, API keys, usage alerts). `admin`: also manage members, invitations and billing.
         *     `owner`: also make and unmake owners. Each operation names the least role it needs (`x-parley-role`).
         * @enum {string}
         */
        MemberRole: "owner" | "admin" | "developer" | "viewer";
        Member: {
            id: components["schemas"]["UserId"];
            /** @constant */
            object: "member";
            email: string;
            email_verified: boolean;
            role: components["schemas"]["MemberRole"];
            created_at: components["schemas"]["Timestamp"];
        };
        MemberList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Member"][];
            has_more: boolean;
        };
        DeletedMember: {
            id: components["schemas"]["UserId"];
            /** @constant */
            object: "member";
            /** @constant */
            deleted: true;
        };
        UpdateMemberRequest: {
            role: components["schemas"]["MemberRole"];
        };
        CreateInvitationRequest: {
            /** Format: email */
            email: string;
            role: components["schemas"]["MemberRole"];
        };
        Invitation: {
            /** @example inv_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
            id: string;
            /** @constant */
            object: "invitation";
            email: string;
            role: components["schemas"]["MemberRole"];
            /** @enum {string} */
            status: "pending" | "accepted" | "revoked" | "expired";
            /** @description The user who sent it (null once that user is gone). */
            invited_by: components["schemas"]["UserId"] | null;
            created_at: components["schemas"]["Timestamp"];
            expires_at: components["schemas"]["Timestamp"];
            accepted_at: components["schemas"]["Timestamp"] | null;
        };
        InvitationList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Invitation"][];
            has_more: boolean;
        };
        AcceptInvitationRequest: {
            /** @description The token from the invitation email's link. */
            token: string;
            /** @description For a new user, their password (at least 10 characters); for an address that has a user, that user's password. */
            password: string;
        };
        MyAccountList: {
            /** @constant */
            object: "list";
            data: {
                /** @constant */
                object: "account_membership";
                account: {
                    id: string;
                    name: string;
                    /** @enum {string} */
                    status: "active" | "suspended";
                };
                role: components["schemas"]["MemberRole"];
                /** @description The account the session is in. */
                current: boolean;
                joined_at: components["schemas"]["Timestamp"];
            }[];
            has_more: boolean;
        };
        SwitchAccountRequest: {
            account_id: string;
        };
        /** @example key_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
        ApiKeyId: string;
        SignupRequest: {
            /** Format: email */
            email: string;
            /** @description At least 10 characters. */
            password: string;
            account_name: string;
        };
        SignupResult: {
            /** @constant */
            object: "signup";
            user: components["schemas"]["User"];
            account: components["schemas"]["Account"];
            api_key: components["schemas"]["ApiKeyWithSecret"];
            session: components["schemas"]["Session"];
        };
        LoginRequest: {
            email: string;
            password: string;
            /**
             * @description For a user with two-factor authentication on: the 6-digit code from the authenticator app (each
             *     works once), or one of the recovery codes. Without it such a login gets `401 otp_required`; a wrong
             *     one `401 otp_invalid`, counted like a wrong password.
             */
            otp?: string;
        };
        User: {
            /** @example user_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
            id: string;
            /** @constant */
            object: "user";
            email: string;
            /** @description The person opened the link emailed to this address at sign-up (or a password reset link). */
            email_verified: boolean;
            /** @description Signing in needs a code from an authenticator app as well as the password. */
            two_factor_enabled: boolean;
            is_platform_admin: boolean;
            created_at: components["schemas"]["Timestamp"];
        };
        PasswordResetRequest: {
            /** Format: email */
            email: string;
        };
        PasswordResetRequested: {
            /** @constant */
            object: "password_reset_request";
            /** @description The address as Parley reads it (trimmed, lower case). */
            email: string;
            /** @description How long the emailed link works. */
            expires_in_minutes: number;
        };
        PasswordResetConfirmation: {
            /** @description The token from the reset email's link. */
            token: string;
            /** @description The new password, at least 10 characters. */
            password: string;
        };
        PasswordReset: {
            /** @constant */
            object: "password_reset";
            email: string;
            /** @description The user's sessions that were signed out. */
            sessions_ended: number;
        };
        EmailVerificationRequested: {
            /** @constant */
            object: "email_verification_request";
            email: string;
            /** @description How long the emailed link works. */
            expires_in_hours: number;
        };
        EmailVerificationConfirmation: {
            /** @description The token from the verification email's link. */
            token: string;
        };
        EmailVerification: {
            /** @constant */
            object: "email_verification";
            email: string;
            verified_at: components["schemas"]["Timestamp"];
        };
        Session: {
            /** @example sess_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
            id: string;
            /** @constant */
            object: "session";
            user: components["schemas"]["User"];
            account: components["schemas"]["Account"];
            role: components["schemas"]["MemberRole"];
            mode: components["schemas"]["Mode"];
            /** @description Send this in the `X-CSRF-Token` header on cookie-authenticated writes. */
            csrf_token: string;
            created_at: components["schemas"]["Timestamp"];
            expires_at: components["schemas"]["Timestamp"];
        };
        /**
         * @description A limit a plan sets.
         * @enum {string}
         */
        LimitName: "messages_per_period" | "connections" | "api_keys" | "webhook_endpoints" | "contacts" | "bulk_job_recipients" | "team_members";
        Plan: {
            /** @example free */
            id: string;
            /** @constant */
            object: "plan";
            /** @example Free */
            name: string;
            /** @description The monthly price in the currency's smallest unit (cents); 0 for a free plan or one sold by contract. */
            price_monthly: number;
            /** @example usd */
            currency: string;
            /** @description Messages per billing period the price covers; beyond it, up to `limits.messages_per_period`, each is billed as it is used. */
            included_messages: number;
            /** @description Whether `POST /v1/billing/checkout-sessions` sells this plan. */
            checkout_available: boolean;
            limits: components["schemas"]["AccountLimits"];
        };
        PlanList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Plan"][];
            /** @constant */
            has_more: false;
        };
        /** @description A set of limits (a plan's, or those in force for an account). */
        AccountLimits: {
            /** @description Outbound messages accepted per billing period, per mode (bulk jobs included). */
            messages_per_period: number;
            /** @description WhatsApp connections, per mode. */
            connections: number;
            /** @description API keys not revoked, per mode. */
            api_keys: number;
            /** @description Webhook endpoints, per mode. */
            webhook_endpoints: number;
            /** @description Contacts, per mode. */
            contacts: number;
            /** @description Recipients in one bulk job. */
            bulk_job_recipients: number;
            /** @description People who are members of the account. */
            team_members: number;
        };
        /** @description The limits the platform operator set for this account; each replaces its plan's. */
        LimitOverrides: {
            messages_per_period?: number;
            connections?: number;
            api_keys?: number;
            webhook_endpoints?: number;
            contacts?: number;
            bulk_job_recipients?: number;
            team_members?: number;
        };
        /** @description The current billing period (the subscription's, else the calendar month in UTC); `end` is excluded. */
        BillingPeriod: {
            start: components["schemas"]["Timestamp"];
            end: components["schemas"]["Timestamp"];
        };
        AdminUpdateAccountRequest: {
            /** @description A plan id from `GET /v1/plans`. */
            plan?: string;
            /** @description The account's own limits; null returns one to its plan's. */
            limits?: {
                messages_per_period?: number | null;
                connections?: number | null;
                api_keys?: number | null;
                webhook_endpoints?: number | null;
                contacts?: number | null;
                bulk_job_recipients?: number | null;
                team_members?: number | null;
            };
        };
        Account: {
            /** @example acct_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
            id: string;
            /** @constant */
            object: "account";
            name: string;
            /** @enum {string} */
            status: "active" | "suspended";
            plan: components["schemas"]["Plan"];
            limits: components["schemas"]["AccountLimits"];
            limit_overrides: components["schemas"]["LimitOverrides"];
            period: components["schemas"]["BillingPeriod"];
            /** @description Owners must use two-factor authentication; until they turn it on their sessions can only do that. */
            require_owner_two_factor: boolean;
            created_at: components["schemas"]["Timestamp"];
        };
        /** @description The account, with the mode of the credential that asked. */
        CurrentAccount: {
            id: string;
            /** @constant */
            object: "account";
            name: string;
            /** @enum {string} */
            status: "active" | "suspended";
            plan: components["schemas"]["Plan"];
            limits: components["schemas"]["AccountLimits"];
            limit_overrides: components["schemas"]["LimitOverrides"];
            period: components["schemas"]["BillingPeriod"];
            /** @description Owners must use two-factor authentication; until they turn it on their sessions can only do that. */
            require_owner_two_factor: boolean;
            created_at: components["schemas"]["Timestamp"];
            mode: components["schemas"]["Mode"];
        };
        /**
         * @description What a count is of. `messages_accepted_*`: outbound messages accepted, by kind (`text` is any session
         *     message that is not media: text, location, contacts, poll, reaction; `template`: sent from a template;
         *     `bulk`: sent by a bulk job); `messages_sent_*`: the same, once WhatsApp took them; `messages_inbound`:
         *     messages and reactions received; `number_checks`: numbers looked up; `connection_days`: a connection
         *     connected at some time on a UTC day counts 1 for that day.
         * @enum {string}
         */
        UsageCategory: "messages_accepted_text" | "messages_accepted_media" | "messages_accepted_template" | "messages_accepted_bulk" | "messages_sent_text" | "messages_sent_media" | "messages_sent_template" | "messages_sent_bulk" | "messages_inbound" | "number_checks" | "connection_days";
        /** @description Counts by category (every category, or the one asked for). */
        UsageTotals: {
            messages_accepted_text?: number;
            messages_accepted_media?: number;
            messages_accepted_template?: number;
            messages_accepted_bulk?: number;
            messages_sent_text?: number;
            messages_sent_media?: number;
            messages_sent_template?: number;
            messages_sent_bulk?: number;
            messages_inbound?: number;
            number_checks?: number;
            connection_days?: number;
        };
        UsageBucket: {
            /**
             * Format: date
             * @description The first day.
             */
            start: string;
            /**
             * Format: date
             * @description The last day, included.
             */
            end: string;
            totals: components["schemas"]["UsageTotals"];
        };
        Usage: {
            /** @constant */
            object: "usage";
            mode: components["schemas"]["Mode"];
            /** Format: date */
            start: string;
            /** Format: date */
            end: string;
            /** @enum {string} */
            granularity: "day" | "month";
            totals: components["schemas"]["UsageTotals"];
            /** @description One bucket per day or month of the range, oldest first, including those with nothing counted. */
            data: components["schemas"]["UsageBucket"][];
        };
        /** @example uth_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
        UsageThresholdId: string;
        CreateUsageThresholdRequest: {
            limit: components["schemas"]["LimitName"];
            percent: number;
        };
        UsageThreshold: {
            id: components["schemas"]["UsageThresholdId"];
            /** @constant */
            object: "usage_threshold";
            limit: components["schemas"]["LimitName"];
            percent: number;
            created_at: components["schemas"]["Timestamp"];
        };
        UsageThresholdList: {
            /** @constant */
            object: "list";
            /** @description The percentages every limit alerts at. */
            defaults: number[];
            data: components["schemas"]["UsageThreshold"][];
            /** @constant */
            has_more: false;
        };
        DeletedUsageThreshold: {
            id: components["schemas"]["UsageThresholdId"];
            /** @constant */
            object: "usage_threshold";
            /** @constant */
            deleted: true;
        };
        /** @description With `plan_limit_reached`: the limit, its value for the account, the use it was checked against, and the plan. */
        PlanLimitDetails: {
            name: components["schemas"]["LimitName"];
            value: number;
            used: number;
            plan: string;
        };
        /** @description An account as the platform admins see it. */
        AdminAccount: {
            /** @example acct_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
            id: string;
            /** @constant */
            object: "account";
            name: string;
            /** @enum {string} */
            status: "active" | "suspended";
            plan: components["schemas"]["Plan"];
            limits: components["schemas"]["AccountLimits"];
            limit_overrides: components["schemas"]["LimitOverrides"];
            period: components["schemas"]["BillingPeriod"];
            require_owner_two_factor: boolean;
            created_at: components["schemas"]["Timestamp"];
            /** @description The account's first owner (by when they became one); null only for an account without members. */
            owner: components["schemas"]["AdminUserRef"] | null;
            member_count: number;
            usage: {
                /** @description Outbound messages accepted in the current period, per mode, against the limit (which applies to each mode). */
                messages: {
                    live: number;
                    test: number;
                    limit: number;
                };
            };
            connections: components["schemas"]["ConnectionCounts"];
            /**
             * @description The latest of: a console sign-in (a session created), an API key used, a message sent or received,
             *     in either mode. Null if none of these ever happened.
             */
            last_activity_at: components["schemas"]["Timestamp"] | null;
            /** @description The latest suspension or unsuspension, with its reason; null if the account never had either. */
            status_change: {
                /** @enum {string} */
                status: "active" | "suspended";
                reason: string | null;
                at: components["schemas"]["Timestamp"];
                by: components["schemas"]["AdminUserRef"] | null;
            } | null;
        };
        AdminAccountList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["AdminAccount"][];
            has_more: boolean;
        };
        AdminUserRef: {
            /** @example user_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
            id: string;
            email: string;
        };
        /** @description Connections by status, both modes together, and their total. */
        ConnectionCounts: {
            pending: number;
            qr: number;
            connecting: number;
            connected: number;
            disconnected: number;
            logged_out: number;
            failed: number;
            total: number;
        };
        AdminSuspendAccountRequest: {
            /** @description Why, for the record; shown to platform admins, not to the account. */
            reason: string;
        };
        AdminUnsuspendAccountRequest: {
            reason?: string;
        };
        /**
         * @description `bulk_jobs`: `POST /v1/bulk-jobs` (default on). `live_connections`: creating live-mode connections (default on).
         * @enum {string}
         */
        FeatureName: "bulk_jobs" | "live_connections";
        AccountFeature: {
            /** @constant */
            object: "account_feature";
            feature: components["schemas"]["FeatureName"];
            description: string;
            /** @description Whether it is on for the account now. */
            enabled: boolean;
            /** @description The catalog's value, which applies until a platform admin sets one. */
            default: boolean;
            /** @description The platform admin who set it; null while the default applies. */
            set_by: components["schemas"]["AdminUserRef"] | null;
            set_at: components["schemas"]["Timestamp"] | null;
        };
        AccountFeatureList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["AccountFeature"][];
        };
        AdminSetAccountFeatureRequest: {
            enabled: boolean;
        };
        PlatformAdmin: {
            /**
             * @description The admin's user id.
             * @example user_01JD3Z0Q8S1W2E3R4T5Y6U7I8O
             */
            id: string;
            /** @constant */
            object: "platform_admin";
            email: string;
            /** @description The admin configured by `ADMIN_EMAIL`: names and removes the others, and cannot be removed. */
            bootstrap: boolean;
            two_factor_enabled: boolean;
            added_by: components["schemas"]["AdminUserRef"] | null;
            /** @description Null for the configured admin. */
            added_at: components["schemas"]["Timestamp"] | null;
        };
        PlatformAdminList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["PlatformAdmin"][];
        };
        AdminAddAdminRequest: {
            /** Format: email */
            email: string;
        };
        PlatformAuditLogEntry: {
            /** @example paud_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
            id: string;
            /** @constant */
            object: "platform_audit_log_entry";
            /**
             * @example account.suspended
             * @example platform_admin.added
             */
            action: string;
            actor: components["schemas"]["AdminUserRef"];
            /** @description The account changed; null for changes to the platform itself. */
            account_id: string | null;
            target: {
                type: string | null;
                id: string;
            } | null;
            /** @description { field: { before, after } } for each field the change touched; secrets never appear. */
            changes: {
                [key: string]: {
                    before: unknown;
                    after: unknown;
                };
            };
            ip: string | null;
            user_agent: string | null;
            request_id: string | null;
            created_at: components["schemas"]["Timestamp"];
        };
        PlatformAuditLogList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["PlatformAuditLogEntry"][];
            has_more: boolean;
        };
        PlatformHealth: {
            /** @constant */
            object: "platform_health";
            generated_at: components["schemas"]["Timestamp"];
            accounts: {
                total: number;
                /** @description Accounts per plan id. */
                by_plan: {
                    [key: string]: number;
                };
                /** @description Accounts per status. */
                by_status: {
                    [key: string]: number;
                };
            };
            /** @description Outbound messages accepted and inbound messages received, from the daily usage totals (UTC days). */
            messages: {
                today: components["schemas"]["PlatformMessageCounts"];
                this_month: components["schemas"]["PlatformMessageCounts"];
            };
            connections: {
                by_status: components["schemas"]["ConnectionCounts"];
                /** @description Connections each worker holds a live lease on now, most first. */
                by_worker: {
                    /** @description The worker (host:pid:tag). */
                    worker: string;
                    connections: number;
                }[];
            };
            /** @description Delivery attempts of the last 24 hours. */
            webhooks: {
                attempts_24h: number;
                /** @description Attempts answered with a 2xx. */
                succeeded_24h: number;
                /** @description succeeded / attempts; null without attempts. */
                success_rate_24h: number | null;
            };
            backlogs: {
                webhook_deliveries_pending: number;
                emails_queued: number;
                /** @description Messages queued or scheduled whose time has come, not yet sent. */
                messages_due: number;
                /** @description Billable usage entries not yet reported to Stripe or refused. */
                metered_usage_unreported: number;
            };
            /** @description Monthly recurring revenue by currency, in the smallest unit (cents); null when Stripe billing is off. */
            mrr: {
                /** @description Subscriptions counted: Stripe status active or past_due. */
                subscriptions: number;
                /** @description Amounts per currency code. */
                amounts: {
                    [key: string]: number;
                };
            } | null;
        };
        PlatformMessageCounts: {
            outbound_live: number;
            outbound_test: number;
            inbound_live: number;
            inbound_test: number;
        };
        CreateApiKeyRequest: {
            name: string;
            mode: components["schemas"]["Mode"];
            scope?: components["schemas"]["ApiKeyScope"];
        };
        /**
         * @description What the key may do. `full` keys act with the rights of a `developer` member; `read_only` keys with those
         *     of a `viewer` (they read, and get `403 insufficient_role` on any change). A read-only key suits
         *     dashboards and exports.
         * @default full
         * @enum {string}
         */
        ApiKeyScope: "full" | "read_only";
        ApiKey: {
            id: components["schemas"]["ApiKeyId"];
            /** @constant */
            object: "api_key";
            name: string;
            mode: components["schemas"]["Mode"];
            scope: components["schemas"]["ApiKeyScope"];
            /**
             * @description The readable start of the secret.
             * @example parley_test_
             */
            prefix: string;
            /** @description The last four characters of the secret. */
            last4: string;
            created_at: components["schemas"]["Timestamp"];
            /** @description When the key last authenticated a request (updated at most once a minute). */
            last_used_at: components["schemas"]["Timestamp"] | null;
        };
        ApiKeyWithSecret: {
            id: components["schemas"]["ApiKeyId"];
            /** @constant */
            object: "api_key";
            name: string;
            mode: components["schemas"]["Mode"];
            scope: components["schemas"]["ApiKeyScope"];
            prefix: string;
            last4: string;
            created_at: components["schemas"]["Timestamp"];
            last_used_at: components["schemas"]["Timestamp"] | null;
            /** @description The whole key. Shown only in this response; Parley keeps only a hash. */
            secret: string;
        };
        ApiKeyList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["ApiKey"][];
            has_more: boolean;
        };
        DeletedApiKey: {
            id: components["schemas"]["ApiKeyId"];
            /** @constant */
            object: "api_key";
            /** @constant */
            deleted: true;
        };
        /** @example conn_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
        ConnectionId: string;
        NullableTimestamp: components["schemas"]["Timestamp"] | null;
        /** @description International form with country code; spaces, dashes and brackets are fine (`+1 415 555 0100`). */
        PhoneNumber: string;
        /** @enum {string} */
        ConnectionStatus: "pending" | "qr" | "connecting" | "connected" | "disconnected" | "logged_out" | "failed";
        CreateConnectionRequest: {
            name?: string;
            /**
             * @description Messages per minute this number sends at most, with jitter (protects it from bans).
             * @default 20
             */
            send_rate: number;
            /**
             * @description Rejects every call to the number as it rings (a `call.received` event still says it came). Off by
             *     default.
             * @default false
             */
            reject_calls: boolean;
            /**
             * @description With `reject_calls`: a text message sent to the caller after each rejected call, through the
             *     connection's queue like any message (stored, evented, paced). Null for none.
             */
            reject_call_message?: string | null;
            /**
             * @description How many conversations this number may start in any 24 hours: messages to people it has never
             *     exchanged a message with. Past it, such messages wait (others still go); null for no limit. WhatsApp
             *     bans numbers that message many strangers, so raise it slowly.
             * @default 100
             */
            new_contact_daily_limit: number | null;
            /** @description Receive contacts' statuses as `status.received` events. Default false. */
            receive_statuses?: boolean;
            /** @description Store WhatsApp's history sync (past chats and messages) when the device links. Default false. */
            sync_history?: boolean;
        };
        Connection: {
            id: components["schemas"]["ConnectionId"];
            /** @constant */
            object: "connection";
            name: string | null;
            mode: components["schemas"]["Mode"];
            status: components["schemas"]["ConnectionStatus"];
            /**
             * @description Why it is `failed`, `logged_out` or `disconnected`, as a stable code.
             * @example banned
             * @example connection_replaced
             * @example logged_out_from_phone
             */
            status_reason: string | null;
            /** @description E.164, once linked. */
            phone_number: string | null;
            /** @description The WhatsApp id of the linked device, once linked. */
            wa_jid: string | null;
            /** @description The WhatsApp LID of the account, when known. */
            wa_lid: string | null;
            /**
             * @description The WhatsApp Web version this live connection presented when it last connected (WHATSAPP_WEB_VERSION,
             *     WhatsApp's current one when Parley refreshes it, or the version Parley pins). Null until a live
             *     connection first connects, and for test-mode connections (the sandbox speaks no WhatsApp Web).
             * @example 2.3000.1023223821
             */
            whatsapp_web_version: string | null;
            send_rate: number;
            /** @description Conversations this number may start in any 24 hours; null for no limit. */
            new_contact_daily_limit: number | null;
            /**
             * @description Set when WhatsApp refused a new chat (error 463, its reach-out timelock): until then the number starts
             *     no new conversation, and messages to new people wait; people it already talks to still get theirs.
             *     The pause lasts NEW_CONTACT_COOLDOWN_MINUTES (a day unless the operator changed it).
             */
            new_contacts_paused_until: components["schemas"]["NullableTimestamp"];
            /** @description Calls to the number are rejected as they ring. */
            reject_calls: boolean;
            /** @description The text sent to a caller after a rejected call; null for none. */
            reject_call_message: string | null;
            /** @description Contacts' statuses arrive as `status.received` events (off by default). */
            receive_statuses: boolean;
            /**
             * @description On linking, WhatsApp's history sync is stored: past chats and messages appear in the inbox, with one
             *     `history.synced` event per batch (off by default). Checked as each batch arrives. The files of synced
             *     media messages are downloaded afterwards (`history_media_pending` meanwhile).
             */
            sync_history: boolean;
            linked_at: components["schemas"]["NullableTimestamp"];
            created_at: components["schemas"]["Timestamp"];
        };
        ConnectionList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Connection"][];
            has_more: boolean;
        };
        DeletedConnection: {
            id: components["schemas"]["ConnectionId"];
            /** @constant */
            object: "connection";
            /** @constant */
            deleted: true;
        };
        ConnectionQr: {
            /** @description The string to render as a QR code. */
            qr: string;
            expires_at: components["schemas"]["Timestamp"];
        };
        PairingCodeRequest: {
            phone_number: components["schemas"]["PhoneNumber"];
        };
        /**
         * @description WhatsApp's id of a group, such as `120363012345678901@g.us` (older groups `<digits>-<digits>@g.us`).
         * @example 120363012345678901@g.us
         */
        GroupJid: string;
        GroupParticipant: {
            /** @description E.164; null when WhatsApp names the participant by LID alone. */
            phone_number: string | null;
            /** @description The participant's LID (`123456789@lid`) when known. */
            lid: string | null;
            /**
             * @description `superadmin` is the group's creator.
             * @enum {string}
             */
            role: "member" | "admin" | "superadmin";
        };
        Group: {
            /** @constant */
            object: "group";
            id: components["schemas"]["GroupJid"];
            connection_id: components["schemas"]["ConnectionId"];
            subject: string;
            description: string | null;
            /** @description The group's creator, as far as WhatsApp says. */
            owner: null | {
                phone_number: string | null;
                lid: string | null;
            };
            /** Format: date-time */
            created_at: string | null;
            /** @description Only admins may send messages. */
            announce: boolean;
            /** @description Only admins may change the subject, description and settings. */
            locked: boolean;
            participants: components["schemas"]["GroupParticipant"][];
            size: number;
            /** @description Whether the connection's number is an admin of the group. */
            is_admin: boolean;
        };
        GroupList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Group"][];
        };
        GroupParticipantResult: {
            /** @description E.164. */
            phone_number: string;
            /** @enum {string} */
            status: "ok" | "failed";
            /** @description With `failed`, why. */
            error: null | {
                code: string;
                message: string;
            };
        };
        GroupParticipantResults: {
            /** @constant */
            object: "group_participant_results";
            group_id: components["schemas"]["GroupJid"];
            /** @enum {string} */
            action: "add" | "remove" | "promote" | "demote";
            results: components["schemas"]["GroupParticipantResult"][];
        };
        GroupCreated: {
            group: components["schemas"]["Group"];
            participant_results: components["schemas"]["GroupParticipantResult"][];
        };
        CreateGroupRequest: {
            subject: string;
            /** @description E.164 phone numbers to add besides the connection's own. */
            participants: string[];
        };
        UpdateGroupRequest: {
            subject?: string;
            description?: string | null;
            announce?: boolean;
            locked?: boolean;
        };
        GroupParticipantsRequest: {
            /** @enum {string} */
            action: "add" | "remove" | "promote" | "demote";
            participants: string[];
        };
        GroupInvite: {
            /** @constant */
            object: "group_invite";
            group_id: components["schemas"]["GroupJid"];
            code: string;
            /**
             * Format: uri
             * @description https://chat.whatsapp.com/<code>
             */
            url: string;
        };
        JoinGroupRequest: {
            /** @description The code, or the whole https://chat.whatsapp.com/ link. */
            invite_code: string;
        };
        GroupLeft: {
            /** @constant */
            object: "group";
            id: components["schemas"]["GroupJid"];
            connection_id: components["schemas"]["ConnectionId"];
            /** @constant */
            left: true;
        };
        PairingCode: {
            code: string;
        };
        /** @description The connected number's own profile, as people see it on WhatsApp. */
        ConnectionProfile: {
            /** @constant */
            object: "connection_profile";
            connection_id: components["schemas"]["ConnectionId"];
            /** @description E.164. */
            phone_number: string;
            /** @description The name people see (WhatsApp's push name); null when not set. */
            name: string | null;
            /** @description The about text; null when empty. */
            about: string | null;
            /** @description The profile picture, served by WhatsApp for a limited time; null when there is none. */
            picture_url: string | null;
        };
        UpdateConnectionProfileRequest: {
            /** @description At most 25 characters (WhatsApp's limit). */
            name?: string;
            /** @description At most 139 characters (WhatsApp's limit); empty clears it. */
            about?: string;
        };
        /** @description Exactly one of `media_id` or `url`; a JPEG, PNG or WebP of at most 5 MB. */
        SetProfilePictureRequest: {
            media_id?: components["schemas"]["MediaId"];
            /** Format: uri */
            url?: string;
        };
        WhatsAppBusinessProfile: {
            description: string | null;
            category: string | null;
            email: string | null;
            website: string[];
            address: string | null;
        };
        /**
         * @description What WhatsApp shows a connection for a number. Read live, never stored; not to be confused with a
         *     contact of Parley's address book (`/v1/contacts`).
         */
        WhatsAppProfile: {
            /** @constant */
            object: "whatsapp_profile";
            connection_id: components["schemas"]["ConnectionId"];
            /** @description E.164. */
            phone_number: string;
            /** @description The number's WhatsApp id. */
            wa_jid: string;
            /** @description Its LID, when WhatsApp gives it. */
            wa_lid: string | null;
            /** @description The about text; null when not set or hidden from this number. */
            about: string | null;
            about_set_at: components["schemas"]["NullableTimestamp"];
            /** @description The full-size picture, served by WhatsApp for a limited time; null when there is none or it is hidden from this number. */
            picture_url: string | null;
            /** @description A small preview of the picture. */
            picture_preview_url: string | null;
            /** @description Business details of a WhatsApp Business account; null for others. */
            business: components["schemas"]["WhatsAppBusinessProfile"] | null;
        };
        BlockedNumber: {
            /** @constant */
            object: "blocked_number";
            connection_id: components["schemas"]["ConnectionId"];
            /** @description E.164; null when WhatsApp names the number by LID only and its number is not known. */
            phone_number: string | null;
            wa_lid: string | null;
            blocked: boolean;
        };
        Blocklist: {
            /** @constant */
            object: "blocklist";
            connection_id: components["schemas"]["ConnectionId"];
            data: components["schemas"]["BlockedNumber"][];
        };
        BlockNumberRequest: {
            phone_number: components["schemas"]["PhoneNumber"];
        };
        LidMapping: {
            /** @constant */
            object: "lid_mapping";
            connection_id: components["schemas"]["ConnectionId"];
            /** @example 123456789012345@lid */
            lid: string;
            /** @description E.164. */
            phone_number: string;
        };
        /** @example opt_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
        OptOutId: string;
        CreateOptOutRequest: {
            phone_number: components["schemas"]["PhoneNumber"];
        };
        OptOut: {
            id: components["schemas"]["OptOutId"];
            /** @constant */
            object: "opt_out";
            /** @description E.164. */
            phone_number: string;
            /**
             * @description `api`: added through the API or console; `keyword`: the person replied with a STOP-style keyword.
             * @enum {string}
             */
            source: "api" | "keyword";
            /** @description The keyword the person sent, when `source` is `keyword`. */
            keyword: string | null;
            /** @description The connection the keyword reached, when `source` is `keyword`. */
            connection_id: components["schemas"]["ConnectionId"] | null;
            created_at: components["schemas"]["Timestamp"];
        };
        OptOutList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["OptOut"][];
            has_more: boolean;
        };
        DeletedOptOut: {
            id: components["schemas"]["OptOutId"];
            /** @constant */
            object: "opt_out";
            /** @constant */
            deleted: true;
        };
        /** @example we_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
        WebhookEndpointId: string;
        /**
         * @description An http or https URL without user name or password, whose host resolves to public addresses only
         *     (unless the operator set `WEBHOOK_ALLOW_PRIVATE_NETWORKS=true`; test-mode endpoints may also point at
         *     the server's own machine where `WEBHOOK_ALLOW_LOOPBACK_IN_TEST_MODE` allows it, the default on the
         *     embedded database).
         * @example https://example.com/parley/webhooks
         */
        WebhookUrl: string;
        /**
         * @description The event types to deliver (see `EventType`; an unknown one is refused with 400 naming it), or exactly
         *     `["*"]` for every type, including types added later.
         * @example [
         *       "message.received",
         *       "message.failed"
         *     ]
         * @example [
         *       "*"
         *     ]
         */
        WebhookEventSelection: string[];
        /** @description `whsec_` and the base64 key; pass it whole to the svix or Standard Webhooks libraries to verify deliveries. */
        WebhookSecret: string;
        CreateWebhookEndpointRequest: {
            url: components["schemas"]["WebhookUrl"];
            events: components["schemas"]["WebhookEventSelection"];
            description?: string | null;
            /** @default true */
            enabled: boolean;
        };
        UpdateWebhookEndpointRequest: {
            url?: components["schemas"]["WebhookUrl"];
            events?: components["schemas"]["WebhookEventSelection"];
            description?: string | null;
            enabled?: boolean;
        };
        WebhookEndpoint: {
            id: components["schemas"]["WebhookEndpointId"];
            /** @constant */
            object: "webhook_endpoint";
            url: string;
            description: string | null;
            events: (components["schemas"]["EventType"] | "*")[];
            /** @description A disabled endpoint is kept, with its secret, but receives no deliveries. */
            enabled: boolean;
            /**
             * @description Why Parley disabled the endpoint: `endpoint_gone` (it answered 410 Gone) or `endpoint_failing` (every
             *     attempt failed for 5 days). Null while enabled, or when it was disabled with PATCH.
             */
            disabled_reason: ("endpoint_gone" | "endpoint_failing") | null;
            /** @description The first failed attempt since the endpoint last answered 2xx; null while it succeeds. */
            failing_since: components["schemas"]["NullableTimestamp"];
            /** @description Only in the answer to create; afterwards read it with `GET /v1/webhook-endpoints/{id}/secret`. */
            secret?: components["schemas"]["WebhookSecret"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        WebhookEndpointList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["WebhookEndpoint"][];
            has_more: boolean;
        };
        DeletedWebhookEndpoint: {
            id: components["schemas"]["WebhookEndpointId"];
            /** @constant */
            object: "webhook_endpoint";
            /** @constant */
            deleted: true;
        };
        WebhookEndpointSecret: {
            /** @constant */
            object: "webhook_endpoint_secret";
            endpoint_id: components["schemas"]["WebhookEndpointId"];
            secret: components["schemas"]["WebhookSecret"];
            /** @description The secret before the last rotation, while deliveries are still signed with it too. */
            previous_secret: components["schemas"]["WebhookSecret"] | null;
            /** @description When `previous_secret` stops being used. */
            previous_secret_expires_at: components["schemas"]["NullableTimestamp"];
        };
        /** @example dlv_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
        WebhookDeliveryId: string;
        /** @example att_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
        WebhookAttemptId: string;
        /**
         * @description `pending`: an attempt is due, under way or scheduled to retry; `succeeded`: the endpoint answered 2xx;
         *     `failed`: every attempt of the schedule failed, or the endpoint was disabled.
         * @enum {string}
         */
        WebhookDeliveryStatus: "pending" | "succeeded" | "failed";
        WebhookDelivery: {
            id: components["schemas"]["WebhookDeliveryId"];
            /** @constant */
            object: "webhook_delivery";
            endpoint_id: components["schemas"]["WebhookEndpointId"];
            /** @description The event delivered; also the `webhook-id` header of every attempt. */
            event_id: components["schemas"]["EventId"];
            event_type: components["schemas"]["EventType"];
            status: components["schemas"]["WebhookDeliveryStatus"];
            /** @description Attempts made so far, retries included. */
            attempt_count: number;
            /** @description When the next attempt starts, while `pending`. */
            next_attempt_at: components["schemas"]["NullableTimestamp"];
            last_attempt_at: components["schemas"]["NullableTimestamp"];
            /** @description The HTTP status of the last attempt; null if it got no answer. */
            last_status_code: number | null;
            /** @description Why the last attempt failed, in words; null after a success. */
            last_error: string | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        WebhookDeliveryList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["WebhookDelivery"][];
            has_more: boolean;
        };
        WebhookAttempt: {
            id: components["schemas"]["WebhookAttemptId"];
            /** @constant */
            object: "webhook_attempt";
            delivery_id: components["schemas"]["WebhookDeliveryId"];
            endpoint_id: components["schemas"]["WebhookEndpointId"];
            /** @description The URL called. */
            url: string;
            attempted_at: components["schemas"]["Timestamp"];
            /** @description The HTTP status answered; null when there was no answer (see `error`). */
            status_code: number | null;
            /** @description From the start of the request to the answer or the error. */
            latency_ms: number;
            /** @description The first 1 KB of the answer's body, as text; null when there was no answer. */
            response_body: string | null;
            /** @description Why the attempt failed without a 2xx: a network error, a timeout, a refused address or the status. */
            error: string | null;
        };
        WebhookAttemptList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["WebhookAttempt"][];
            has_more: boolean;
        };
        WebhookDeliveryRetry: {
            /** @constant */
            object: "webhook_delivery_retry";
            previous_status: components["schemas"]["WebhookDeliveryStatus"];
            /** @description What the retry does, in words; it says when the delivery had already succeeded. */
            message: string;
            delivery: components["schemas"]["WebhookDelivery"];
        };
        RecoverWebhookEndpointRequest: {
            /** @description Redeliver failed deliveries of events created at or after this time; at most 30 days ago. */
            since: components["schemas"]["Timestamp"];
        };
        WebhookRecovery: {
            /** @constant */
            object: "webhook_recovery";
            endpoint_id: components["schemas"]["WebhookEndpointId"];
            since: components["schemas"]["Timestamp"];
            /** @description How many failed deliveries were queued again. */
            requeued: number;
        };
        WebhookTest: {
            /** @constant */
            object: "webhook_test";
            endpoint_id: components["schemas"]["WebhookEndpointId"];
            message: string;
        };
        ContactCheckRequest: {
            connection_id: components["schemas"]["ConnectionId"];
            phone_numbers: string[];
        };
        ContactCheck: {
            /** @enum {string} */
            object: "contact_check";
            connection_id: components["schemas"]["ConnectionId"];
            results: components["schemas"]["ContactCheckResult"][];
        };
        ContactCheckResult: {
            /** @description The number as given. */
            input: string;
            /** @description The number in E.164 form; null when `invalid`. */
            phone_number: string | null;
            /** @enum {string} */
            status: "on_whatsapp" | "not_on_whatsapp" | "invalid";
            /** @description The number's WhatsApp id when it is on WhatsApp. */
            wa_jid: string | null;
        };
        /** @example ct_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
        ContactId: string;
        ContactName: string;
        /** @description Not blank, and without `;` or `|` (the CSV import's tag separators). Surrounding spaces are trimmed. */
        ContactTag: string;
        /** @description At most 50; a tag given twice is kept once, in the order first given. */
        ContactTags: components["schemas"]["ContactTag"][];
        /** @description Your own string values by name: at most 50 keys of up to 64 characters, values up to 500. */
        ContactAttributes: {
            [key: string]: string;
        };
        CreateContactRequest: {
            phone_number: components["schemas"]["PhoneNumber"];
            name?: components["schemas"]["ContactName"];
            attributes?: components["schemas"]["ContactAttributes"];
            tags?: components["schemas"]["ContactTags"];
        };
        UpdateContactRequest: {
            phone_number?: components["schemas"]["PhoneNumber"];
            name?: components["schemas"]["ContactName"] | null;
            /** @description Merged into the contact's attributes; `null` or `""` removes a key. */
            attributes?: {
                [key: string]: string | null;
            };
            tags?: components["schemas"]["ContactTags"];
        };
        Contact: {
            id: components["schemas"]["ContactId"];
            /** @constant */
            object: "contact";
            /** @description E.164. */
            phone_number: string;
            name: string | null;
            attributes: {
                [key: string]: string;
            };
            tags: string[];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        ContactList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Contact"][];
            has_more: boolean;
        };
        DeletedContact: {
            id: components["schemas"]["ContactId"];
            /** @constant */
            object: "contact";
            /** @constant */
            deleted: true;
        };
        ContactImportRequest: {
            /**
             * @description Rows to upsert. Each row's fields are checked one by one, so a bad value is reported in the answer's
             *     `invalid` (with its `index`) instead of refusing the whole import; only a row that is not an object
             *     with a string `phone_number` refuses it.
             */
            contacts: {
                phone_number: string;
            }[];
        };
        ContactImport: {
            /** @constant */
            object: "contact_import";
            /** @enum {string} */
            format: "csv" | "json";
            /** @description Data rows read (for a CSV, not counting the header and empty lines). */
            rows: number;
            created: number;
            /** @description Existing contacts that the import changed. */
            updated: number;
            /** @description Valid rows that matched an existing contact exactly. */
            unchanged: number;
            /** @description One entry per row that was not imported, in file order. */
            invalid: components["schemas"]["ContactImportRowError"][];
        };
        ContactImportRowError: {
            /** @description For a CSV, the physical line the row starts on (line 1 is the header); null for JSON. */
            line: number | null;
            /** @description The row's position among the data rows (the JSON `contacts` index), from 0. */
            index: number;
            /** @enum {string} */
            code: "phone_number_missing" | "phone_number_invalid" | "duplicate_phone_number" | "name_invalid" | "attributes_invalid" | "tags_invalid" | "row_invalid";
            /** @description What is wrong with the row, for a person. */
            reason: string;
        };
        SandboxScanRequest: {
            phone_number?: components["schemas"]["PhoneNumber"];
        };
        SandboxConfirmCodeRequest: {
            /** @description The code, with or without its dash. */
            code: string;
        };
        /**
         * @description `connection.state` opens the stream with the connection as it is; every other type is the event of the
         *     same name (see `webhooks`), sent when it happens.
         * @enum {string}
         */
        ConnectionStreamEventType: "connection.state" | "connection.updated" | "connection.deleted" | "connection.restarted" | "connection.qr" | "connection.connecting" | "connection.connected" | "connection.disconnected" | "connection.logged_out" | "connection.failed";
        /** @description The `data` of one message of `GET /v1/connections/{id}/events`. */
        ConnectionStreamEvent: {
            type: components["schemas"]["ConnectionStreamEventType"];
            connection: components["schemas"]["Connection"];
            /** @description The QR code to scan, while the connection's status is `qr` and the code has not expired. */
            qr?: components["schemas"]["ConnectionQr"];
        };
        /**
         * @description One server-sent event of `GET /v1/connections/{id}/events`: its `event:` field and its `data:` line,
         *     parsed as JSON. These messages carry no `id:`.
         */
        ConnectionStreamMessage: {
            /** @description The SSE `event:` field; the same as `data.type`. */
            event: components["schemas"]["ConnectionStreamEventType"];
            data: components["schemas"]["ConnectionStreamEvent"];
        };
        /** @example msg_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
        MessageId: string;
        /** @example med_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
        MediaId: string;
        /** @example chat_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
        ChatId: string;
        /** @enum {string} */
        MessageType: "text" | "image" | "video" | "audio" | "document" | "sticker" | "location" | "contact" | "reaction" | "poll";
        /** @enum {string} */
        MessageDirection: "outbound" | "inbound";
        /**
         * @description Outbound: `scheduled` → `queued` → `sending` → `sent` → `delivered` → `read`, or `failed`, `canceled`,
         *     `expired`. Inbound messages are `received`.
         * @enum {string}
         */
        MessageStatus: "scheduled" | "queued" | "sending" | "sent" | "delivered" | "read" | "failed" | "canceled" | "expired" | "received";
        TextContent: {
            body: string;
        };
        /**
         * @description Exactly one of `media_id` (an upload) or `url` (http or https; Parley fetches it when the message is
         *     accepted, at most 100 MB, never from private networks). Limits per type: image JPEG/PNG/WebP ≤ 5 MB;
         *     video MP4/3GPP ≤ 16 MB; audio AAC/MP4/MPEG/AMR/OGG ≤ 16 MB; sticker WebP ≤ 500 KB; document any type
         *     ≤ 100 MB.
         */
        MediaContent: {
            media_id?: components["schemas"]["MediaId"];
            /** Format: uri */
            url?: string;
            /** @description image, video and document only. */
            caption?: string;
            /** @description document only; defaults to the upload's name. */
            filename?: string;
            /** @description audio only: play as a voice note (OGG/Opus is best). */
            voice_note?: boolean;
        };
        LocationContent: {
            latitude: number;
            longitude: number;
            name?: string;
            address?: string;
        };
        ContactCard: {
            name: string;
            phone_numbers: components["schemas"]["PhoneNumber"][];
            /** Format: email */
            email?: string;
            organization?: string;
        };
        ContactContent: {
            contacts: components["schemas"]["ContactCard"][];
        };
        ReactionContent: {
            message_id: components["schemas"]["MessageId"];
            /** @description One emoji; an empty string removes the reaction. */
            emoji: string;
        };
        PollContent: {
            question: string;
            options: string[];
            /** @default 1 */
            selectable_count: number;
        };
        CreateMessageRequest: {
            connection_id: components["schemas"]["ConnectionId"];
            /**
             * @description The recipient: a phone number in international form, or a group's id (`120363012345678901@g.us`, see
             *     GET /v1/connections/{id}/groups) to post in a group the connection's number is in. Every content type,
             *     mentions of participants and replies work in groups.
             */
            to: components["schemas"]["PhoneNumber"];
            /** @description The content field to fill. Required unless `template` is given; leave it out then. */
            type?: components["schemas"]["MessageType"];
            /**
             * @description Send a template instead of content: give `template` and `variables` and leave out `type` and the
             *     content fields. The template's current version is rendered (see the Templates section) and the
             *     message records it (`template` on the message). A template of another account or mode, or a deleted
             *     one, answers 404.
             */
            template?: components["schemas"]["TemplateReference"];
            /** @description The template's variables; only with `template`. */
            variables?: components["schemas"]["TemplateVariables"];
            text?: components["schemas"]["TextContent"];
            image?: components["schemas"]["MediaContent"];
            video?: components["schemas"]["MediaContent"];
            audio?: components["schemas"]["MediaContent"];
            document?: components["schemas"]["MediaContent"];
            sticker?: components["schemas"]["MediaContent"];
            location?: components["schemas"]["LocationContent"];
            contact?: components["schemas"]["ContactContent"];
            reaction?: components["schemas"]["ReactionContent"];
            poll?: components["schemas"]["PollContent"];
            /** @description A message of the same chat to quote. */
            reply_to?: components["schemas"]["MessageId"];
            /** @description Numbers to mention (text and captions); write `@` and the number's digits in the text. */
            mentions?: components["schemas"]["PhoneNumber"][];
            /**
             * Format: date-time
             * @description Send later, at most 30 days from now; a time in the past is refused.
             */
            send_at?: string;
            /** @description Your own key-value pairs, returned with the message and its events. */
            metadata?: {
                [key: string]: string;
            };
        };
        MessageError: {
            /**
             * @description Stable. Outbound (the message failed or expired): `recipient_not_on_whatsapp`,
             *     `recipient_opted_out`, `recipient_blocked` (the connection's number blocked them), `connection_logged_out`, `connection_failed`, `media_fetch_failed`,
             *     `whatsapp_rate_limited` (WhatsApp's error 463: too many new chats), `whatsapp_rejected`, `expired`,
             *     `send_failed`. Inbound (the message was received, its file was not kept, and it is listed as
             *     `unsupported`): `media_too_large` (larger than `MEDIA_MAX_BYTES`; not downloaded,
             *     or stopped at the limit), `media_download_failed` (WhatsApp's media host did not give the file within
             *     `MEDIA_FETCH_TIMEOUT_MS`, or it did not decrypt); for a message of synced history,
             *     `history_media_pending` (its file is being downloaded after the batch) and `history_media_not_synced`
             *     (the sync gave nothing to download it from).
             */
            code: string;
            message: string;
        };
        MediaInfo: {
            media_id: components["schemas"]["MediaId"];
            mime_type: string;
            size: number;
            filename: string | null;
            caption: string | null;
            voice_note: boolean;
        };
        /**
         * @description The content field named by `type` holds the content (`text`, `image`, ...). An inbound message of a
         *     kind Parley does not read yet has `type: unsupported` and no content. So does an inbound media message
         *     whose file Parley did not keep; its `error` says why (`media_too_large`, `media_download_failed`).
         */
        Message: {
            id: components["schemas"]["MessageId"];
            /** @constant */
            object: "message";
            connection_id: components["schemas"]["ConnectionId"];
            chat_id: components["schemas"]["ChatId"] | null;
            direction: components["schemas"]["MessageDirection"];
            /** @enum {string} */
            type: "text" | "image" | "video" | "audio" | "document" | "sticker" | "location" | "contact" | "reaction" | "poll" | "unsupported";
            status: components["schemas"]["MessageStatus"];
            /** @description E.164. For outbound messages, the connection's number once linked. */
            from: string | null;
            /** @description The sender's WhatsApp LID (inbound), when known. */
            from_lid?: string | null;
            /** @description E.164, or the group's id (`120363…@g.us`) for a group message. */
            to: string | null;
            /**
             * @description Present on group messages only: the group's id. On an inbound group message `from` and `from_lid`
             *     name the participant who sent it.
             */
            group_id?: components["schemas"]["GroupJid"];
            /**
             * @description Present on messages sent to a group only: how many participants the message went to, and how many
             *     have it and have read it. Each participant's receipt: `GET /v1/messages/{id}/receipts`.
             */
            receipts?: components["schemas"]["MessageReceiptSummary"];
            text?: components["schemas"]["TextContent"];
            image?: components["schemas"]["MediaInfo"];
            video?: components["schemas"]["MediaInfo"];
            audio?: components["schemas"]["MediaInfo"];
            document?: components["schemas"]["MediaInfo"];
            sticker?: components["schemas"]["MediaInfo"];
            location?: components["schemas"]["LocationContent"];
            contact?: components["schemas"]["ContactContent"];
            reaction?: components["schemas"]["ReactionContent"];
            poll?: components["schemas"]["PollContent"];
            reply_to: components["schemas"]["MessageId"] | null;
            mentions: string[];
            metadata: {
                [key: string]: string;
            };
            send_at: components["schemas"]["NullableTimestamp"];
            /** @description WhatsApp's id of the message. */
            wa_message_id: string | null;
            /** @description Why an outbound message failed or expired, or why an inbound media message came without its file; null otherwise. */
            error: components["schemas"]["MessageError"] | null;
            created_at: components["schemas"]["Timestamp"];
            sent_at: components["schemas"]["NullableTimestamp"];
            delivered_at: components["schemas"]["NullableTimestamp"];
            read_at: components["schemas"]["NullableTimestamp"];
            failed_at: components["schemas"]["NullableTimestamp"];
            canceled_at: components["schemas"]["NullableTimestamp"];
            expired_at: components["schemas"]["NullableTimestamp"];
            received_at: components["schemas"]["NullableTimestamp"];
            /** @description When the message's text was last edited (by this connection or by the contact); its revisions keep the earlier texts. */
            edited_at: components["schemas"]["NullableTimestamp"];
            /** @description When the message was deleted (see `deleted_for`); its content is removed then. */
            deleted_at: components["schemas"]["NullableTimestamp"];
            /** @description `everyone`: deleted on WhatsApp by its sender (this connection or the contact); `me`: hidden in Parley only. Null while not deleted. */
            deleted_for: ("everyone" | "me") | null;
            /** @description The template version the message was rendered from; null for other messages. */
            template?: components["schemas"]["MessageTemplate"] | null;
            /** @description The bulk job that sent the message; null for other messages. */
            bulk_job_id?: components["schemas"]["BulkJobId"] | null;
        };
        /** @example tpl_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
        TemplateId: string;
        /**
         * @description Lowercase letters, digits and `_`, like WhatsApp's template names.
         * @example order_shipped
         */
        TemplateName: string;
        /**
         * @description A language code, optionally with a region (`en`, `en_US`, `pt_BR`).
         * @example en_US
         */
        TemplateLanguage: string;
        /** @enum {string} */
        TemplateCategory: "marketing" | "utility" | "authentication";
        /** @description The message text, with `{{variables}}`. */
        TemplateBody: string;
        TemplateFooter: string;
        /**
         * @description `text` needs `text` (at most 60 characters; may use variables). `image`, `video` and `document` need
         *     exactly one of `media_id` (an upload) or `url` (fetched when the template is saved); `filename` is for
         *     documents only.
         */
        TemplateHeaderInput: {
            /** @enum {string} */
            type: "text" | "image" | "video" | "document";
            text?: string;
            media_id?: components["schemas"]["MediaId"];
            /** Format: uri */
            url?: string;
            filename?: string;
        };
        TemplateHeaderMedia: {
            media_id: components["schemas"]["MediaId"];
            mime_type: string;
            size: number;
            filename: string | null;
        };
        TemplateHeader: {
            /** @enum {string} */
            type: "text" | "image" | "video" | "document";
            /** @description The header text (type `text`). */
            text: string | null;
            /** @description The header file (media types). */
            media: components["schemas"]["TemplateHeaderMedia"] | null;
        };
        /**
         * @description `quick_reply` (just `text`), `url` (with `url`, which may use variables) or `phone_number` (with
         *     `phone_number`). Rendered as text lines; see the Templates section.
         */
        TemplateButton: {
            /** @enum {string} */
            type: "quick_reply" | "url" | "phone_number";
            text: string;
            url?: string;
            phone_number?: components["schemas"]["PhoneNumber"];
        };
        TemplateButtons: components["schemas"]["TemplateButton"][];
        /**
         * @description A value for every variable the template uses, and no others.
         * @example {
         *       "first_name": "Ada",
         *       "order_id": "4711"
         *     }
         */
        TemplateVariables: {
            [key: string]: string | number;
        };
        CreateTemplateRequest: {
            name: components["schemas"]["TemplateName"];
            language: components["schemas"]["TemplateLanguage"];
            category: components["schemas"]["TemplateCategory"];
            body: components["schemas"]["TemplateBody"];
            header?: components["schemas"]["TemplateHeaderInput"];
            footer?: components["schemas"]["TemplateFooter"];
            buttons?: components["schemas"]["TemplateButtons"];
        };
        UpdateTemplateRequest: {
            category?: components["schemas"]["TemplateCategory"];
            body?: components["schemas"]["TemplateBody"];
            header?: components["schemas"]["TemplateHeaderInput"] | null;
            footer?: components["schemas"]["TemplateFooter"] | null;
            buttons?: components["schemas"]["TemplateButtons"];
        };
        Template: {
            id: components["schemas"]["TemplateId"];
            /** @constant */
            object: "template";
            name: components["schemas"]["TemplateName"];
            language: components["schemas"]["TemplateLanguage"];
            category: components["schemas"]["TemplateCategory"];
            /** @description Starts at 1; each edit stores the next. */
            version: number;
            body: string;
            header: components["schemas"]["TemplateHeader"] | null;
            footer: string | null;
            buttons: components["schemas"]["TemplateButton"][];
            /** @description The variables the template uses, in order of first use. */
            variables: string[];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        TemplateList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Template"][];
            has_more: boolean;
        };
        DeletedTemplate: {
            id: components["schemas"]["TemplateId"];
            /** @constant */
            object: "template";
            /** @constant */
            deleted: true;
        };
        RenderTemplateRequest: {
            variables?: components["schemas"]["TemplateVariables"];
            /** @description A stored version to render; the current one by default. */
            version?: number;
        };
        /**
         * @description A template definition as `POST /v1/templates` takes it (only `body` is required here) and the values
         *     to render it with.
         */
        PreviewTemplateRequest: {
            name?: components["schemas"]["TemplateName"];
            language?: components["schemas"]["TemplateLanguage"];
            category?: components["schemas"]["TemplateCategory"];
            body: components["schemas"]["TemplateBody"];
            header?: components["schemas"]["TemplateHeaderInput"];
            footer?: components["schemas"]["TemplateFooter"];
            buttons?: components["schemas"]["TemplateButtons"];
            variables?: components["schemas"]["TemplateVariables"];
            /**
             * @description While writing: a variable without a value renders as `{{name}}`, and values the definition does not
             *     use are ignored. Without it, every variable needs a value and no other may be given, as in a send.
             * @default false
             */
            placeholders: boolean;
        };
        /** @description The template and the version of it a message was rendered from. */
        MessageTemplate: {
            id: components["schemas"]["TemplateId"];
            version: number;
        };
        /**
         * @description `type` names the content field that is present, exactly as on the Message a send would create (a
         *     preview of a header given by `url` has none: the file is fetched only when the template is saved).
         */
        TemplateRendering: {
            /** @constant */
            object: "template_rendering";
            /** @description The template and version rendered; null for a preview of an unsaved definition. */
            template: components["schemas"]["MessageTemplate"] | null;
            /** @enum {string} */
            type: "text" | "image" | "video" | "document";
            /** @description The variables the template uses, in order of first use. */
            variables: string[];
            /** @description The text the person reads: the message body, or the caption. */
            rendered_text: string;
            text?: components["schemas"]["TextContent"];
            image?: components["schemas"]["MediaInfo"];
            video?: components["schemas"]["MediaInfo"];
            document?: components["schemas"]["MediaInfo"];
        };
        /**
         * @description A template by `id`, or by `name` and `language` (both); not both ways at once (`400 parameter_conflict`,
         *     or `400 parameter_missing` for a name without its language).
         */
        TemplateReference: {
            id?: components["schemas"]["TemplateId"];
            name?: components["schemas"]["TemplateName"];
            language?: components["schemas"]["TemplateLanguage"];
        };
        EditMessageRequest: {
            /** @description The message's new text. */
            text: string;
        };
        /** @example mrev_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
        MessageRevisionId: string;
        /** @description One change to a message after it was sent or received. */
        MessageRevision: {
            id: components["schemas"]["MessageRevisionId"];
            /** @constant */
            object: "message_revision";
            message_id: components["schemas"]["MessageId"];
            /** @enum {string} */
            action: "edited" | "deleted";
            /**
             * @description `connection`: through Parley (this connection's number); `contact`: the other party, on WhatsApp.
             * @enum {string}
             */
            by: "connection" | "contact";
            /** @description The text (or caption) before an edit; null for a deletion, and once the message is deleted. */
            previous_text: string | null;
            /** @description The text (or caption) after an edit; null for a deletion, and once the message is deleted. */
            text: string | null;
            created_at: components["schemas"]["Timestamp"];
        };
        /** @example mrct_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
        MessageReceiptId: string;
        /** @description One group participant's receipt of a message this connection sent to the group. */
        MessageReceipt: {
            id: components["schemas"]["MessageReceiptId"];
            /** @constant */
            object: "message_receipt";
            message_id: components["schemas"]["MessageId"];
            /** @description The participant, by phone number and LID (either may be null when WhatsApp did not say). */
            participant: {
                /** @example +14155550123 */
                phone_number: string | null;
                /** @example 123456789012345@lid */
                lid: string | null;
            };
            /** @description When the message reached the participant's phone. */
            delivered_at: components["schemas"]["NullableTimestamp"];
            /** @description When the participant read it (played, for a voice note). Null while unread, or when the participant turned read receipts off. */
            read_at: components["schemas"]["NullableTimestamp"];
            updated_at: components["schemas"]["Timestamp"];
            /** @description In `message.receipt_updated` events only: the message's counts once this receipt counted. */
            summary?: components["schemas"]["MessageReceiptSummary"];
        };
        /** @description How far a group message got. The message's `status` becomes `delivered` (`read`) once `delivered` (`read`) reaches `recipients`. */
        MessageReceiptSummary: {
            /** @description How many participants the message went to (the group's members but this number); null until the first receipt tells. */
            recipients: number | null;
            /** @description Participants whose phone has the message. */
            delivered: number;
            /** @description Participants who read it. */
            read: number;
        };
        MessageReceiptList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["MessageReceipt"][];
            has_more: boolean;
        };
        MessageRevisionList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["MessageRevision"][];
            has_more: boolean;
        };
        MessageList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Message"][];
            has_more: boolean;
        };
        Media: {
            id: components["schemas"]["MediaId"];
            /** @constant */
            object: "media";
            mime_type: string;
            /** @description Bytes. */
            size: number;
            filename: string | null;
            /** @description Hex digest of the content. */
            sha256: string;
            /** @enum {string} */
            source: "upload" | "url" | "inbound";
            created_at: components["schemas"]["Timestamp"];
        };
        Chat: {
            id: components["schemas"]["ChatId"];
            /** @constant */
            object: "chat";
            connection_id: components["schemas"]["ConnectionId"];
            /** @description The other party, E.164, when known. */
            phone_number: string | null;
            /** @description The other party's WhatsApp LID, when known. */
            wa_lid: string | null;
            /** @description Present on a group's chat only (its `phone_number` and `wa_lid` are then null); the group's id. */
            group_id?: components["schemas"]["GroupJid"];
            /** @description The name the other party set on WhatsApp, when known. */
            name: string | null;
            last_message: components["schemas"]["Message"] | null;
            last_message_at: components["schemas"]["NullableTimestamp"];
            /** @description Messages received since the chat was last marked read. */
            unread_count: number;
            created_at: components["schemas"]["Timestamp"];
        };
        ChatList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Chat"][];
            has_more: boolean;
        };
        SandboxInboundRequest: {
            connection_id: components["schemas"]["ConnectionId"];
            from: components["schemas"]["PhoneNumber"];
            /** @description The name the simulated person set on WhatsApp. */
            name?: string;
            type: components["schemas"]["MessageType"];
            text?: components["schemas"]["TextContent"];
            image?: components["schemas"]["MediaContent"];
            video?: components["schemas"]["MediaContent"];
            audio?: components["schemas"]["MediaContent"];
            document?: components["schemas"]["MediaContent"];
            sticker?: components["schemas"]["MediaContent"];
            location?: components["schemas"]["LocationContent"];
            contact?: components["schemas"]["ContactContent"];
            reaction?: components["schemas"]["ReactionContent"];
            poll?: components["schemas"]["PollContent"];
            reply_to?: components["schemas"]["MessageId"];
        };
        UpdateConnectionRequest: {
            name?: string | null;
            /** @description Messages per minute this number sends at most, with jitter. */
            send_rate?: number;
            /**
             * @description How many conversations this number may start in any 24 hours: messages to people it has never
             *     exchanged a message with. Past it, such messages wait (others still go); null for no limit. WhatsApp
             *     bans numbers that message many strangers, so raise it slowly.
             */
            new_contact_daily_limit?: number | null;
            /** @description Ends a pause after error 463 now, instead of when it runs out. Only null is accepted. */
            new_contacts_paused_until?: null;
            /**
             * @description Rejects every call to the number as it rings (a `call.received` event still says it came). Off by
             *     default.
             */
            reject_calls?: boolean;
            /**
             * @description With `reject_calls`: a text message sent to the caller after each rejected call, through the
             *     connection's queue like any message (stored, evented, paced). Null for none.
             */
            reject_call_message?: string | null;
            /** @description Receive contacts' statuses as `status.received` events. */
            receive_statuses?: boolean;
            /** @description Store WhatsApp's history sync (past chats and messages) when the device links. */
            sync_history?: boolean;
        };
        Health: {
            /** @constant */
            status: "ok";
        };
        Readiness: {
            /** @enum {string} */
            status: "ok" | "unavailable";
            checks: {
                [key: string]: "ok" | "failing" | "not_configured";
            };
        };
        /** @example evt_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
        EventId: string;
        /**
         * @description Every event type Parley writes; each has an entry under `webhooks` with its payload.
         * @enum {string}
         */
        EventType: "connection.created" | "connection.updated" | "connection.deleted" | "connection.restarted" | "connection.qr" | "connection.connecting" | "connection.connected" | "connection.disconnected" | "connection.logged_out" | "connection.failed" | "message.queued" | "message.scheduled" | "message.sending" | "message.sent" | "message.delivered" | "message.read" | "message.failed" | "message.canceled" | "message.expired" | "message.received" | "message.reaction" | "message.edited" | "message.deleted" | "message.receipt_updated" | "presence.updated" | "call.received" | "call.ended" | "status.received" | "history.synced" | "opt_out.created" | "opt_out.deleted" | "webhook_endpoint.disabled" | "bulk_job.started" | "bulk_job.completed" | "bulk_job.paused" | "bulk_job.canceled" | "bulk_job.failed" | "account.plan_changed" | "account.export_ready" | "usage.threshold_reached" | "billing.payment_failed" | "group.created" | "group.updated" | "group.participants_changed" | "group.joined" | "group.left" | "webhook.test";
        ConnectionEventData: {
            object: components["schemas"]["Connection"];
        };
        MessageEventData: {
            object: components["schemas"]["Message"];
        };
        WebhookEndpointEventData: {
            object: components["schemas"]["WebhookEndpoint"];
        };
        WebhookTestEventData: {
            object: components["schemas"]["WebhookTest"];
        };
        OptOutEventData: {
            object: components["schemas"]["OptOut"];
        };
        MessageReceiptUpdatedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.receipt_updated";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["MessageReceiptEventData"];
        };
        MessageReceiptEventData: {
            object: components["schemas"]["MessageReceipt"];
        };
        PresenceUpdatedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "presence.updated";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["PresenceEventData"];
        };
        CallEndedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "call.ended";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["CallEventData"];
        };
        CallReceivedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "call.received";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["CallEventData"];
        };
        PresenceEventData: {
            object: components["schemas"]["Presence"];
        };
        CallEventData: {
            object: components["schemas"]["Call"];
        };
        /**
         * @description `typing` shows "typing…", `recording` shows "recording audio…", `paused` clears either.
         * @enum {string}
         */
        ChatState: "typing" | "recording" | "paused";
        ChatPresenceRequest: {
            state: components["schemas"]["ChatState"];
            /** @description Seconds after which Parley sends `paused` by itself. Not allowed with `paused`. */
            duration?: number;
        };
        ChatPresence: {
            /** @constant */
            object: "chat_presence";
            chat_id: components["schemas"]["ChatId"];
            connection_id: components["schemas"]["ConnectionId"];
            state: components["schemas"]["ChatState"];
            /** @description When Parley clears the state (with `duration`); null when it lasts until changed. */
            expires_at: components["schemas"]["NullableTimestamp"];
        };
        PresenceSubscription: {
            /** @constant */
            object: "presence_subscription";
            chat_id: components["schemas"]["ChatId"];
            connection_id: components["schemas"]["ConnectionId"];
            /** @description The contact followed, E.164. */
            phone_number: string | null;
            /** @description The contact's WhatsApp LID, when known. */
            wa_lid: string | null;
        };
        /** @enum {string} */
        Availability: "online" | "offline";
        ConnectionPresenceRequest: {
            availability: components["schemas"]["Availability"];
        };
        ConnectionPresence: {
            /** @constant */
            object: "connection_presence";
            connection_id: components["schemas"]["ConnectionId"];
            availability: components["schemas"]["Availability"];
        };
        /**
         * @description `available` (online; also what WhatsApp reports when someone stops typing), `unavailable` (offline),
         *     `typing`, `recording` (a voice note), `paused`.
         * @enum {string}
         */
        PresenceState: "available" | "unavailable" | "typing" | "recording" | "paused";
        /** @description A contact's presence, as WhatsApp reported it to a connection subscribed to it. */
        Presence: {
            /** @constant */
            object: "presence";
            connection_id: components["schemas"]["ConnectionId"];
            /** @description The connection's chat with the contact, when there is one. */
            chat_id: components["schemas"]["ChatId"] | null;
            /** @description E.164, when known. */
            phone_number: string | null;
            /** @description The contact's WhatsApp LID, when WhatsApp named them by it. */
            wa_lid: string | null;
            /**
             * @description Present on a participant's chat state in a group only (typing, recording, paused): the group's id.
             *     `chat_id` is then the group's chat, and `phone_number` / `wa_lid` name the participant. WhatsApp
             *     reports these once the connection follows the group's presence (`POST /v1/chats/{id}/presence/subscribe`
             *     on the group's chat).
             */
            group_id?: components["schemas"]["GroupJid"];
            state: components["schemas"]["PresenceState"];
            /** @description When the contact was last online, when WhatsApp says (their privacy settings may hide it). */
            last_seen_at: components["schemas"]["NullableTimestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /** @description A call someone placed to a connection's number. */
        Call: {
            /** @description WhatsApp's id of the call. */
            id: string;
            /** @constant */
            object: "call";
            connection_id: components["schemas"]["ConnectionId"];
            /** @description The connection's chat with the caller, when there is one. */
            chat_id: components["schemas"]["ChatId"] | null;
            /** @description The caller's number, E.164, when known. */
            from: string | null;
            /** @description The caller's WhatsApp LID, when WhatsApp named them by it. */
            from_lid: string | null;
            /** @description A video call (else voice). */
            video: boolean;
            /** @description The call rang while the connection was offline and has ended; such calls are not rejected. */
            offline: boolean;
            /** @description Parley rejected it (the connection's `reject_calls`). */
            rejected: boolean;
            /**
             * @description The message sent to the caller after rejecting (`reject_call_message`), an ordinary outbound message;
             *     null when none was sent (no message set, the caller is known by LID only, or the send was refused,
             *     e.g. by the plan's message limit).
             */
            reply_message_id: components["schemas"]["MessageId"] | null;
            received_at: components["schemas"]["Timestamp"];
            /** @description In `call.ended` events only, when the call ended. */
            ended_at?: components["schemas"]["Timestamp"];
            /**
             * @description In `call.ended` events only. `rejected`: by Parley (`reject_calls`) or on one of the number's devices;
             *     `missed`: nobody answered (it rang out, or the caller hung up first); `answered`: taken on one of the
             *     number's devices (the phone), then hung up.
             * @enum {string}
             */
            end_reason?: "rejected" | "missed" | "answered";
        };
        SandboxCallEndRequest: {
            /**
             * @description How the simulated call ends.
             * @enum {string}
             */
            reason: "missed" | "answered" | "rejected";
        };
        SandboxPresenceRequest: {
            from: components["schemas"]["PhoneNumber"];
            state: components["schemas"]["PresenceState"];
            last_seen_at?: components["schemas"]["Timestamp"];
            group_id?: components["schemas"]["GroupJid"];
        };
        SandboxPresenceReport: {
            /** @constant */
            object: "sandbox_presence_report";
            connection_id: components["schemas"]["ConnectionId"];
            /** @description E.164. */
            phone_number: string;
            state: components["schemas"]["PresenceState"];
        };
        SandboxCallRequest: {
            from: components["schemas"]["PhoneNumber"];
            /** @default false */
            video: boolean;
        };
        /**
         * @description Something that happened in your account, in one mode: written in the same transaction as the change it
         *     describes, listed by `GET /v1/events` and followed live by `GET /v1/events/stream`. `type` says which
         *     schema `data.object` has; the `webhooks` section lists each type with its payload.
         */
        Event: components["schemas"]["ConnectionCreatedEvent"] | components["schemas"]["ConnectionUpdatedEvent"] | components["schemas"]["ConnectionDeletedEvent"] | components["schemas"]["ConnectionRestartedEvent"] | components["schemas"]["ConnectionQrEvent"] | components["schemas"]["ConnectionConnectingEvent"] | components["schemas"]["ConnectionConnectedEvent"] | components["schemas"]["ConnectionDisconnectedEvent"] | components["schemas"]["ConnectionLoggedOutEvent"] | components["schemas"]["ConnectionFailedEvent"] | components["schemas"]["MessageQueuedEvent"] | components["schemas"]["MessageScheduledEvent"] | components["schemas"]["MessageSendingEvent"] | components["schemas"]["MessageSentEvent"] | components["schemas"]["MessageDeliveredEvent"] | components["schemas"]["MessageReadEvent"] | components["schemas"]["MessageFailedEvent"] | components["schemas"]["MessageCanceledEvent"] | components["schemas"]["MessageExpiredEvent"] | components["schemas"]["MessageReceivedEvent"] | components["schemas"]["MessageReactionEvent"] | components["schemas"]["MessageEditedEvent"] | components["schemas"]["MessageDeletedEvent"] | components["schemas"]["MessageReceiptUpdatedEvent"] | components["schemas"]["PresenceUpdatedEvent"] | components["schemas"]["CallReceivedEvent"] | components["schemas"]["CallEndedEvent"] | components["schemas"]["StatusReceivedEvent"] | components["schemas"]["HistorySyncedEvent"] | components["schemas"]["OptOutCreatedEvent"] | components["schemas"]["OptOutDeletedEvent"] | components["schemas"]["WebhookEndpointDisabledEvent"] | components["schemas"]["BulkJobStartedEvent"] | components["schemas"]["BulkJobCompletedEvent"] | components["schemas"]["BulkJobPausedEvent"] | components["schemas"]["BulkJobCanceledEvent"] | components["schemas"]["BulkJobFailedEvent"] | components["schemas"]["AccountPlanChangedEvent"] | components["schemas"]["AccountExportReadyEvent"] | components["schemas"]["UsageThresholdReachedEvent"] | components["schemas"]["BillingPaymentFailedEvent"] | components["schemas"]["GroupCreatedEvent"] | components["schemas"]["GroupUpdatedEvent"] | components["schemas"]["GroupParticipantsChangedEvent"] | components["schemas"]["GroupJoinedEvent"] | components["schemas"]["GroupLeftEvent"] | components["schemas"]["WebhookTestEvent"];
        StatusReceivedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "status.received";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["StatusEventData"];
        };
        HistorySyncedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "history.synced";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["HistorySyncEventData"];
        };
        StatusEventData: {
            object: components["schemas"]["Status"];
        };
        HistorySyncEventData: {
            object: components["schemas"]["HistorySync"];
        };
        /** @description One batch of WhatsApp's history sync, as stored. */
        HistorySync: {
            /** @constant */
            object: "history_sync";
            connection_id: components["schemas"]["ConnectionId"];
            /** @description Chats the batch named (new or already known). */
            chats: number;
            /** @description Messages stored from the batch. */
            messages: number;
            /** @description Messages of the batch already stored (a repeated sync); they are left as they were. */
            duplicates: number;
            oldest_message_at: components["schemas"]["NullableTimestamp"];
            newest_message_at: components["schemas"]["NullableTimestamp"];
        };
        /** @enum {string} */
        StatusType: "text" | "image" | "video";
        StatusText: {
            body: string;
            /**
             * @description The card's colour behind the text, as `#RRGGBB`.
             * @example #1F7A5C
             */
            background_color?: string;
            /**
             * @description The typeface WhatsApp draws the text in.
             * @enum {string}
             */
            font?: "system" | "system_text" | "fb_script" | "system_bold" | "morning_breeze" | "calistoga" | "exo2_extrabold" | "courier_prime";
        };
        StatusMedia: {
            media_id: components["schemas"]["MediaId"];
            caption?: string;
        };
        CreateStatusRequest: {
            type: components["schemas"]["StatusType"];
            text?: components["schemas"]["StatusText"];
            image?: components["schemas"]["StatusMedia"];
            video?: components["schemas"]["StatusMedia"];
            /** @description The contacts who see the status (E.164); WhatsApp shows a status to no one else. */
            recipients: components["schemas"]["PhoneNumber"][];
        };
        SandboxStatusRequest: {
            connection_id: components["schemas"]["ConnectionId"];
            from: components["schemas"]["PhoneNumber"];
            /** @description The name the simulated contact set on WhatsApp. */
            name?: string;
            type: components["schemas"]["StatusType"];
            text?: components["schemas"]["StatusText"];
            image?: components["schemas"]["StatusMedia"];
            video?: components["schemas"]["StatusMedia"];
        };
        StatusAuthor: {
            /** @description E.164, when WhatsApp gave it. */
            phone_number: string | null;
            wa_lid: string | null;
            /** @description The name the contact set on WhatsApp. */
            name: string | null;
        };
        /**
         * @description A status (story): posted by the connection (`direction: outbound`, with its `recipients`) or by a contact
         *     (`direction: inbound`, with `from`). `text` is set for text statuses, `media` for image and video ones.
         *     A received status of a kind Parley cannot show has `type: unsupported`.
         */
        Status: {
            /** @constant */
            object: "status";
            connection_id: components["schemas"]["ConnectionId"];
            /** @enum {string} */
            direction: "outbound" | "inbound";
            /** @description WhatsApp's id of the status. */
            wa_message_id: string;
            /** @enum {string} */
            type: "text" | "image" | "video" | "unsupported";
            text: components["schemas"]["StatusText"] | null;
            media: components["schemas"]["MediaInfo"] | null;
            from: components["schemas"]["StatusAuthor"] | null;
            recipients: components["schemas"]["PhoneNumber"][] | null;
            created_at: components["schemas"]["Timestamp"];
        };
        ConnectionCreatedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "connection.created";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["ConnectionEventData"];
        };
        ConnectionUpdatedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "connection.updated";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["ConnectionEventData"];
        };
        ConnectionDeletedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "connection.deleted";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["ConnectionEventData"];
        };
        ConnectionRestartedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "connection.restarted";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["ConnectionEventData"];
        };
        ConnectionQrEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "connection.qr";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["ConnectionEventData"];
        };
        ConnectionConnectingEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "connection.connecting";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["ConnectionEventData"];
        };
        ConnectionConnectedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "connection.connected";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["ConnectionEventData"];
        };
        ConnectionDisconnectedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "connection.disconnected";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["ConnectionEventData"];
        };
        ConnectionLoggedOutEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "connection.logged_out";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["ConnectionEventData"];
        };
        ConnectionFailedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "connection.failed";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["ConnectionEventData"];
        };
        MessageQueuedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.queued";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["MessageEventData"];
        };
        MessageScheduledEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.scheduled";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["MessageEventData"];
        };
        MessageSendingEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.sending";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["MessageEventData"];
        };
        MessageSentEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.sent";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["MessageEventData"];
        };
        MessageDeliveredEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.delivered";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["MessageEventData"];
        };
        MessageReadEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.read";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["MessageEventData"];
        };
        MessageFailedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.failed";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["MessageEventData"];
        };
        MessageCanceledEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.canceled";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["MessageEventData"];
        };
        MessageExpiredEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.expired";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["MessageEventData"];
        };
        MessageReceivedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.received";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["MessageEventData"];
        };
        MessageReactionEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.reaction";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["MessageEventData"];
        };
        MessageEditedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.edited";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["MessageEventData"];
        };
        MessageDeletedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.deleted";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["MessageEventData"];
        };
        OptOutCreatedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "opt_out.created";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["OptOutEventData"];
        };
        OptOutDeletedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "opt_out.deleted";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["OptOutEventData"];
        };
        WebhookEndpointDisabledEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "webhook_endpoint.disabled";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["WebhookEndpointEventData"];
        };
        AccountPlanChangedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "account.plan_changed";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["PlanChangeEventData"];
        };
        PlanChangeEventData: {
            object: components["schemas"]["PlanChange"];
        };
        PlanChange: {
            /** @constant */
            object: "plan_change";
            account_id: string;
            /** @description The id of the plan the account was on. */
            previous_plan: string;
            plan: components["schemas"]["Plan"];
            limits: components["schemas"]["AccountLimits"];
            period: components["schemas"]["BillingPeriod"];
            /**
             * @description Who changed it: the platform operator, or Stripe billing (a checkout, a subscription change, the end of a grace period after a failed payment, a cancellation).
             * @enum {string}
             */
            cause: "admin" | "checkout" | "subscription" | "payment_failed" | "grace_ended" | "canceled";
        };
        UsageThresholdReachedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "usage.threshold_reached";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["UsageThresholdEventData"];
        };
        UsageThresholdEventData: {
            object: components["schemas"]["UsageThresholdAlert"];
        };
        UsageThresholdAlert: {
            /** @constant */
            object: "usage_threshold_alert";
            limit: components["schemas"]["LimitName"];
            /** @description The threshold reached, in percent of the limit. */
            percent: number;
            /** @description The use at which it is reached. */
            threshold: number;
            /** @description The use that reached it. */
            used: number;
            /** @description The limit. */
            value: number;
            mode: components["schemas"]["Mode"];
            period: components["schemas"]["BillingPeriod"];
        };
        GroupCreatedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "group.created";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["GroupEventData"];
        };
        GroupUpdatedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "group.updated";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["GroupEventData"];
        };
        GroupParticipantsChangedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "group.participants_changed";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["GroupEventData"];
        };
        GroupJoinedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "group.joined";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["GroupEventData"];
        };
        GroupLeftEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "group.left";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["GroupEventData"];
        };
        GroupPerson: {
            /** @description E.164 when known. */
            phone_number: string | null;
            /** @description The WhatsApp LID when known. */
            lid: string | null;
        };
        /**
         * @description What changed in a group the connection's number is in. `group` is set for `group.created` and
         *     `group.joined`; `changes` for `group.updated` (only the fields that changed); `action` and
         *     `participants` for `group.participants_changed`.
         */
        GroupChange: {
            /** @constant */
            object: "group_change";
            connection_id: components["schemas"]["ConnectionId"];
            group_id: components["schemas"]["GroupJid"];
            group: components["schemas"]["Group"] | null;
            changes: null | {
                subject?: string;
                description?: string | null;
                announce?: boolean;
                locked?: boolean;
            };
            action: null | ("add" | "remove" | "promote" | "demote");
            participants: components["schemas"]["GroupPerson"][];
            /** @description Who made the change, when WhatsApp says. */
            by: components["schemas"]["GroupPerson"] | null;
        };
        GroupEventData: {
            object: components["schemas"]["GroupChange"];
        };
        WebhookTestEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "webhook.test";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["WebhookTestEventData"];
        };
        BillingPaymentFailedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "billing.payment_failed";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["PaymentFailureEventData"];
        };
        PaymentFailureEventData: {
            object: components["schemas"]["PaymentFailure"];
        };
        PaymentFailure: {
            /** @constant */
            object: "payment_failure";
            account_id: string;
            /** @description The id of the plan the account is on (kept during the grace period). */
            plan: string;
            /** @description The Stripe invoice (`in_...`). */
            invoice_id: string;
            /** @description In the currency's smallest unit. */
            amount_due: number;
            /** @example usd */
            currency: string;
            /** @description How many times Stripe tried to collect it. */
            attempt_count: number;
            /** @description When Stripe tries again; null when it will not. */
            next_payment_attempt: components["schemas"]["Timestamp"] | null;
            /** @description Stripe's page where the invoice can be paid. */
            hosted_invoice_url: string | null;
            /** @description When the account moves to the free plan if the invoice is still unpaid; null when the subscription is not past due. */
            grace_period_ends_at: components["schemas"]["Timestamp"] | null;
        };
        Billing: {
            /** @constant */
            object: "billing";
            /** @description Whether Stripe billing is on for this deployment; when false, the platform operator sets plans and the Stripe fields are null. */
            enabled: boolean;
            plan: components["schemas"]["Plan"];
            period: components["schemas"]["BillingPeriod"];
            /** @description The account's Stripe subscription as Stripe last reported it; null when it has none. */
            subscription: components["schemas"]["BillingSubscription"] | null;
            /** @description Stripe's estimate of the next invoice; null without a subscription that renews. */
            next_invoice: components["schemas"]["UpcomingInvoice"] | null;
            /** @description The payment method Stripe charges; null when none is on file. */
            payment_method: components["schemas"]["PaymentMethodSummary"] | null;
        };
        BillingSubscription: {
            /** @constant */
            object: "subscription";
            /**
             * @description Stripe's status, as Stripe names it (today `incomplete`, `incomplete_expired`, `trialing`, `active`, `past_due`, `canceled`, `unpaid`, `paused`; Stripe may add others). `past_due`: a payment failed and the grace period runs; `canceled`, `unpaid`, `paused` and `incomplete_expired` ended it (the account is on the free plan).
             * @example active
             */
            status: string;
            /** @description The plan its price sells; null when no plan in the catalog has that price. */
            plan: string | null;
            current_period: components["schemas"]["BillingPeriod"] | null;
            /** @description Whether it ends when the current period does (cancelled in the Customer Portal). */
            cancel_at_period_end: boolean;
            past_due_since: components["schemas"]["Timestamp"] | null;
            /** @description When a past-due account moves to the free plan if still unpaid. */
            grace_period_ends_at: components["schemas"]["Timestamp"] | null;
        };
        UpcomingInvoice: {
            /** @constant */
            object: "upcoming_invoice";
            /** @description In the currency's smallest unit: the plan's price and the metered messages reported so far. */
            amount_due: number;
            /** @example usd */
            currency: string;
            period_end: components["schemas"]["Timestamp"];
            next_payment_attempt: components["schemas"]["Timestamp"] | null;
        };
        PaymentMethodSummary: {
            /** @constant */
            object: "payment_method_summary";
            /**
             * @description Stripe's payment method type.
             * @example card
             */
            type: string;
            /** @example visa */
            brand: string | null;
            /** @example 4242 */
            last4: string | null;
            exp_month: number | null;
            exp_year: number | null;
        };
        CreateCheckoutSessionRequest: {
            /** @description A plan id from `GET /v1/plans` whose `checkout_available` is true. */
            plan: string;
        };
        CheckoutSession: {
            /** @description Stripe's Checkout Session id (`cs_...`). */
            id: string;
            /** @constant */
            object: "checkout_session";
            plan: string;
            /**
             * Format: uri
             * @description Send the person here to pay.
             */
            url: string;
            expires_at: components["schemas"]["Timestamp"];
        };
        PortalSession: {
            /** @description Stripe's portal session id (`bps_...`). */
            id: string;
            /** @constant */
            object: "portal_session";
            /**
             * Format: uri
             * @description Send the person here.
             */
            url: string;
        };
        /** @description A Stripe event as Stripe sends it (read as raw bytes; only a correctly signed one is looked at). */
        StripeEventEnvelope: {
            id: string;
            type: string;
        };
        StripeWebhookReceipt: {
            /** @constant */
            received: true;
            /** @description This event was processed before; nothing was done again. */
            duplicate: boolean;
            /** @description Parley does not act on this event type, or it concerns no account of this deployment. */
            ignored: boolean;
        };
        /** @example bulk_01JD3Z0Q8S1W2E3R4T5Y6U7I8O */
        BulkJobId: string;
        /**
         * @description `failed`: every connection of the job is logged out, failed or deleted; its waiting recipients failed
         *     with `connections_unavailable`.
         * @enum {string}
         */
        BulkJobStatus: "scheduled" | "running" | "paused" | "completed" | "canceled" | "failed";
        /** @enum {string} */
        BulkJobRecipientStatus: "pending" | "queued" | "skipped" | "failed" | "canceled";
        BulkJobRecipientInput: {
            /** @description A phone number, or a WhatsApp group id (120363012345678901@g.us) to send the message to that group; one that is neither is skipped (`phone_number_invalid`), not refused. A group the connection's number is not in fails its message with `group_not_found`, as a single send does; in a job with more than one connection a group is skipped (`group_needs_single_connection`), as recipients are spread over the connections and only one in the group may write to it. */
            to: string;
            variables?: components["schemas"]["TemplateVariables"];
        };
        BulkJobContactSelection: {
            tags: components["schemas"]["ContactTag"][];
            /**
             * @description `any`: contacts with at least one of the tags; `all`: with every one.
             * @default any
             * @enum {string}
             */
            match: "any" | "all";
        };
        /** @description A CSV file of recipients, uploaded with `POST /v1/media`. */
        BulkJobCsvSource: {
            media_id: components["schemas"]["MediaId"];
        };
        /** @description Give one of `recipients`, `contacts` or `recipients_csv`, and `template` or `type` with its content field. */
        CreateBulkJobRequest: {
            connection_ids: components["schemas"]["ConnectionId"][];
            template?: components["schemas"]["TemplateReference"];
            /** @enum {string} */
            type?: "text" | "image" | "video" | "audio" | "document" | "sticker" | "location" | "contact" | "poll";
            text?: components["schemas"]["TextContent"];
            image?: components["schemas"]["MediaContent"];
            video?: components["schemas"]["MediaContent"];
            audio?: components["schemas"]["MediaContent"];
            document?: components["schemas"]["MediaContent"];
            sticker?: components["schemas"]["MediaContent"];
            location?: components["schemas"]["LocationContent"];
            contact?: components["schemas"]["ContactContent"];
            poll?: components["schemas"]["PollContent"];
            recipients?: components["schemas"]["BulkJobRecipientInput"][];
            contacts?: components["schemas"]["BulkJobContactSelection"];
            recipients_csv?: components["schemas"]["BulkJobCsvSource"];
            /**
             * Format: date-time
             * @description Start later, at most 30 days from now; a time in the past is refused.
             */
            send_at?: string;
            /**
             * @description At most this many messages a minute for the whole job, across all its connections, released evenly.
             *     Absent or null: no cap for the job, only each connection's own `send_rate`. It never makes a
             *     connection send faster than its `send_rate`, so a job over connections that are slower in total
             *     goes at their pace. Set when the job is created; it cannot be changed later.
             */
            rate?: number | null;
            /** @description Copied onto every message of the job, with `bulk_job_id` added. */
            metadata?: {
                [key: string]: string;
            };
        };
        /**
         * @description Each recipient counted once, by where it is now: `pending` (no message yet), `queued` (its message waits
         *     or is being sent), `sent`, `delivered`, `read`, `failed` (it could not be rendered, or its message
         *     failed or expired), `skipped`, `canceled`.
         */
        BulkJobCounts: {
            total: number;
            pending: number;
            queued: number;
            sent: number;
            delivered: number;
            read: number;
            failed: number;
            skipped: number;
            canceled: number;
        };
        BulkJob: {
            id: components["schemas"]["BulkJobId"];
            /** @constant */
            object: "bulk_job";
            status: components["schemas"]["BulkJobStatus"];
            connection_ids: components["schemas"]["ConnectionId"][];
            /** @description The template the job sends (as named in the request); null for a job with content. */
            template: components["schemas"]["TemplateReference"] | null;
            /** @description The content type of a job with content; null for a template job. */
            type: string | null;
            send_at: components["schemas"]["NullableTimestamp"];
            /** @description The job's cap in messages a minute across all its connections; null when only each connection's `send_rate` paces it. */
            rate: number | null;
            metadata: {
                [key: string]: string;
            };
            counts: components["schemas"]["BulkJobCounts"];
            created_at: components["schemas"]["Timestamp"];
            started_at: components["schemas"]["NullableTimestamp"];
            paused_at: components["schemas"]["NullableTimestamp"];
            completed_at: components["schemas"]["NullableTimestamp"];
            canceled_at: components["schemas"]["NullableTimestamp"];
        };
        BulkJobList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["BulkJob"][];
            has_more: boolean;
        };
        /**
         * @description `bjr_`, the ULID of the job's id, `_` and the recipient's `position`.
         * @example bjr_01JD3Z0Q8S1W2E3R4T5Y6U7I8O_0
         */
        BulkJobRecipientId: string;
        BulkJobRecipient: {
            id: components["schemas"]["BulkJobRecipientId"];
            /** @constant */
            object: "bulk_job_recipient";
            /** @description Where it was in the request (0-based). */
            position: number;
            /** @description As given. */
            to: string;
            /** @description The line of the CSV file it was read from (1 is the header); null for other recipients. */
            line: number | null;
            /** @description E.164, or the group id for a group recipient; null when the number was not valid. */
            phone_number: string | null;
            status: components["schemas"]["BulkJobRecipientStatus"];
            /** @description Why it was skipped, failed or canceled; null otherwise. */
            reason: components["schemas"]["MessageError"] | null;
            connection_id: components["schemas"]["ConnectionId"] | null;
            message_id: components["schemas"]["MessageId"] | null;
            message_status: components["schemas"]["MessageStatus"] | null;
        };
        BulkJobRecipientList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["BulkJobRecipient"][];
            has_more: boolean;
        };
        BulkJobEventData: {
            object: components["schemas"]["BulkJob"];
        };
        BulkJobStartedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "bulk_job.started";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["BulkJobEventData"];
        };
        BulkJobCompletedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "bulk_job.completed";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["BulkJobEventData"];
        };
        BulkJobPausedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "bulk_job.paused";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["BulkJobEventData"];
        };
        BulkJobCanceledEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "bulk_job.canceled";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["BulkJobEventData"];
        };
        BulkJobFailedEvent: {
            id: components["schemas"]["EventId"];
            /** @constant */
            object: "event";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "bulk_job.failed";
            created_at: components["schemas"]["Timestamp"];
            data: components["schemas"]["BulkJobEventData"];
        };
        EventList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Event"][];
            has_more: boolean;
        };
        /**
         * @description One server-sent event of `GET /v1/events/stream`: its `id:` and `event:` fields and its `data:` line,
         *     parsed as JSON.
         */
        EventStreamMessage: {
            /** @description The SSE `id:` field, the event's id (`evt_...`); send the last one as `Last-Event-ID` to resume. */
            id: string;
            /** @description The SSE `event:` field; the same as `data.type`. */
            event: components["schemas"]["EventType"];
            data: components["schemas"]["Event"];
        };
    };
    responses: {
        /**
         * @description The request is malformed (`invalid_json`, `json_too_deep`) or a parameter is missing, unknown or invalid
         *     (`parameter_missing`, `parameter_unknown`, `parameter_invalid`, including text PostgreSQL cannot store).
         *     `param` names it.
         */
        BadRequest: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                "Original-Request": components["headers"]["OriginalRequest"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No valid credential was sent, or it was revoked or expired. */
        Unauthorized: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                "Original-Request": components["headers"]["OriginalRequest"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The credential may not do this. */
        Forbidden: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                "Original-Request": components["headers"]["OriginalRequest"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No such object in this account. */
        NotFound: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                "Original-Request": components["headers"]["OriginalRequest"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request conflicts with the current state, or an identical request is still running. */
        Conflict: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The object existed but is no longer available (an export past its expiry, a deleted message's file). */
        Gone: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request body is larger than the limit. */
        PayloadTooLarge: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request body is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The Idempotency-Key was already used with a different request. */
        IdempotencyKeyReused: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Rate limited; retry after the `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Parley could not tell its API servers to stop accepting the account's keys (`credential_cache_unavailable`: its Redis refused the write), so nothing was changed. Retry after `Retry-After` seconds. */
        CredentialsUnavailable: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No worker runs this connection right now (it is being handed over); retry shortly. */
        ServiceUnavailable: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Stripe refused what Parley asked (`stripe_error`); the message says what to fix. Nothing was changed. */
        StripeError: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Stripe did not answer (`stripe_unavailable`); nothing was changed. Retry after `Retry-After` seconds, with the same Idempotency-Key. */
        StripeUnavailable: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Something went wrong on Parley's side. Safe to retry with the same Idempotency-Key. 503 `database_unavailable` (with `Retry-After`) means Parley could not reach its database, for example while it restarts: nothing was stored, and the retry will be served once it is back. */
        ServerError: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
        IdempotencyKey: string;
        /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
        CsrfToken: string;
        /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
        ParleyMode: components["schemas"]["Mode"];
        /** @description How many objects to return, 1 to 100. */
        Limit: number;
        /** @description An object id; returns the page of objects that come after it (older). */
        StartingAfter: string;
        /** @description An object id; returns the page of objects that come before it (newer). */
        EndingBefore: string;
        AccountId: string;
        AccountExportId: string;
        ConnectionId: components["schemas"]["ConnectionId"];
        /** @description WhatsApp's id of the group, such as `120363012345678901@g.us`. */
        GroupId: components["schemas"]["GroupJid"];
        ContactId: components["schemas"]["ContactId"];
        OptOutId: components["schemas"]["OptOutId"];
        MessageId: components["schemas"]["MessageId"];
        MediaId: components["schemas"]["MediaId"];
        ChatId: components["schemas"]["ChatId"];
        WebhookEndpointId: components["schemas"]["WebhookEndpointId"];
        BulkJobId: components["schemas"]["BulkJobId"];
        WebhookDeliveryId: components["schemas"]["WebhookDeliveryId"];
        EventId: components["schemas"]["EventId"];
        TemplateId: components["schemas"]["TemplateId"];
        TemplateVersion: number;
        /** @description The member's user id. */
        MemberId: components["schemas"]["UserId"];
        InvitationId: string;
        ApiKeyId: components["schemas"]["ApiKeyId"];
        /**
         * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
         *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
         */
        WebhookId: components["schemas"]["EventId"];
        /**
         * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
         *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
         *     minutes) so that a captured request cannot be replayed later.
         */
        WebhookTimestamp: string;
        /**
         * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
         *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
         *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
         *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
         *     in constant time; ignore versions you do not know.
         */
        WebhookSignature: string;
    };
    requestBodies: never;
    headers: {
        /** @description `parley_session=...; HttpOnly; SameSite=Lax; Path=/` (plus `Secure` over https). */
        SessionCookie: string;
        /**
         * @description This request's id, on every response (errors carry it as `error.request_id` too). Quote it when you
         *     contact support.
         */
        RequestId: string;
        /**
         * @description Requests the caller may make in the current window. The budget is per API key or console user, or per
         *     client address for sign-up, log-in and a request whose credential was refused. Sent once the request
         *     has been counted, so not on an error met before that while checking the credential (a malformed
         *     `Parley-Mode`, a missing CSRF token, a suspended account, a user who is not the platform admin).
         */
        RateLimitLimit: number;
        /** @description Requests left in the current window (`0` on a 429). */
        RateLimitRemaining: number;
        /** @description Seconds until the current window ends and the budget is full again. */
        RateLimitReset: number;
        /** @description Whole seconds to wait before retrying (at least 1). */
        RetryAfter: number;
        /**
         * @description `true` when this response is the stored response of an earlier request with the same `Idempotency-Key`
         *     and body, replayed instead of running the request again; absent otherwise.
         */
        IdempotentReplayed: "true";
        /** @description On a replayed response, the `Request-Id` of the request that produced it. */
        OriginalRequest: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    signup: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignupRequest"];
            };
        };
        responses: {
            /** @description The account was created. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    "Set-Cookie": components["headers"]["SessionCookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Signed in. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    "Set-Cookie": components["headers"]["SessionCookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
            204: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequest"];
            };
        };
        responses: {
            /** @description If the address has a user, the email is on its way. */
            202: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetRequested"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmation"];
            };
        };
        responses: {
            /** @description The password was changed. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordReset"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    requestEmailVerification: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The email is on its way. */
            202: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailVerificationRequested"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    confirmEmailVerification: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailVerificationConfirmation"];
            };
        };
        responses: {
            /** @description The address is verified. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailVerification"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listMembers: {
        parameters: {
            query?: {
                /** @description How many objects to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description An object id; returns the page of objects that come after it (older). */
                starting_after?: components["parameters"]["StartingAfter"];
                /** @description An object id; returns the page of objects that come before it (newer). */
                ending_before?: components["parameters"]["EndingBefore"];
            };
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of members. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                /** @description The member's user id. */
                id: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member was removed. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedMember"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    updateMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                /** @description The member's user id. */
                id: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMemberRequest"];
            };
        };
        responses: {
            /** @description The member, with the new role. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listInvitations: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitations. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    createInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationRequest"];
            };
        };
        responses: {
            /** @description The invitation; the email is on its way. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["InvitationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation, revoked. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationRequest"];
            };
        };
        responses: {
            /** @description Joined; signed in to the account. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    "Set-Cookie": components["headers"]["SessionCookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listMyAccounts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The accounts. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyAccountList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    switchAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SwitchAccountRequest"];
            };
        };
        responses: {
            /** @description The session, now in that account. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                /** @description How many objects to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description An object id; returns the page of objects that come after it (older). */
                starting_after?: components["parameters"]["StartingAfter"];
                /** @description An object id; returns the page of objects that come before it (newer). */
                ending_before?: components["parameters"]["EndingBefore"];
                /** @description A user id or API key id. */
                actor?: string;
                /** @description An action, e.g. api_key.created. */
                action?: string;
                /** @description Entries at or after this time. */
                since?: string;
                /** @description Entries before this time. */
                until?: string;
            };
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entries. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLogList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    setupTwoFactor: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorSetup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    enableTwoFactor: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorCode"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorEnabled"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    disableTwoFactor: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorCode"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorStatus"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    deleteAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteAccountRequest"];
            };
        };
        responses: {
            /** @description The erasure, under way; the session cookie is cleared. */
            202: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Set-Cookie": components["headers"]["SessionCookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountErasure"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["CredentialsUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    updateAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAccountRequest"];
            };
        };
        responses: {
            /** @description The account, changed. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listAccountExports: {
        parameters: {
            query?: {
                /** @description How many objects to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description An object id; returns the page of objects that come after it (older). */
                starting_after?: components["parameters"]["StartingAfter"];
                /** @description An object id; returns the page of objects that come before it (newer). */
                ending_before?: components["parameters"]["EndingBefore"];
            };
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of exports. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountExportList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    createAccountExport: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export, pending. */
            202: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountExport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getAccountExport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["AccountExportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountExport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    downloadAccountExport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["AccountExportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The archive. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    /** @description `attachment; filename="parley-export-<account id>-<export id>.tar.gz"`. */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/gzip": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listPlans: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan catalog. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getUsage: {
        parameters: {
            query?: {
                /** @description The first day, in UTC (`2026-12-01`). */
                start?: string;
                /** @description The last day, in UTC, included. */
                end?: string;
                /** @description The series' buckets; `day` by default. */
                granularity?: "day" | "month";
                /** @description One category only; every category by default. */
                category?: components["schemas"]["UsageCategory"];
            };
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The totals and the series. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Usage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listUsageThresholds: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The default and the account's own thresholds. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageThresholdList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    createUsageThreshold: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUsageThresholdRequest"];
            };
        };
        responses: {
            /** @description The new threshold. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageThreshold"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    deleteUsageThreshold: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["schemas"]["UsageThresholdId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The threshold was removed. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedUsageThreshold"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getBilling: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account's billing. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Billing"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["StripeError"];
            503: components["responses"]["StripeUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    createCheckoutSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCheckoutSessionRequest"];
            };
        };
        responses: {
            /** @description The Checkout page to send the person to. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckoutSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["StripeError"];
            503: components["responses"]["StripeUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    createPortalSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Customer Portal page to send the person to. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["StripeError"];
            503: components["responses"]["StripeUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    receiveStripeWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Stripe's signature of the raw body (`t=...,v1=...`). */
                "Stripe-Signature"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StripeEventEnvelope"];
            };
        };
        responses: {
            /** @description The event was taken (processed now, or before). */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StripeWebhookReceipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["StripeError"];
            503: components["responses"]["StripeUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description How many objects to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description An object id; returns the page of objects that come after it (older). */
                starting_after?: components["parameters"]["StartingAfter"];
                /** @description An object id; returns the page of objects that come before it (newer). */
                ending_before?: components["parameters"]["EndingBefore"];
            };
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of keys. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The new key, with its secret. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key was revoked. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["CredentialsUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    listConnections: {
        parameters: {
            query?: {
                /** @description How many objects to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description An object id; returns the page of objects that come after it (older). */
                starting_after?: components["parameters"]["StartingAfter"];
                /** @description An object id; returns the page of objects that come before it (newer). */
                ending_before?: components["parameters"]["EndingBefore"];
            };
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of connections. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    createConnection: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateConnectionRequest"];
            };
        };
        responses: {
            /** @description The new connection. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getConnection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    deleteConnection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection was deleted. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedConnection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    updateConnection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateConnectionRequest"];
            };
        };
        responses: {
            /** @description The updated connection. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    restartConnection: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restart was accepted; follow the status through the events stream. */
            202: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    logoutConnection: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection, now logged out. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    getConnectionQr: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current QR code. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionQr"];
                    "image/png": string;
                    "image/svg+xml": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    requestPairingCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PairingCodeRequest"];
            };
        };
        responses: {
            /** @description The code to type on the phone. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingCode"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    setConnectionPresence: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectionPresenceRequest"];
            };
        };
        responses: {
            /** @description The number's availability. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionPresence"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    getConnectionProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionProfile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    updateConnectionProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateConnectionProfileRequest"];
            };
        };
        responses: {
            /** @description The profile after the change. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionProfile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    setConnectionProfilePicture: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetProfilePictureRequest"];
            };
        };
        responses: {
            /** @description The profile with its new picture. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionProfile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    deleteConnectionProfilePicture: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile without a picture. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionProfile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    getWhatsAppProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
                /** @description The number in international form, e.g. +14155550100 (URL-encode the +). */
                phone_number: components["schemas"]["PhoneNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppProfile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    listBlockedNumbers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The blocklist. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Blocklist"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    blockNumber: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BlockNumberRequest"];
            };
        };
        responses: {
            /** @description The number, now blocked. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlockedNumber"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    unblockNumber: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
                /** @description The number in international form, e.g. +14155550100 (URL-encode the +). */
                phone_number: components["schemas"]["PhoneNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number, now unblocked (`blocked: false`). */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlockedNumber"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    getLidMapping: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
                /** @description A WhatsApp LID: its digits, with or without @lid. */
                lid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The LID and its phone number. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LidMapping"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    getPhoneNumberLid: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
                /** @description The number in international form, e.g. +14155550100 (URL-encode the +). */
                phone_number: components["schemas"]["PhoneNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The phone number and its LID. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LidMapping"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    listGroups: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The groups. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    createGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGroupRequest"];
            };
        };
        responses: {
            /** @description The group created. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    joinGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinGroupRequest"];
            };
        };
        responses: {
            /** @description The group joined. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    getGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
                /** @description WhatsApp's id of the group, such as `120363012345678901@g.us`. */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    updateGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
                /** @description WhatsApp's id of the group, such as `120363012345678901@g.us`. */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateGroupRequest"];
            };
        };
        responses: {
            /** @description The group as it is now. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    updateGroupParticipants: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
                /** @description WhatsApp's id of the group, such as `120363012345678901@g.us`. */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupParticipantsRequest"];
            };
        };
        responses: {
            /** @description One result per participant, in the order given. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupParticipantResults"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    getGroupInvite: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
                /** @description WhatsApp's id of the group, such as `120363012345678901@g.us`. */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invite link. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupInvite"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    revokeGroupInvite: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
                /** @description WhatsApp's id of the group, such as `120363012345678901@g.us`. */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new invite link. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupInvite"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    leaveGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
                /** @description WhatsApp's id of the group, such as `120363012345678901@g.us`. */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group left. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupLeft"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    checkContacts: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactCheckRequest"];
            };
        };
        responses: {
            /** @description One result per number given. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactCheck"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    listContacts: {
        parameters: {
            query?: {
                /** @description How many objects to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description An object id; returns the page of objects that come after it (older). */
                starting_after?: components["parameters"]["StartingAfter"];
                /** @description An object id; returns the page of objects that come before it (newer). */
                ending_before?: components["parameters"]["EndingBefore"];
                tag?: components["schemas"]["ContactTag"];
                phone_number?: components["schemas"]["PhoneNumber"];
            };
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of contacts. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContactRequest"];
            };
        };
        responses: {
            /** @description The new contact. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    importContacts: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactImportRequest"];
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The CSV file (UTF-8, with a header row).
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description What the import did. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactImport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            /** @description The request body is neither `application/json` nor `multipart/form-data`. */
            415: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact was deleted. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedContact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContactRequest"];
            };
        };
        responses: {
            /** @description The contact as it now is. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listOptOuts: {
        parameters: {
            query?: {
                /** @description How many objects to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description An object id; returns the page of objects that come after it (older). */
                starting_after?: components["parameters"]["StartingAfter"];
                /** @description An object id; returns the page of objects that come before it (newer). */
                ending_before?: components["parameters"]["EndingBefore"];
                phone_number?: components["schemas"]["PhoneNumber"];
            };
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entries. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptOutList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    createOptOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOptOutRequest"];
            };
        };
        responses: {
            /** @description The number was already on the list; its entry. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptOut"];
                };
            };
            /** @description The new entry. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getOptOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["OptOutId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    deleteOptOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["OptOutId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry was removed. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedOptOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /** @description How many objects to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description An object id; returns the page of objects that come after it (older). */
                starting_after?: components["parameters"]["StartingAfter"];
                /** @description An object id; returns the page of objects that come before it (newer). */
                ending_before?: components["parameters"]["EndingBefore"];
                connection_id?: components["schemas"]["ConnectionId"];
                direction?: components["schemas"]["MessageDirection"];
                status?: components["schemas"]["MessageStatus"];
                /** @description The other party's number (any common spelling). */
                phone_number?: components["schemas"]["PhoneNumber"];
                /** @description Only messages created at or after this time. */
                created_after?: string;
                /** @description Only messages created before this time. */
                created_before?: string;
            };
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    createMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMessageRequest"];
            };
        };
        responses: {
            /** @description The message, stored and queued (or scheduled). */
            202: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    deleteMessage: {
        parameters: {
            query?: {
                /** @description Whom the message is deleted for; `everyone` when left out. */
                for?: "everyone" | "me";
            };
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted message. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    cancelMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The canceled message. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    editMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditMessageRequest"];
            };
        };
        responses: {
            /** @description The message as edited. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    listMessageRevisions: {
        parameters: {
            query?: {
                /** @description How many objects to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description An object id; returns the page of objects that come after it (older). */
                starting_after?: components["parameters"]["StartingAfter"];
                /** @description An object id; returns the page of objects that come before it (newer). */
                ending_before?: components["parameters"]["EndingBefore"];
            };
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the message's revisions. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageRevisionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listMessageReceipts: {
        parameters: {
            query?: {
                /** @description How many objects to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description An object id; returns the page of objects that come after it (older). */
                starting_after?: components["parameters"]["StartingAfter"];
                /** @description An object id; returns the page of objects that come before it (newer). */
                ending_before?: components["parameters"]["EndingBefore"];
            };
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the message's receipts. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageReceiptList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listTemplates: {
        parameters: {
            query?: {
                /** @description How many objects to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description An object id; returns the page of objects that come after it (older). */
                starting_after?: components["parameters"]["StartingAfter"];
                /** @description An object id; returns the page of objects that come before it (newer). */
                ending_before?: components["parameters"]["EndingBefore"];
                name?: components["schemas"]["TemplateName"];
                language?: components["schemas"]["TemplateLanguage"];
            };
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of templates. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    createTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTemplateRequest"];
            };
        };
        responses: {
            /** @description The new template (version 1). */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Template"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    previewTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewTemplateRequest"];
            };
        };
        responses: {
            /** @description The message a send would queue once the template is saved. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateRendering"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["TemplateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Template"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    deleteTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["TemplateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template was deleted. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedTemplate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    updateTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["TemplateId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTemplateRequest"];
            };
        };
        responses: {
            /** @description The template at its new version. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Template"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getTemplateVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["TemplateId"];
                version: components["parameters"]["TemplateVersion"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template at that version. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Template"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    renderTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["TemplateId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RenderTemplateRequest"];
            };
        };
        responses: {
            /** @description The rendered message. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateRendering"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listChats: {
        parameters: {
            query?: {
                /** @description How many objects to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description An object id; returns the page of objects that come after it (older). */
                starting_after?: components["parameters"]["StartingAfter"];
                /** @description An object id; returns the page of objects that come before it (newer). */
                ending_before?: components["parameters"]["EndingBefore"];
                connection_id?: components["schemas"]["ConnectionId"];
            };
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of chats. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getChat: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chat. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Chat"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listChatMessages: {
        parameters: {
            query?: {
                /** @description How many objects to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description An object id; returns the page of objects that come after it (older). */
                starting_after?: components["parameters"]["StartingAfter"];
                /** @description An object id; returns the page of objects that come before it (newer). */
                ending_before?: components["parameters"]["EndingBefore"];
            };
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    markChatRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chat. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Chat"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    sendChatPresence: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatPresenceRequest"];
            };
        };
        responses: {
            /** @description What the chat now shows. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatPresence"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    subscribeChatPresence: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresenceSubscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    sandboxInbound: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxInboundRequest"];
            };
        };
        responses: {
            /** @description The received message. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    sandboxEditInbound: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditMessageRequest"];
            };
        };
        responses: {
            /** @description The message as edited. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    sandboxDeleteInbound: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted message. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    createStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStatusRequest"];
            };
        };
        responses: {
            /** @description The status, as WhatsApp took it. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Status"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    sandboxStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxStatusRequest"];
            };
        };
        responses: {
            /** @description The received status. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Status"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    streamConnectionEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event stream. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ConnectionStreamMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    sandboxScan: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SandboxScanRequest"];
            };
        };
        responses: {
            /** @description The connection after the scan. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    sandboxConfirmCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxConfirmCodeRequest"];
            };
        };
        responses: {
            /** @description The connection after the code was entered. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    sandboxPresence: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxPresenceRequest"];
            };
        };
        responses: {
            /** @description The presence was reported. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxPresenceReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    sandboxEndCall: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
                call_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxCallEndRequest"];
            };
        };
        responses: {
            /** @description The call as ended. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    sandboxCall: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxCallRequest"];
            };
        };
        responses: {
            /** @description The call as recorded. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    uploadMedia: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file; the part's `Content-Type` is the media's type and its filename the media's name.
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description The stored media. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Media"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            /** @description The request body is not `multipart/form-data`. */
            415: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    downloadMedia: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["MediaId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with the media's `mime_type` as its `Content-Type`. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    /** @description `attachment; filename="..."` (the media's file name, else its id). */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listBulkJobs: {
        parameters: {
            query?: {
                /** @description How many objects to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description An object id; returns the page of objects that come after it (older). */
                starting_after?: components["parameters"]["StartingAfter"];
                /** @description An object id; returns the page of objects that come before it (newer). */
                ending_before?: components["parameters"]["EndingBefore"];
            };
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of bulk jobs. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkJobList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    createBulkJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBulkJobRequest"];
            };
        };
        responses: {
            /** @description The new job, `scheduled` (its recipients wait for `send_at`; without one the runner starts it as the job is stored). */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkJob"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getBulkJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["BulkJobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job with its live counters. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkJob"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listBulkJobRecipients: {
        parameters: {
            query?: {
                /** @description How many objects to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description A recipient id of this job; returns the page of recipients given after it. */
                starting_after?: components["schemas"]["BulkJobRecipientId"];
                /** @description A recipient id of this job; returns the page of recipients given before it. */
                ending_before?: components["schemas"]["BulkJobRecipientId"];
                /**
                 * @deprecated
                 * @description Deprecated: use `starting_after` with a recipient id. A `position`; the page starts with the recipient
                 *     after it. Cannot be combined with `starting_after` or `ending_before`.
                 */
                after?: number;
                status?: components["schemas"]["BulkJobRecipientStatus"];
            };
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["BulkJobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of recipients. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkJobRecipientList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    exportBulkJobResults: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["BulkJobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The results. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    pauseBulkJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["BulkJobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkJob"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    resumeBulkJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["BulkJobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkJob"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    cancelBulkJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["BulkJobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkJob"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description How many objects to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description An object id; returns the page of objects that come after it (older). */
                starting_after?: components["parameters"]["StartingAfter"];
                /** @description An object id; returns the page of objects that come before it (newer). */
                ending_before?: components["parameters"]["EndingBefore"];
                /**
                 * @description Only events of these types. Repeat the parameter for several (`type=message.sent&type=message.read`);
                 *     a comma is not a separator. A type that is not in `EventType` is refused with 400 naming it.
                 */
                type?: string[];
                /** @description Only events created at or after this time. */
                created_after?: string;
                /** @description Only events created before this time. */
                created_before?: string;
            };
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    streamEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
                /** @description The id of the last event received; the stream starts with the events after it. */
                "Last-Event-ID"?: components["schemas"]["EventId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event stream. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["EventStreamMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description How many objects to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description An object id; returns the page of objects that come after it (older). */
                starting_after?: components["parameters"]["StartingAfter"];
                /** @description An object id; returns the page of objects that come before it (newer). */
                ending_before?: components["parameters"]["EndingBefore"];
            };
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of endpoints. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description The new endpoint, with its signing secret. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint was deleted. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedWebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description The updated endpoint. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getWebhookEndpointSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint's secrets. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    rotateWebhookEndpointSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint's secrets after the rotation. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    testWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The test event's delivery, queued. */
            202: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    recoverWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecoverWebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description How many deliveries were queued again. */
            202: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookRecovery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Only deliveries in this status. */
                status?: components["schemas"]["WebhookDeliveryStatus"];
                /** @description Only the delivery of this event. */
                event_id?: components["schemas"]["EventId"];
                /** @description How many objects to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description An object id; returns the page of objects that come after it (older). */
                starting_after?: components["parameters"]["StartingAfter"];
                /** @description An object id; returns the page of objects that come before it (newer). */
                ending_before?: components["parameters"]["EndingBefore"];
            };
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["WebhookDeliveryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    listWebhookDeliveryAttempts: {
        parameters: {
            query?: {
                /** @description How many objects to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description An object id; returns the page of objects that come after it (older). */
                starting_after?: components["parameters"]["StartingAfter"];
                /** @description An object id; returns the page of objects that come before it (newer). */
                ending_before?: components["parameters"]["EndingBefore"];
            };
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["WebhookDeliveryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of attempts. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookAttemptList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    retryWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["WebhookDeliveryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery, queued again. */
            202: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryRetry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    adminListAccounts: {
        parameters: {
            query?: {
                /** @description How many objects to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description An object id; returns the page of objects that come after it (older). */
                starting_after?: components["parameters"]["StartingAfter"];
                /** @description An object id; returns the page of objects that come before it (newer). */
                ending_before?: components["parameters"]["EndingBefore"];
                /** @description Part of an account name, a member's email or a connection's phone number. */
                query?: string;
                /** @description A plan id. */
                plan?: string;
                /** @description The account's status. */
                status?: "active" | "suspended";
            };
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of accounts. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAccountList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    adminGetAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    adminUpdateAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminUpdateAccountRequest"];
            };
        };
        responses: {
            /** @description The account as it now is. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    adminSuspendAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminSuspendAccountRequest"];
            };
        };
        responses: {
            /** @description The account as it now is. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["CredentialsUnavailable"];
            default: components["responses"]["ServerError"];
        };
    };
    adminUnsuspendAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AdminUnsuspendAccountRequest"];
            };
        };
        responses: {
            /** @description The account as it now is. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    adminListAccountFeatures: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path: {
                id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalog, as it applies to this account. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountFeatureList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    adminSetAccountFeature: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                id: components["parameters"]["AccountId"];
                /** @description A feature of the catalog. */
                feature: components["schemas"]["FeatureName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminSetAccountFeatureRequest"];
            };
        };
        responses: {
            /** @description The feature as it now applies to the account. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountFeature"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    adminListAdmins: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every platform admin. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformAdminList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    adminAddAdmin: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description A unique value (for example a UUID) that makes retrying this POST safe. At most 255 characters. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminAddAdminRequest"];
            };
        };
        responses: {
            /** @description The new platform admin. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Original-Request": components["headers"]["OriginalRequest"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformAdmin"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    adminRemoveAdmin: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required when authenticating with the session cookie; the session's `csrf_token`. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                /** @description The admin's user id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user, who is no longer a platform admin. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    adminListAuditLog: {
        parameters: {
            query?: {
                /** @description How many objects to return, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description An object id; returns the page of objects that come after it (older). */
                starting_after?: components["parameters"]["StartingAfter"];
                /** @description An object id; returns the page of objects that come before it (newer). */
                ending_before?: components["parameters"]["EndingBefore"];
                /** @description An admin's user id. */
                actor?: string;
                /** @description An action, e.g. account.suspended. */
                action?: string;
                /** @description The account changed. */
                account_id?: string;
            };
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entries. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformAuditLogList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    adminGetPlatformHealth: {
        parameters: {
            query?: never;
            header?: {
                /** @description Console sessions only: the mode to act in, `test` (default) or `live`. API keys carry their mode. */
                "Parley-Mode"?: components["parameters"]["ParleyMode"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformHealth"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ServerError"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description A dependency does not answer. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metrics in the Prometheus text format. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description `METRICS_TOKEN` is set and the request did not send it as a bearer token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    /** @description `Bearer realm="metrics"` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
    getApiReference: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An HTML page rendering this document. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    connectionCreatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectionCreatedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    connectionUpdatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectionUpdatedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    connectionDeletedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectionDeletedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    connectionRestartedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectionRestartedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    connectionQrWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectionQrEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    connectionConnectingWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectionConnectingEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    connectionConnectedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectionConnectedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    connectionDisconnectedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectionDisconnectedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    connectionLoggedOutWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectionLoggedOutEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    connectionFailedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectionFailedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    messageQueuedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageQueuedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    messageScheduledWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageScheduledEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    messageSendingWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageSendingEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    messageSentWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageSentEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    messageDeliveredWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageDeliveredEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    messageReadWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageReadEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    messageFailedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageFailedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    messageCanceledWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageCanceledEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    messageExpiredWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageExpiredEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    messageReceivedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageReceivedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    messageReactionWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageReactionEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    messageEditedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageEditedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    messageDeletedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageDeletedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    messageReceiptUpdatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageReceiptUpdatedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    presenceUpdatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PresenceUpdatedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    callReceivedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallReceivedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    callEndedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallEndedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    statusReceivedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusReceivedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    historySyncedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HistorySyncedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    optOutCreatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OptOutCreatedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    optOutDeletedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OptOutDeletedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookEndpointDisabledWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointDisabledEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    bulkJobStartedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkJobStartedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    bulkJobCompletedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkJobCompletedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    bulkJobPausedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkJobPausedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    bulkJobCanceledWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkJobCanceledEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    bulkJobFailedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkJobFailedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    accountPlanChangedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountPlanChangedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    accountExportReadyWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountExportReadyEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    usageThresholdReachedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UsageThresholdReachedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    billingPaymentFailedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BillingPaymentFailedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    groupCreatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCreatedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    groupUpdatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupUpdatedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    groupParticipantsChangedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupParticipantsChangedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    groupJoinedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupJoinedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    groupLeftWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupLeftEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookTestWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Standard Webhooks message id: the event's id. It is the same on every attempt to deliver this event to
                 *     this endpoint (and on a manual retry), so use it to ignore a delivery you have already handled.
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Standard Webhooks timestamp: when this attempt was signed, in Unix seconds (fresh on every attempt).
                 *     Refuse a delivery whose timestamp is too far from your clock (Standard Webhooks libraries allow 5
                 *     minutes) so that a captured request cannot be replayed later.
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Standard Webhooks signatures: a space-separated list of `v1,<signature>`, where the signature is the
                 *     base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the endpoint's secret
                 *     (the base64 bytes after `whsec_`). There is one signature per secret in use: two while a rotated
                 *     secret overlaps its successor (24 hours). Accept the delivery if any `v1` signature matches, compared
                 *     in constant time; ignore versions you do not know.
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookTestEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx status to acknowledge it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
