# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
# The API's objects, one TypedDict or alias per schema of components/schemas.
from typing import Any, Dict, List, Optional, Union
from typing import Literal, TypedDict


class ErrorResponse(TypedDict):
    error: "Error"


class _ErrorRequired(TypedDict):
    type: Literal["invalid_request_error", "authentication_error", "permission_error", "not_found_error", "conflict_error", "idempotency_error", "rate_limit_error", "api_error"]
    # A stable, snake_case code for programs to branch on.
    code: str
    # What went wrong and what to do about it, for a person.
    message: str
    request_id: str


class Error(_ErrorRequired, total=False):
    # The request field the error is about, when there is one (`a.b[0].c`).
    param: str
    limit: "PlanLimitDetails"


# `test` drives the sandbox network, `live` drives real WhatsApp.
Mode = Literal["test", "live"]


Timestamp = str


class AuditLogEntryActor(TypedDict):
    type: Literal["user", "api_key", "platform_admin"]
    # The user's or the key's id.
    id: Optional[str]
    # A user's email when the change was made.
    email: Optional[str]


class AuditLogEntryTarget1(TypedDict):
    # What was changed, e.g. api_keys, connections.
    type: Optional[str]
    id: str


class AuditLogEntry(TypedDict):
    id: str
    object: Literal["audit_log_entry"]
    action: str
    actor: "AuditLogEntryActor"
    # The mode of the credential that made the change.
    mode: Optional["Mode"]
    target: Optional["AuditLogEntryTarget1"]
    # { field: { before, after } } for each field the change touched; secrets never appear.
    changes: Dict[str, Dict[str, Any]]
    ip: Optional[str]
    user_agent: Optional[str]
    request_id: Optional[str]
    created_at: "Timestamp"


class _DeleteAccountRequestRequired(TypedDict):
    password: str


class DeleteAccountRequest(_DeleteAccountRequestRequired, total=False):
    """The owner's credentials again, so that a session left open cannot erase the account."""
    # A current two-factor code or a recovery code; required when the owner has two-factor authentication on.
    otp: str


class AccountErasure(TypedDict):
    id: str
    object: Literal["account_erasure"]
    account_id: str
    # `pending` until the workers have erased everything.
    status: Literal["pending", "erased"]
    requested_at: "Timestamp"
    erased_at: Optional[str]


class AccountExportFile(TypedDict):
    name: str
    # Lines in the file, one object each.
    records: int


class AccountExport(TypedDict):
    """An archive of the account's data: a gzipped tar whose files are JSON Lines (UTF-8, one JSON object per
    line, `\\n` between lines), each object in the shape the API returns for it, newest first. Account-wide
    files are at the top; data that belongs to a mode is under `test/` and `live/`:

    | file | one line per | schema |
    |---|---|---|
    | `manifest.json` | (one JSON document: the format version, the account, the export, the files and their record counts) | |
    | `account.jsonl` | the account | `Account` |
    | `members.jsonl` | member | `Member` |
    | `invitations.jsonl` | invitation | `Invitation` |
    | `api_keys.jsonl` | API key, revoked ones too (never a secret) | `ApiKey` |
    | `usage_thresholds.jsonl` | usage alert | `UsageThreshold` |
    | `audit_log.jsonl` | audit log entry | `AuditLogEntry` |
    | `<mode>/connections.jsonl` | connection | `Connection` |
    | `<mode>/contacts.jsonl` | contact | `Contact` |
    | `<mode>/opt_outs.jsonl` | opt-out | `OptOut` |
    | `<mode>/chats.jsonl` | chat | `Chat` |
    | `<mode>/messages.jsonl` | message, both directions | `Message` |
    | `<mode>/message_revisions.jsonl` | edit or deletion of a message | `MessageRevision` |
    | `<mode>/message_receipts.jsonl` | group participant's receipt of a message | `MessageReceipt` |
    | `<mode>/media.jsonl` | media file's details (the files themselves are downloaded with `GET /v1/media/{id}`) | `Media` |
    | `<mode>/templates.jsonl` | template, current version | `Template` |
    | `<mode>/bulk_jobs.jsonl` | bulk job | `BulkJob` |
    | `<mode>/bulk_job_recipients.jsonl` | recipient of a job, with its result | `BulkJobRecipient` |
    | `<mode>/webhook_endpoints.jsonl` | webhook endpoint (never its secret) | `WebhookEndpoint` |
    | `<mode>/webhook_deliveries.jsonl` | delivery of an event to an endpoint | `WebhookDelivery` |
    | `<mode>/events.jsonl` | event | `Event` |
    | `<mode>/usage.jsonl` | day and category of use: `{"object":"usage_day","day":"2026-12-01","category":"messages_text","quantity":12}` | |

    Every file is there, empty when there is nothing to list. The archive is read in one consistent view of
    each mode's data.
    """
    id: str
    object: Literal["account_export"]
    # `pending` while a worker builds it; `failed` when it could not be built after several tries (`failure_reason`); `expired` once deleted after `expires_at`.
    status: Literal["pending", "ready", "failed", "expired"]
    created_at: "Timestamp"
    completed_at: Optional[str]
    # When the archive is deleted.
    expires_at: Optional[str]
    # The archive's size in bytes.
    size: Optional[int]
    # The archive's SHA-256, in hex.
    sha256: Optional[str]
    # Empty until it is ready.
    files: List["AccountExportFile"]
    # Where to download it while it is ready (owners and admins, signed in).
    download_url: Optional[str]
    failure_reason: Optional[str]


class AccountExportList(TypedDict):
    object: Literal["list"]
    data: List["AccountExport"]
    has_more: bool


class AccountExportReadyEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["account.export_ready"]
    created_at: "Timestamp"
    data: "AccountExportEventData"


class AccountExportEventData(TypedDict):
    object: "AccountExport"


class AuditLogList(TypedDict):
    object: Literal["list"]
    data: List["AuditLogEntry"]
    has_more: bool


class TwoFactorSetup(TypedDict):
    object: Literal["two_factor_setup"]
    # The TOTP secret (base32), to type into an authenticator app.
    secret: str
    # The same as an otpauth:// URL, for a QR code.
    otpauth_url: str


class TwoFactorEnabled(TypedDict):
    object: Literal["two_factor"]
    enabled: Literal[True]
    # Ten single-use codes for when the app is lost. Shown only here; Parley keeps only hashes.
    recovery_codes: List[str]


class TwoFactorStatus(TypedDict):
    object: Literal["two_factor"]
    enabled: bool


class TwoFactorCode(TypedDict):
    # A code from the app (or, to turn it off, a recovery code).
    otp: str


class UpdateAccountRequest(TypedDict, total=False):
    name: str
    require_owner_two_factor: bool


UserId = str


# What a member may do; each role may do all that the ones after it may. `viewer`: read the account's
# data. `developer`: also change it (send messages, manage connections, contacts, templates, bulk jobs,
# webhook endpoints, API keys, usage alerts). `admin`: also manage members, invitations and billing.
# `owner`: also make and unmake owners. Each operation names the least role it needs (`x-parley-role`).
MemberRole = Literal["owner", "admin", "developer", "viewer"]


class Member(TypedDict):
    id: "UserId"
    object: Literal["member"]
    email: str
    email_verified: bool
    role: "MemberRole"
    created_at: "Timestamp"


class MemberList(TypedDict):
    object: Literal["list"]
    data: List["Member"]
    has_more: bool


class DeletedMember(TypedDict):
    id: "UserId"
    object: Literal["member"]
    deleted: Literal[True]


class UpdateMemberRequest(TypedDict):
    role: "MemberRole"


class CreateInvitationRequest(TypedDict):
    email: str
    role: "MemberRole"


class Invitation(TypedDict):
    id: str
    object: Literal["invitation"]
    email: str
    role: "MemberRole"
    status: Literal["pending", "accepted", "revoked", "expired"]
    # The user who sent it (null once that user is gone).
    invited_by: Optional["UserId"]
    created_at: "Timestamp"
    expires_at: "Timestamp"
    accepted_at: Optional["Timestamp"]


class InvitationList(TypedDict):
    object: Literal["list"]
    data: List["Invitation"]
    has_more: bool


class AcceptInvitationRequest(TypedDict):
    # The token from the invitation email's link.
    token: str
    # For a new user, their password (at least 10 characters); for an address that has a user, that user's password.
    password: str


class MyAccountListDataItemAccount(TypedDict):
    id: str
    name: str
    status: Literal["active", "suspended"]


class MyAccountListDataItem(TypedDict):
    object: Literal["account_membership"]
    account: "MyAccountListDataItemAccount"
    role: "MemberRole"
    # The account the session is in.
    current: bool
    joined_at: "Timestamp"


class MyAccountList(TypedDict):
    object: Literal["list"]
    data: List["MyAccountListDataItem"]
    has_more: bool


class SwitchAccountRequest(TypedDict):
    account_id: str


ApiKeyId = str


class SignupRequest(TypedDict):
    email: str
    # At least 10 characters.
    password: str
    account_name: str


class SignupResult(TypedDict):
    object: Literal["signup"]
    user: "User"
    account: "Account"
    api_key: "ApiKeyWithSecret"
    session: "Session"


class _LoginRequestRequired(TypedDict):
    email: str
    password: str


class LoginRequest(_LoginRequestRequired, total=False):
    # For a user with two-factor authentication on: the 6-digit code from the authenticator app (each
    # works once), or one of the recovery codes. Without it such a login gets `401 otp_required`; a wrong
    # one `401 otp_invalid`, counted like a wrong password.
    otp: str


class User(TypedDict):
    id: str
    object: Literal["user"]
    email: str
    # The person opened the link emailed to this address at sign-up (or a password reset link).
    email_verified: bool
    # Signing in needs a code from an authenticator app as well as the password.
    two_factor_enabled: bool
    is_platform_admin: bool
    created_at: "Timestamp"


class PasswordResetRequest(TypedDict):
    email: str


class PasswordResetRequested(TypedDict):
    object: Literal["password_reset_request"]
    # The address as Parley reads it (trimmed, lower case).
    email: str
    # How long the emailed link works.
    expires_in_minutes: int


class PasswordResetConfirmation(TypedDict):
    # The token from the reset email's link.
    token: str
    # The new password, at least 10 characters.
    password: str


class PasswordReset(TypedDict):
    object: Literal["password_reset"]
    email: str
    # The user's sessions that were signed out.
    sessions_ended: int


class EmailVerificationRequested(TypedDict):
    object: Literal["email_verification_request"]
    email: str
    # How long the emailed link works.
    expires_in_hours: int


class EmailVerificationConfirmation(TypedDict):
    # The token from the verification email's link.
    token: str


class EmailVerification(TypedDict):
    object: Literal["email_verification"]
    email: str
    verified_at: "Timestamp"


class Session(TypedDict):
    id: str
    object: Literal["session"]
    user: "User"
    account: "Account"
    role: "MemberRole"
    mode: "Mode"
    # Send this in the `X-CSRF-Token` header on cookie-authenticated writes.
    csrf_token: str
    created_at: "Timestamp"
    expires_at: "Timestamp"


# A limit a plan sets.
LimitName = Literal["messages_per_period", "connections", "api_keys", "webhook_endpoints", "contacts", "bulk_job_recipients", "team_members"]


class Plan(TypedDict):
    id: str
    object: Literal["plan"]
    name: str
    # The monthly price in the currency's smallest unit (cents); 0 for a free plan or one sold by contract.
    price_monthly: int
    currency: str
    # Messages per billing period the price covers; beyond it, up to `limits.messages_per_period`, each is billed as it is used.
    included_messages: int
    # Whether `POST /v1/billing/checkout-sessions` sells this plan.
    checkout_available: bool
    limits: "AccountLimits"


class PlanList(TypedDict):
    object: Literal["list"]
    data: List["Plan"]
    has_more: Literal[False]


class AccountLimits(TypedDict):
    """A set of limits (a plan's, or those in force for an account)."""
    # Outbound messages accepted per billing period, per mode (bulk jobs included).
    messages_per_period: int
    # WhatsApp connections, per mode.
    connections: int
    # API keys not revoked, per mode.
    api_keys: int
    # Webhook endpoints, per mode.
    webhook_endpoints: int
    # Contacts, per mode.
    contacts: int
    # Recipients in one bulk job.
    bulk_job_recipients: int
    # People who are members of the account.
    team_members: int


class LimitOverrides(TypedDict, total=False):
    """The limits the platform operator set for this account; each replaces its plan's."""
    messages_per_period: int
    connections: int
    api_keys: int
    webhook_endpoints: int
    contacts: int
    bulk_job_recipients: int
    team_members: int


class BillingPeriod(TypedDict):
    """The current billing period (the subscription's, else the calendar month in UTC); `end` is excluded."""
    start: "Timestamp"
    end: "Timestamp"


class AdminUpdateAccountRequestLimits(TypedDict, total=False):
    """The account's own limits; null returns one to its plan's."""
    messages_per_period: Optional[int]
    connections: Optional[int]
    api_keys: Optional[int]
    webhook_endpoints: Optional[int]
    contacts: Optional[int]
    bulk_job_recipients: Optional[int]
    team_members: Optional[int]


class AdminUpdateAccountRequest(TypedDict, total=False):
    # A plan id from `GET /v1/plans`.
    plan: str
    # The account's own limits; null returns one to its plan's.
    limits: "AdminUpdateAccountRequestLimits"


class Account(TypedDict):
    id: str
    object: Literal["account"]
    name: str
    status: Literal["active", "suspended"]
    plan: "Plan"
    limits: "AccountLimits"
    limit_overrides: "LimitOverrides"
    period: "BillingPeriod"
    # Owners must use two-factor authentication; until they turn it on their sessions can only do that.
    require_owner_two_factor: bool
    created_at: "Timestamp"


class CurrentAccount(TypedDict):
    """The account, with the mode of the credential that asked."""
    id: str
    object: Literal["account"]
    name: str
    status: Literal["active", "suspended"]
    plan: "Plan"
    limits: "AccountLimits"
    limit_overrides: "LimitOverrides"
    period: "BillingPeriod"
    # Owners must use two-factor authentication; until they turn it on their sessions can only do that.
    require_owner_two_factor: bool
    created_at: "Timestamp"
    mode: "Mode"


# What a count is of. `messages_accepted_*`: outbound messages accepted, by kind (`text` is any session
# message that is not media: text, location, contacts, poll, reaction; `template`: sent from a template;
# `bulk`: sent by a bulk job); `messages_sent_*`: the same, once WhatsApp took them; `messages_inbound`:
# messages and reactions received; `number_checks`: numbers looked up; `connection_days`: a connection
# connected at some time on a UTC day counts 1 for that day.
UsageCategory = Literal["messages_accepted_text", "messages_accepted_media", "messages_accepted_template", "messages_accepted_bulk", "messages_sent_text", "messages_sent_media", "messages_sent_template", "messages_sent_bulk", "messages_inbound", "number_checks", "connection_days"]


class UsageTotals(TypedDict, total=False):
    """Counts by category (every category, or the one asked for)."""
    messages_accepted_text: int
    messages_accepted_media: int
    messages_accepted_template: int
    messages_accepted_bulk: int
    messages_sent_text: int
    messages_sent_media: int
    messages_sent_template: int
    messages_sent_bulk: int
    messages_inbound: int
    number_checks: int
    connection_days: int


class UsageBucket(TypedDict):
    # The first day.
    start: str
    # The last day, included.
    end: str
    totals: "UsageTotals"


class Usage(TypedDict):
    object: Literal["usage"]
    mode: "Mode"
    start: str
    end: str
    granularity: Literal["day", "month"]
    totals: "UsageTotals"
    # One bucket per day or month of the range, oldest first, including those with nothing counted.
    data: List["UsageBucket"]


UsageThresholdId = str


class CreateUsageThresholdRequest(TypedDict):
    limit: "LimitName"
    percent: int


class UsageThreshold(TypedDict):
    id: "UsageThresholdId"
    object: Literal["usage_threshold"]
    limit: "LimitName"
    percent: int
    created_at: "Timestamp"


class UsageThresholdList(TypedDict):
    object: Literal["list"]
    # The percentages every limit alerts at.
    defaults: List[int]
    data: List["UsageThreshold"]
    has_more: Literal[False]


class DeletedUsageThreshold(TypedDict):
    id: "UsageThresholdId"
    object: Literal["usage_threshold"]
    deleted: Literal[True]


class PlanLimitDetails(TypedDict):
    """With `plan_limit_reached`: the limit, its value for the account, the use it was checked against, and the plan."""
    name: "LimitName"
    value: int
    used: int
    plan: str


class AdminAccountUsageMessages(TypedDict):
    """Outbound messages accepted in the current period, per mode, against the limit (which applies to each mode)."""
    live: int
    test: int
    limit: int


class AdminAccountUsage(TypedDict):
    # Outbound messages accepted in the current period, per mode, against the limit (which applies to each mode).
    messages: "AdminAccountUsageMessages"


class AdminAccountStatusChange1(TypedDict):
    status: Literal["active", "suspended"]
    reason: Optional[str]
    at: "Timestamp"
    by: Optional["AdminUserRef"]


class AdminAccount(TypedDict):
    """An account as the platform admins see it."""
    id: str
    object: Literal["account"]
    name: str
    status: Literal["active", "suspended"]
    plan: "Plan"
    limits: "AccountLimits"
    limit_overrides: "LimitOverrides"
    period: "BillingPeriod"
    require_owner_two_factor: bool
    created_at: "Timestamp"
    # The account's first owner (by when they became one); null only for an account without members.
    owner: Optional["AdminUserRef"]
    member_count: int
    usage: "AdminAccountUsage"
    connections: "ConnectionCounts"
    # The latest of: a console sign-in (a session created), an API key used, a message sent or received,
    # in either mode. Null if none of these ever happened.
    last_activity_at: Optional["Timestamp"]
    # The latest suspension or unsuspension, with its reason; null if the account never had either.
    status_change: Optional["AdminAccountStatusChange1"]


class AdminAccountList(TypedDict):
    object: Literal["list"]
    data: List["AdminAccount"]
    has_more: bool


class AdminUserRef(TypedDict):
    id: str
    email: str


class ConnectionCounts(TypedDict):
    """Connections by status, both modes together, and their total."""
    pending: int
    qr: int
    connecting: int
    connected: int
    disconnected: int
    logged_out: int
    failed: int
    total: int


class AdminSuspendAccountRequest(TypedDict):
    # Why, for the record; shown to platform admins, not to the account.
    reason: str


class AdminUnsuspendAccountRequest(TypedDict, total=False):
    reason: str


# `bulk_jobs`: `POST /v1/bulk-jobs` (default on). `live_connections`: creating live-mode connections (default on).
FeatureName = Literal["bulk_jobs", "live_connections"]


class AccountFeature(TypedDict):
    object: Literal["account_feature"]
    feature: "FeatureName"
    description: str
    # Whether it is on for the account now.
    enabled: bool
    # The catalog's value, which applies until a platform admin sets one.
    default: bool
    # The platform admin who set it; null while the default applies.
    set_by: Optional["AdminUserRef"]
    set_at: Optional["Timestamp"]


class AccountFeatureList(TypedDict):
    object: Literal["list"]
    data: List["AccountFeature"]


class AdminSetAccountFeatureRequest(TypedDict):
    enabled: bool


class PlatformAdmin(TypedDict):
    # The admin's user id.
    id: str
    object: Literal["platform_admin"]
    email: str
    # The admin configured by `ADMIN_EMAIL`: names and removes the others, and cannot be removed.
    bootstrap: bool
    two_factor_enabled: bool
    added_by: Optional["AdminUserRef"]
    # Null for the configured admin.
    added_at: Optional["Timestamp"]


class PlatformAdminList(TypedDict):
    object: Literal["list"]
    data: List["PlatformAdmin"]


class AdminAddAdminRequest(TypedDict):
    email: str


class PlatformAuditLogEntryTarget1(TypedDict):
    type: Optional[str]
    id: str


class PlatformAuditLogEntry(TypedDict):
    id: str
    object: Literal["platform_audit_log_entry"]
    action: str
    actor: "AdminUserRef"
    # The account changed; null for changes to the platform itself.
    account_id: Optional[str]
    target: Optional["PlatformAuditLogEntryTarget1"]
    # { field: { before, after } } for each field the change touched; secrets never appear.
    changes: Dict[str, Dict[str, Any]]
    ip: Optional[str]
    user_agent: Optional[str]
    request_id: Optional[str]
    created_at: "Timestamp"


class PlatformAuditLogList(TypedDict):
    object: Literal["list"]
    data: List["PlatformAuditLogEntry"]
    has_more: bool


class PlatformHealthAccounts(TypedDict):
    total: int
    # Accounts per plan id.
    by_plan: Dict[str, int]
    # Accounts per status.
    by_status: Dict[str, int]


class PlatformHealthMessages(TypedDict):
    """Outbound messages accepted and inbound messages received, from the daily usage totals (UTC days)."""
    today: "PlatformMessageCounts"
    this_month: "PlatformMessageCounts"


class PlatformHealthConnectionsByWorkerItem(TypedDict):
    # The worker (host:pid:tag).
    worker: str
    connections: int


class PlatformHealthConnections(TypedDict):
    by_status: "ConnectionCounts"
    # Connections each worker holds a live lease on now, most first.
    by_worker: List["PlatformHealthConnectionsByWorkerItem"]


class PlatformHealthWebhooks(TypedDict):
    """Delivery attempts of the last 24 hours."""
    attempts_24h: int
    # Attempts answered with a 2xx.
    succeeded_24h: int
    # succeeded / attempts; null without attempts.
    success_rate_24h: Optional[float]


class PlatformHealthBacklogs(TypedDict):
    webhook_deliveries_pending: int
    emails_queued: int
    # Messages queued or scheduled whose time has come, not yet sent.
    messages_due: int
    # Billable usage entries not yet reported to Stripe or refused.
    metered_usage_unreported: int


class PlatformHealthMrr1(TypedDict):
    # Subscriptions counted: Stripe status active or past_due.
    subscriptions: int
    # Amounts per currency code.
    amounts: Dict[str, int]


class PlatformHealth(TypedDict):
    object: Literal["platform_health"]
    generated_at: "Timestamp"
    accounts: "PlatformHealthAccounts"
    # Outbound messages accepted and inbound messages received, from the daily usage totals (UTC days).
    messages: "PlatformHealthMessages"
    connections: "PlatformHealthConnections"
    # Delivery attempts of the last 24 hours.
    webhooks: "PlatformHealthWebhooks"
    backlogs: "PlatformHealthBacklogs"
    # Monthly recurring revenue by currency, in the smallest unit (cents); null when Stripe billing is off.
    mrr: Optional["PlatformHealthMrr1"]


class PlatformMessageCounts(TypedDict):
    outbound_live: int
    outbound_test: int
    inbound_live: int
    inbound_test: int


class _CreateApiKeyRequestRequired(TypedDict):
    name: str
    mode: "Mode"


class CreateApiKeyRequest(_CreateApiKeyRequestRequired, total=False):
    scope: "ApiKeyScope"


# What the key may do. `full` keys act with the rights of a `developer` member; `read_only` keys with those
# of a `viewer` (they read, and get `403 insufficient_role` on any change). A read-only key suits
# dashboards and exports.
ApiKeyScope = Literal["full", "read_only"]


class ApiKey(TypedDict):
    id: "ApiKeyId"
    object: Literal["api_key"]
    name: str
    mode: "Mode"
    scope: "ApiKeyScope"
    # The readable start of the secret.
    prefix: str
    # The last four characters of the secret.
    last4: str
    created_at: "Timestamp"
    # When the key last authenticated a request (updated at most once a minute).
    last_used_at: Optional["Timestamp"]


class ApiKeyWithSecret(TypedDict):
    id: "ApiKeyId"
    object: Literal["api_key"]
    name: str
    mode: "Mode"
    scope: "ApiKeyScope"
    prefix: str
    last4: str
    created_at: "Timestamp"
    last_used_at: Optional["Timestamp"]
    # The whole key. Shown only in this response; Parley keeps only a hash.
    secret: str


class ApiKeyList(TypedDict):
    object: Literal["list"]
    data: List["ApiKey"]
    has_more: bool


class DeletedApiKey(TypedDict):
    id: "ApiKeyId"
    object: Literal["api_key"]
    deleted: Literal[True]


ConnectionId = str


NullableTimestamp = Optional["Timestamp"]


# International form with country code; spaces, dashes and brackets are fine (`+1 415 555 0100`).
PhoneNumber = str


ConnectionStatus = Literal["pending", "qr", "connecting", "connected", "disconnected", "logged_out", "failed"]


class CreateConnectionRequest(TypedDict, total=False):
    name: str
    # Messages per minute this number sends at most, with jitter (protects it from bans).
    send_rate: int
    # Rejects every call to the number as it rings (a `call.received` event still says it came). Off by
    # default.
    reject_calls: bool
    # With `reject_calls`: a text message sent to the caller after each rejected call, through the
    # connection's queue like any message (stored, evented, paced). Null for none.
    reject_call_message: Optional[str]
    # How many conversations this number may start in any 24 hours: messages to people it has never
    # exchanged a message with. Past it, such messages wait (others still go); null for no limit. WhatsApp
    # bans numbers that message many strangers, so raise it slowly.
    new_contact_daily_limit: Optional[int]
    # Receive contacts' statuses as `status.received` events. Default false.
    receive_statuses: bool
    # Store WhatsApp's history sync (past chats and messages) when the device links. Default false.
    sync_history: bool


class Connection(TypedDict):
    id: "ConnectionId"
    object: Literal["connection"]
    name: Optional[str]
    mode: "Mode"
    status: "ConnectionStatus"
    # Why it is `failed`, `logged_out` or `disconnected`, as a stable code.
    status_reason: Optional[str]
    # E.164, once linked.
    phone_number: Optional[str]
    # The WhatsApp id of the linked device, once linked.
    wa_jid: Optional[str]
    # The WhatsApp LID of the account, when known.
    wa_lid: Optional[str]
    # The WhatsApp Web version this live connection presented when it last connected (WHATSAPP_WEB_VERSION,
    # WhatsApp's current one when Parley refreshes it, or the version Parley pins). Null until a live
    # connection first connects, and for test-mode connections (the sandbox speaks no WhatsApp Web).
    whatsapp_web_version: Optional[str]
    send_rate: int
    # Conversations this number may start in any 24 hours; null for no limit.
    new_contact_daily_limit: Optional[int]
    # Set when WhatsApp refused a new chat (error 463, its reach-out timelock): until then the number starts
    # no new conversation, and messages to new people wait; people it already talks to still get theirs.
    # The pause lasts NEW_CONTACT_COOLDOWN_MINUTES (a day unless the operator changed it).
    new_contacts_paused_until: "NullableTimestamp"
    # Calls to the number are rejected as they ring.
    reject_calls: bool
    # The text sent to a caller after a rejected call; null for none.
    reject_call_message: Optional[str]
    # Contacts' statuses arrive as `status.received` events (off by default).
    receive_statuses: bool
    # On linking, WhatsApp's history sync is stored: past chats and messages appear in the inbox, with one
    # `history.synced` event per batch (off by default). Checked as each batch arrives. The files of synced
    # media messages are downloaded afterwards (`history_media_pending` meanwhile).
    sync_history: bool
    linked_at: "NullableTimestamp"
    created_at: "Timestamp"


class ConnectionList(TypedDict):
    object: Literal["list"]
    data: List["Connection"]
    has_more: bool


class DeletedConnection(TypedDict):
    id: "ConnectionId"
    object: Literal["connection"]
    deleted: Literal[True]


class ConnectionQr(TypedDict):
    # The string to render as a QR code.
    qr: str
    expires_at: "Timestamp"


class PairingCodeRequest(TypedDict):
    phone_number: "PhoneNumber"


# WhatsApp's id of a group, such as `120363012345678901@g.us` (older groups `<digits>-<digits>@g.us`).
GroupJid = str


class GroupParticipant(TypedDict):
    # E.164; null when WhatsApp names the participant by LID alone.
    phone_number: Optional[str]
    # The participant's LID (`123456789@lid`) when known.
    lid: Optional[str]
    # `superadmin` is the group's creator.
    role: Literal["member", "admin", "superadmin"]


class GroupOwner2(TypedDict):
    phone_number: Optional[str]
    lid: Optional[str]


class Group(TypedDict):
    object: Literal["group"]
    id: "GroupJid"
    connection_id: "ConnectionId"
    subject: str
    description: Optional[str]
    # The group's creator, as far as WhatsApp says.
    owner: Optional["GroupOwner2"]
    created_at: Optional[str]
    # Only admins may send messages.
    announce: bool
    # Only admins may change the subject, description and settings.
    locked: bool
    participants: List["GroupParticipant"]
    size: int
    # Whether the connection's number is an admin of the group.
    is_admin: bool


class GroupList(TypedDict):
    object: Literal["list"]
    data: List["Group"]


class GroupParticipantResultError2(TypedDict):
    code: str
    message: str


class GroupParticipantResult(TypedDict):
    # E.164.
    phone_number: str
    status: Literal["ok", "failed"]
    # With `failed`, why.
    error: Optional["GroupParticipantResultError2"]


class GroupParticipantResults(TypedDict):
    object: Literal["group_participant_results"]
    group_id: "GroupJid"
    action: Literal["add", "remove", "promote", "demote"]
    results: List["GroupParticipantResult"]


class GroupCreated(TypedDict):
    group: "Group"
    participant_results: List["GroupParticipantResult"]


class CreateGroupRequest(TypedDict):
    subject: str
    # E.164 phone numbers to add besides the connection's own.
    participants: List[str]


class UpdateGroupRequest(TypedDict, total=False):
    subject: str
    description: Optional[str]
    announce: bool
    locked: bool


class GroupParticipantsRequest(TypedDict):
    action: Literal["add", "remove", "promote", "demote"]
    participants: List[str]


class GroupInvite(TypedDict):
    object: Literal["group_invite"]
    group_id: "GroupJid"
    code: str
    # https://chat.whatsapp.com/<code>
    url: str


class JoinGroupRequest(TypedDict):
    # The code, or the whole https://chat.whatsapp.com/ link.
    invite_code: str


class GroupLeft(TypedDict):
    object: Literal["group"]
    id: "GroupJid"
    connection_id: "ConnectionId"
    left: Literal[True]


class PairingCode(TypedDict):
    code: str


class ConnectionProfile(TypedDict):
    """The connected number's own profile, as people see it on WhatsApp."""
    object: Literal["connection_profile"]
    connection_id: "ConnectionId"
    # E.164.
    phone_number: str
    # The name people see (WhatsApp's push name); null when not set.
    name: Optional[str]
    # The about text; null when empty.
    about: Optional[str]
    # The profile picture, served by WhatsApp for a limited time; null when there is none.
    picture_url: Optional[str]


class UpdateConnectionProfileRequest(TypedDict, total=False):
    # At most 25 characters (WhatsApp's limit).
    name: str
    # At most 139 characters (WhatsApp's limit); empty clears it.
    about: str


class SetProfilePictureRequest(TypedDict, total=False):
    """Exactly one of `media_id` or `url`; a JPEG, PNG or WebP of at most 5 MB."""
    media_id: "MediaId"
    url: str


class WhatsAppBusinessProfile(TypedDict):
    description: Optional[str]
    category: Optional[str]
    email: Optional[str]
    website: List[str]
    address: Optional[str]


class WhatsAppProfile(TypedDict):
    """What WhatsApp shows a connection for a number. Read live, never stored; not to be confused with a
    contact of Parley's address book (`/v1/contacts`).
    """
    object: Literal["whatsapp_profile"]
    connection_id: "ConnectionId"
    # E.164.
    phone_number: str
    # The number's WhatsApp id.
    wa_jid: str
    # Its LID, when WhatsApp gives it.
    wa_lid: Optional[str]
    # The about text; null when not set or hidden from this number.
    about: Optional[str]
    about_set_at: "NullableTimestamp"
    # The full-size picture, served by WhatsApp for a limited time; null when there is none or it is hidden from this number.
    picture_url: Optional[str]
    # A small preview of the picture.
    picture_preview_url: Optional[str]
    # Business details of a WhatsApp Business account; null for others.
    business: Optional["WhatsAppBusinessProfile"]


class BlockedNumber(TypedDict):
    object: Literal["blocked_number"]
    connection_id: "ConnectionId"
    # E.164; null when WhatsApp names the number by LID only and its number is not known.
    phone_number: Optional[str]
    wa_lid: Optional[str]
    blocked: bool


class Blocklist(TypedDict):
    object: Literal["blocklist"]
    connection_id: "ConnectionId"
    data: List["BlockedNumber"]


class BlockNumberRequest(TypedDict):
    phone_number: "PhoneNumber"


class LidMapping(TypedDict):
    object: Literal["lid_mapping"]
    connection_id: "ConnectionId"
    lid: str
    # E.164.
    phone_number: str


OptOutId = str


class CreateOptOutRequest(TypedDict):
    phone_number: "PhoneNumber"


class OptOut(TypedDict):
    id: "OptOutId"
    object: Literal["opt_out"]
    # E.164.
    phone_number: str
    # `api`: added through the API or console; `keyword`: the person replied with a STOP-style keyword.
    source: Literal["api", "keyword"]
    # The keyword the person sent, when `source` is `keyword`.
    keyword: Optional[str]
    # The connection the keyword reached, when `source` is `keyword`.
    connection_id: Optional["ConnectionId"]
    created_at: "Timestamp"


class OptOutList(TypedDict):
    object: Literal["list"]
    data: List["OptOut"]
    has_more: bool


class DeletedOptOut(TypedDict):
    id: "OptOutId"
    object: Literal["opt_out"]
    deleted: Literal[True]


WebhookEndpointId = str


# An http or https URL without user name or password, whose host resolves to public addresses only
# (unless the operator set `WEBHOOK_ALLOW_PRIVATE_NETWORKS=true`; test-mode endpoints may also point at
# the server's own machine where `WEBHOOK_ALLOW_LOOPBACK_IN_TEST_MODE` allows it, the default on the
# embedded database).
WebhookUrl = str


# The event types to deliver (see `EventType`; an unknown one is refused with 400 naming it), or exactly
# `["*"]` for every type, including types added later.
WebhookEventSelection = List[str]


# `whsec_` and the base64 key; pass it whole to the svix or Standard Webhooks libraries to verify deliveries.
WebhookSecret = str


class _CreateWebhookEndpointRequestRequired(TypedDict):
    url: "WebhookUrl"
    events: "WebhookEventSelection"


class CreateWebhookEndpointRequest(_CreateWebhookEndpointRequestRequired, total=False):
    description: Optional[str]
    enabled: bool


class UpdateWebhookEndpointRequest(TypedDict, total=False):
    url: "WebhookUrl"
    events: "WebhookEventSelection"
    description: Optional[str]
    enabled: bool


class _WebhookEndpointRequired(TypedDict):
    id: "WebhookEndpointId"
    object: Literal["webhook_endpoint"]
    url: str
    description: Optional[str]
    events: List[Union["EventType", Literal["*"]]]
    # A disabled endpoint is kept, with its secret, but receives no deliveries.
    enabled: bool
    # Why Parley disabled the endpoint: `endpoint_gone` (it answered 410 Gone) or `endpoint_failing` (every
    # attempt failed for 5 days). Null while enabled, or when it was disabled with PATCH.
    disabled_reason: Optional[Literal["endpoint_gone", "endpoint_failing"]]
    # The first failed attempt since the endpoint last answered 2xx; null while it succeeds.
    failing_since: "NullableTimestamp"
    created_at: "Timestamp"
    updated_at: "Timestamp"


class WebhookEndpoint(_WebhookEndpointRequired, total=False):
    # Only in the answer to create; afterwards read it with `GET /v1/webhook-endpoints/{id}/secret`.
    secret: "WebhookSecret"


class WebhookEndpointList(TypedDict):
    object: Literal["list"]
    data: List["WebhookEndpoint"]
    has_more: bool


class DeletedWebhookEndpoint(TypedDict):
    id: "WebhookEndpointId"
    object: Literal["webhook_endpoint"]
    deleted: Literal[True]


class WebhookEndpointSecret(TypedDict):
    object: Literal["webhook_endpoint_secret"]
    endpoint_id: "WebhookEndpointId"
    secret: "WebhookSecret"
    # The secret before the last rotation, while deliveries are still signed with it too.
    previous_secret: Optional["WebhookSecret"]
    # When `previous_secret` stops being used.
    previous_secret_expires_at: "NullableTimestamp"


WebhookDeliveryId = str


WebhookAttemptId = str


# `pending`: an attempt is due, under way or scheduled to retry; `succeeded`: the endpoint answered 2xx;
# `failed`: every attempt of the schedule failed, or the endpoint was disabled.
WebhookDeliveryStatus = Literal["pending", "succeeded", "failed"]


class WebhookDelivery(TypedDict):
    id: "WebhookDeliveryId"
    object: Literal["webhook_delivery"]
    endpoint_id: "WebhookEndpointId"
    # The event delivered; also the `webhook-id` header of every attempt.
    event_id: "EventId"
    event_type: "EventType"
    status: "WebhookDeliveryStatus"
    # Attempts made so far, retries included.
    attempt_count: int
    # When the next attempt starts, while `pending`.
    next_attempt_at: "NullableTimestamp"
    last_attempt_at: "NullableTimestamp"
    # The HTTP status of the last attempt; null if it got no answer.
    last_status_code: Optional[int]
    # Why the last attempt failed, in words; null after a success.
    last_error: Optional[str]
    created_at: "Timestamp"
    updated_at: "Timestamp"


class WebhookDeliveryList(TypedDict):
    object: Literal["list"]
    data: List["WebhookDelivery"]
    has_more: bool


class WebhookAttempt(TypedDict):
    id: "WebhookAttemptId"
    object: Literal["webhook_attempt"]
    delivery_id: "WebhookDeliveryId"
    endpoint_id: "WebhookEndpointId"
    # The URL called.
    url: str
    attempted_at: "Timestamp"
    # The HTTP status answered; null when there was no answer (see `error`).
    status_code: Optional[int]
    # From the start of the request to the answer or the error.
    latency_ms: int
    # The first 1 KB of the answer's body, as text; null when there was no answer.
    response_body: Optional[str]
    # Why the attempt failed without a 2xx: a network error, a timeout, a refused address or the status.
    error: Optional[str]


class WebhookAttemptList(TypedDict):
    object: Literal["list"]
    data: List["WebhookAttempt"]
    has_more: bool


class WebhookDeliveryRetry(TypedDict):
    object: Literal["webhook_delivery_retry"]
    previous_status: "WebhookDeliveryStatus"
    # What the retry does, in words; it says when the delivery had already succeeded.
    message: str
    delivery: "WebhookDelivery"


class RecoverWebhookEndpointRequest(TypedDict):
    # Redeliver failed deliveries of events created at or after this time; at most 30 days ago.
    since: "Timestamp"


class WebhookRecovery(TypedDict):
    object: Literal["webhook_recovery"]
    endpoint_id: "WebhookEndpointId"
    since: "Timestamp"
    # How many failed deliveries were queued again.
    requeued: int


class WebhookTest(TypedDict):
    object: Literal["webhook_test"]
    endpoint_id: "WebhookEndpointId"
    message: str


class ContactCheckRequest(TypedDict):
    connection_id: "ConnectionId"
    phone_numbers: List[str]


class ContactCheck(TypedDict):
    object: Literal["contact_check"]
    connection_id: "ConnectionId"
    results: List["ContactCheckResult"]


class ContactCheckResult(TypedDict):
    # The number as given.
    input: str
    # The number in E.164 form; null when `invalid`.
    phone_number: Optional[str]
    status: Literal["on_whatsapp", "not_on_whatsapp", "invalid"]
    # The number's WhatsApp id when it is on WhatsApp.
    wa_jid: Optional[str]


ContactId = str


ContactName = str


# Not blank, and without `;` or `|` (the CSV import's tag separators). Surrounding spaces are trimmed.
ContactTag = str


# At most 50; a tag given twice is kept once, in the order first given.
ContactTags = List["ContactTag"]


# Your own string values by name: at most 50 keys of up to 64 characters, values up to 500.
ContactAttributes = Dict[str, str]


class _CreateContactRequestRequired(TypedDict):
    phone_number: "PhoneNumber"


class CreateContactRequest(_CreateContactRequestRequired, total=False):
    name: "ContactName"
    attributes: "ContactAttributes"
    tags: "ContactTags"


class UpdateContactRequest(TypedDict, total=False):
    phone_number: "PhoneNumber"
    name: Optional["ContactName"]
    # Merged into the contact's attributes; `null` or `""` removes a key.
    attributes: Dict[str, Optional[str]]
    tags: "ContactTags"


class Contact(TypedDict):
    id: "ContactId"
    object: Literal["contact"]
    # E.164.
    phone_number: str
    name: Optional[str]
    attributes: Dict[str, str]
    tags: List[str]
    created_at: "Timestamp"
    updated_at: "Timestamp"


class ContactList(TypedDict):
    object: Literal["list"]
    data: List["Contact"]
    has_more: bool


class DeletedContact(TypedDict):
    id: "ContactId"
    object: Literal["contact"]
    deleted: Literal[True]


class ContactImportRequest(TypedDict):
    # Rows to upsert. Each row's fields are checked one by one, so a bad value is reported in the answer's
    # `invalid` (with its `index`) instead of refusing the whole import; only a row that is not an object
    # with a string `phone_number` refuses it.
    contacts: List[Dict[str, Any]]


class ContactImport(TypedDict):
    object: Literal["contact_import"]
    format: Literal["csv", "json"]
    # Data rows read (for a CSV, not counting the header and empty lines).
    rows: int
    created: int
    # Existing contacts that the import changed.
    updated: int
    # Valid rows that matched an existing contact exactly.
    unchanged: int
    # One entry per row that was not imported, in file order.
    invalid: List["ContactImportRowError"]


class ContactImportRowError(TypedDict):
    # For a CSV, the physical line the row starts on (line 1 is the header); null for JSON.
    line: Optional[int]
    # The row's position among the data rows (the JSON `contacts` index), from 0.
    index: int
    code: Literal["phone_number_missing", "phone_number_invalid", "duplicate_phone_number", "name_invalid", "attributes_invalid", "tags_invalid", "row_invalid"]
    # What is wrong with the row, for a person.
    reason: str


class SandboxScanRequest(TypedDict, total=False):
    phone_number: "PhoneNumber"


class SandboxConfirmCodeRequest(TypedDict):
    # The code, with or without its dash.
    code: str


# `connection.state` opens the stream with the connection as it is; every other type is the event of the
# same name (see `webhooks`), sent when it happens.
ConnectionStreamEventType = Literal["connection.state", "connection.updated", "connection.deleted", "connection.restarted", "connection.qr", "connection.connecting", "connection.connected", "connection.disconnected", "connection.logged_out", "connection.failed"]


class _ConnectionStreamEventRequired(TypedDict):
    type: "ConnectionStreamEventType"
    connection: "Connection"


class ConnectionStreamEvent(_ConnectionStreamEventRequired, total=False):
    """The `data` of one message of `GET /v1/connections/{id}/events`."""
    # The QR code to scan, while the connection's status is `qr` and the code has not expired.
    qr: "ConnectionQr"


class ConnectionStreamMessage(TypedDict):
    """One server-sent event of `GET /v1/connections/{id}/events`: its `event:` field and its `data:` line,
    parsed as JSON. These messages carry no `id:`.
    """
    # The SSE `event:` field; the same as `data.type`.
    event: "ConnectionStreamEventType"
    data: "ConnectionStreamEvent"


MessageId = str


MediaId = str


ChatId = str


MessageType = Literal["text", "image", "video", "audio", "document", "sticker", "location", "contact", "reaction", "poll"]


MessageDirection = Literal["outbound", "inbound"]


# Outbound: `scheduled` → `queued` → `sending` → `sent` → `delivered` → `read`, or `failed`, `canceled`,
# `expired`. Inbound messages are `received`.
MessageStatus = Literal["scheduled", "queued", "sending", "sent", "delivered", "read", "failed", "canceled", "expired", "received"]


class TextContent(TypedDict):
    body: str


class MediaContent(TypedDict, total=False):
    """Exactly one of `media_id` (an upload) or `url` (http or https; Parley fetches it when the message is
    accepted, at most 100 MB, never from private networks). Limits per type: image JPEG/PNG/WebP ≤ 5 MB;
    video MP4/3GPP ≤ 16 MB; audio AAC/MP4/MPEG/AMR/OGG ≤ 16 MB; sticker WebP ≤ 500 KB; document any type
    ≤ 100 MB.
    """
    media_id: "MediaId"
    url: str
    # image, video and document only.
    caption: str
    # document only; defaults to the upload's name.
    filename: str
    # audio only: play as a voice note (OGG/Opus is best).
    voice_note: bool


class _LocationContentRequired(TypedDict):
    latitude: float
    longitude: float


class LocationContent(_LocationContentRequired, total=False):
    name: str
    address: str


class _ContactCardRequired(TypedDict):
    name: str
    phone_numbers: List["PhoneNumber"]


class ContactCard(_ContactCardRequired, total=False):
    email: str
    organization: str


class ContactContent(TypedDict):
    contacts: List["ContactCard"]


class ReactionContent(TypedDict):
    message_id: "MessageId"
    # One emoji; an empty string removes the reaction.
    emoji: str


class _PollContentRequired(TypedDict):
    question: str
    options: List[str]


class PollContent(_PollContentRequired, total=False):
    selectable_count: int


class _CreateMessageRequestRequired(TypedDict):
    connection_id: "ConnectionId"
    # The recipient: a phone number in international form, or a group's id (`120363012345678901@g.us`, see
    # GET /v1/connections/{id}/groups) to post in a group the connection's number is in. Every content type,
    # mentions of participants and replies work in groups.
    to: Any


class CreateMessageRequest(_CreateMessageRequestRequired, total=False):
    # The content field to fill. Required unless `template` is given; leave it out then.
    type: "MessageType"
    # Send a template instead of content: give `template` and `variables` and leave out `type` and the
    # content fields. The template's current version is rendered (see the Templates section) and the
    # message records it (`template` on the message). A template of another account or mode, or a deleted
    # one, answers 404.
    template: "TemplateReference"
    # The template's variables; only with `template`.
    variables: "TemplateVariables"
    text: "TextContent"
    image: "MediaContent"
    video: "MediaContent"
    audio: "MediaContent"
    document: "MediaContent"
    sticker: "MediaContent"
    location: "LocationContent"
    contact: "ContactContent"
    reaction: "ReactionContent"
    poll: "PollContent"
    # A message of the same chat to quote.
    reply_to: "MessageId"
    # Numbers to mention (text and captions); write `@` and the number's digits in the text.
    mentions: List["PhoneNumber"]
    # Send later, at most 30 days from now; a time in the past is refused.
    send_at: str
    # Your own key-value pairs, returned with the message and its events.
    metadata: Dict[str, str]


class MessageError(TypedDict):
    # Stable. Outbound (the message failed or expired): `recipient_not_on_whatsapp`,
    # `recipient_opted_out`, `recipient_blocked` (the connection's number blocked them), `connection_logged_out`, `connection_failed`, `media_fetch_failed`,
    # `whatsapp_rate_limited` (WhatsApp's error 463: too many new chats), `whatsapp_rejected`, `expired`,
    # `send_failed`. Inbound (the message was received, its file was not kept, and it is listed as
    # `unsupported`): `media_too_large` (larger than `MEDIA_MAX_BYTES`; not downloaded,
    # or stopped at the limit), `media_download_failed` (WhatsApp's media host did not give the file within
    # `MEDIA_FETCH_TIMEOUT_MS`, or it did not decrypt); for a message of synced history,
    # `history_media_pending` (its file is being downloaded after the batch) and `history_media_not_synced`
    # (the sync gave nothing to download it from).
    code: str
    message: str


class MediaInfo(TypedDict):
    media_id: "MediaId"
    mime_type: str
    size: int
    filename: Optional[str]
    caption: Optional[str]
    voice_note: bool


_MessageRequired = TypedDict(
    "_MessageRequired",
    {
        "id": "MessageId",
        "object": Literal["message"],
        "connection_id": "ConnectionId",
        "chat_id": Optional["ChatId"],
        "direction": "MessageDirection",
        "type": Literal["text", "image", "video", "audio", "document", "sticker", "location", "contact", "reaction", "poll", "unsupported"],
        "status": "MessageStatus",
        "from": Optional[str],
        "to": Optional[str],
        "reply_to": Optional["MessageId"],
        "mentions": List[str],
        "metadata": Dict[str, str],
        "send_at": "NullableTimestamp",
        "wa_message_id": Optional[str],
        "error": Optional["MessageError"],
        "created_at": "Timestamp",
        "sent_at": "NullableTimestamp",
        "delivered_at": "NullableTimestamp",
        "read_at": "NullableTimestamp",
        "failed_at": "NullableTimestamp",
        "canceled_at": "NullableTimestamp",
        "expired_at": "NullableTimestamp",
        "received_at": "NullableTimestamp",
        "edited_at": "NullableTimestamp",
        "deleted_at": "NullableTimestamp",
        "deleted_for": Optional[Literal["everyone", "me"]],
    },
)


_MessageOptional = TypedDict(
    "_MessageOptional",
    {
        "from_lid": Optional[str],
        "group_id": Any,
        "receipts": Any,
        "text": "TextContent",
        "image": "MediaInfo",
        "video": "MediaInfo",
        "audio": "MediaInfo",
        "document": "MediaInfo",
        "sticker": "MediaInfo",
        "location": "LocationContent",
        "contact": "ContactContent",
        "reaction": "ReactionContent",
        "poll": "PollContent",
        "template": Optional["MessageTemplate"],
        "bulk_job_id": Optional["BulkJobId"],
    },
    total=False,
)


class Message(_MessageRequired, _MessageOptional):
    """The content field named by `type` holds the content (`text`, `image`, ...). An inbound message of a
    kind Parley does not read yet has `type: unsupported` and no content. So does an inbound media message
    whose file Parley did not keep; its `error` says why (`media_too_large`, `media_download_failed`).
    """


TemplateId = str


# Lowercase letters, digits and `_`, like WhatsApp's template names.
TemplateName = str


# A language code, optionally with a region (`en`, `en_US`, `pt_BR`).
TemplateLanguage = str


TemplateCategory = Literal["marketing", "utility", "authentication"]


# The message text, with `{{variables}}`.
TemplateBody = str


TemplateFooter = str


class _TemplateHeaderInputRequired(TypedDict):
    type: Literal["text", "image", "video", "document"]


class TemplateHeaderInput(_TemplateHeaderInputRequired, total=False):
    """`text` needs `text` (at most 60 characters; may use variables). `image`, `video` and `document` need
    exactly one of `media_id` (an upload) or `url` (fetched when the template is saved); `filename` is for
    documents only.
    """
    text: str
    media_id: "MediaId"
    url: str
    filename: str


class TemplateHeaderMedia(TypedDict):
    media_id: "MediaId"
    mime_type: str
    size: int
    filename: Optional[str]


class TemplateHeader(TypedDict):
    type: Literal["text", "image", "video", "document"]
    # The header text (type `text`).
    text: Optional[str]
    # The header file (media types).
    media: Optional["TemplateHeaderMedia"]


class _TemplateButtonRequired(TypedDict):
    type: Literal["quick_reply", "url", "phone_number"]
    text: str


class TemplateButton(_TemplateButtonRequired, total=False):
    """`quick_reply` (just `text`), `url` (with `url`, which may use variables) or `phone_number` (with
    `phone_number`). Rendered as text lines; see the Templates section.
    """
    url: str
    phone_number: "PhoneNumber"


TemplateButtons = List["TemplateButton"]


# A value for every variable the template uses, and no others.
TemplateVariables = Dict[str, Union[str, float]]


class _CreateTemplateRequestRequired(TypedDict):
    name: "TemplateName"
    language: "TemplateLanguage"
    category: "TemplateCategory"
    body: "TemplateBody"


class CreateTemplateRequest(_CreateTemplateRequestRequired, total=False):
    header: "TemplateHeaderInput"
    footer: "TemplateFooter"
    buttons: "TemplateButtons"


class UpdateTemplateRequest(TypedDict, total=False):
    category: "TemplateCategory"
    body: "TemplateBody"
    header: Optional["TemplateHeaderInput"]
    footer: Optional["TemplateFooter"]
    buttons: "TemplateButtons"


class Template(TypedDict):
    id: "TemplateId"
    object: Literal["template"]
    name: "TemplateName"
    language: "TemplateLanguage"
    category: "TemplateCategory"
    # Starts at 1; each edit stores the next.
    version: int
    body: str
    header: Optional["TemplateHeader"]
    footer: Optional[str]
    buttons: List["TemplateButton"]
    # The variables the template uses, in order of first use.
    variables: List[str]
    created_at: "Timestamp"
    updated_at: "Timestamp"


class TemplateList(TypedDict):
    object: Literal["list"]
    data: List["Template"]
    has_more: bool


class DeletedTemplate(TypedDict):
    id: "TemplateId"
    object: Literal["template"]
    deleted: Literal[True]


class RenderTemplateRequest(TypedDict, total=False):
    variables: "TemplateVariables"
    # A stored version to render; the current one by default.
    version: int


class _PreviewTemplateRequestRequired(TypedDict):
    body: "TemplateBody"


class PreviewTemplateRequest(_PreviewTemplateRequestRequired, total=False):
    """A template definition as `POST /v1/templates` takes it (only `body` is required here) and the values
    to render it with.
    """
    name: "TemplateName"
    language: "TemplateLanguage"
    category: "TemplateCategory"
    header: "TemplateHeaderInput"
    footer: "TemplateFooter"
    buttons: "TemplateButtons"
    variables: "TemplateVariables"
    # While writing: a variable without a value renders as `{{name}}`, and values the definition does not
    # use are ignored. Without it, every variable needs a value and no other may be given, as in a send.
    placeholders: bool


class MessageTemplate(TypedDict):
    """The template and the version of it a message was rendered from."""
    id: "TemplateId"
    version: int


class _TemplateRenderingRequired(TypedDict):
    object: Literal["template_rendering"]
    # The template and version rendered; null for a preview of an unsaved definition.
    template: Optional["MessageTemplate"]
    type: Literal["text", "image", "video", "document"]
    # The variables the template uses, in order of first use.
    variables: List[str]
    # The text the person reads: the message body, or the caption.
    rendered_text: str


class TemplateRendering(_TemplateRenderingRequired, total=False):
    """`type` names the content field that is present, exactly as on the Message a send would create (a
    preview of a header given by `url` has none: the file is fetched only when the template is saved).
    """
    text: "TextContent"
    image: "MediaInfo"
    video: "MediaInfo"
    document: "MediaInfo"


class TemplateReference(TypedDict, total=False):
    """A template by `id`, or by `name` and `language` (both); not both ways at once (`400 parameter_conflict`,
    or `400 parameter_missing` for a name without its language).
    """
    id: "TemplateId"
    name: "TemplateName"
    language: "TemplateLanguage"


class EditMessageRequest(TypedDict):
    # The message's new text.
    text: str


MessageRevisionId = str


class MessageRevision(TypedDict):
    """One change to a message after it was sent or received."""
    id: "MessageRevisionId"
    object: Literal["message_revision"]
    message_id: "MessageId"
    action: Literal["edited", "deleted"]
    # `connection`: through Parley (this connection's number); `contact`: the other party, on WhatsApp.
    by: Literal["connection", "contact"]
    # The text (or caption) before an edit; null for a deletion, and once the message is deleted.
    previous_text: Optional[str]
    # The text (or caption) after an edit; null for a deletion, and once the message is deleted.
    text: Optional[str]
    created_at: "Timestamp"


MessageReceiptId = str


class MessageReceiptParticipant(TypedDict):
    """The participant, by phone number and LID (either may be null when WhatsApp did not say)."""
    phone_number: Optional[str]
    lid: Optional[str]


class _MessageReceiptRequired(TypedDict):
    id: "MessageReceiptId"
    object: Literal["message_receipt"]
    message_id: "MessageId"
    # The participant, by phone number and LID (either may be null when WhatsApp did not say).
    participant: "MessageReceiptParticipant"
    # When the message reached the participant's phone.
    delivered_at: "NullableTimestamp"
    # When the participant read it (played, for a voice note). Null while unread, or when the participant turned read receipts off.
    read_at: "NullableTimestamp"
    updated_at: "Timestamp"


class MessageReceipt(_MessageReceiptRequired, total=False):
    """One group participant's receipt of a message this connection sent to the group."""
    # In `message.receipt_updated` events only: the message's counts once this receipt counted.
    summary: Any


class MessageReceiptSummary(TypedDict):
    """How far a group message got. The message's `status` becomes `delivered` (`read`) once `delivered` (`read`) reaches `recipients`."""
    # How many participants the message went to (the group's members but this number); null until the first receipt tells.
    recipients: Optional[int]
    # Participants whose phone has the message.
    delivered: int
    # Participants who read it.
    read: int


class MessageReceiptList(TypedDict):
    object: Literal["list"]
    data: List["MessageReceipt"]
    has_more: bool


class MessageRevisionList(TypedDict):
    object: Literal["list"]
    data: List["MessageRevision"]
    has_more: bool


class MessageList(TypedDict):
    object: Literal["list"]
    data: List["Message"]
    has_more: bool


class Media(TypedDict):
    id: "MediaId"
    object: Literal["media"]
    mime_type: str
    # Bytes.
    size: int
    filename: Optional[str]
    # Hex digest of the content.
    sha256: str
    source: Literal["upload", "url", "inbound"]
    created_at: "Timestamp"


class _ChatRequired(TypedDict):
    id: "ChatId"
    object: Literal["chat"]
    connection_id: "ConnectionId"
    # The other party, E.164, when known.
    phone_number: Optional[str]
    # The other party's WhatsApp LID, when known.
    wa_lid: Optional[str]
    # The name the other party set on WhatsApp, when known.
    name: Optional[str]
    last_message: Optional["Message"]
    last_message_at: "NullableTimestamp"
    # Messages received since the chat was last marked read.
    unread_count: int
    created_at: "Timestamp"


class Chat(_ChatRequired, total=False):
    # Present on a group's chat only (its `phone_number` and `wa_lid` are then null); the group's id.
    group_id: Any


class ChatList(TypedDict):
    object: Literal["list"]
    data: List["Chat"]
    has_more: bool


_SandboxInboundRequestRequired = TypedDict(
    "_SandboxInboundRequestRequired",
    {
        "connection_id": "ConnectionId",
        "from": "PhoneNumber",
        "type": "MessageType",
    },
)


_SandboxInboundRequestOptional = TypedDict(
    "_SandboxInboundRequestOptional",
    {
        "name": str,
        "text": "TextContent",
        "image": "MediaContent",
        "video": "MediaContent",
        "audio": "MediaContent",
        "document": "MediaContent",
        "sticker": "MediaContent",
        "location": "LocationContent",
        "contact": "ContactContent",
        "reaction": "ReactionContent",
        "poll": "PollContent",
        "reply_to": "MessageId",
    },
    total=False,
)


class SandboxInboundRequest(_SandboxInboundRequestRequired, _SandboxInboundRequestOptional):
    pass


class UpdateConnectionRequest(TypedDict, total=False):
    name: Optional[str]
    # Messages per minute this number sends at most, with jitter.
    send_rate: int
    # How many conversations this number may start in any 24 hours: messages to people it has never
    # exchanged a message with. Past it, such messages wait (others still go); null for no limit. WhatsApp
    # bans numbers that message many strangers, so raise it slowly.
    new_contact_daily_limit: Optional[int]
    # Ends a pause after error 463 now, instead of when it runs out. Only null is accepted.
    new_contacts_paused_until: None
    # Rejects every call to the number as it rings (a `call.received` event still says it came). Off by
    # default.
    reject_calls: bool
    # With `reject_calls`: a text message sent to the caller after each rejected call, through the
    # connection's queue like any message (stored, evented, paced). Null for none.
    reject_call_message: Optional[str]
    # Receive contacts' statuses as `status.received` events.
    receive_statuses: bool
    # Store WhatsApp's history sync (past chats and messages) when the device links.
    sync_history: bool


class Health(TypedDict):
    status: Literal["ok"]


class Readiness(TypedDict):
    status: Literal["ok", "unavailable"]
    checks: Dict[str, Literal["ok", "failing", "not_configured"]]


EventId = str


# Every event type Parley writes; each has an entry under `webhooks` with its payload.
EventType = Literal["connection.created", "connection.updated", "connection.deleted", "connection.restarted", "connection.qr", "connection.connecting", "connection.connected", "connection.disconnected", "connection.logged_out", "connection.failed", "message.queued", "message.scheduled", "message.sending", "message.sent", "message.delivered", "message.read", "message.failed", "message.canceled", "message.expired", "message.received", "message.reaction", "message.edited", "message.deleted", "message.receipt_updated", "presence.updated", "call.received", "call.ended", "status.received", "history.synced", "opt_out.created", "opt_out.deleted", "webhook_endpoint.disabled", "bulk_job.started", "bulk_job.completed", "bulk_job.paused", "bulk_job.canceled", "bulk_job.failed", "account.plan_changed", "account.export_ready", "usage.threshold_reached", "billing.payment_failed", "group.created", "group.updated", "group.participants_changed", "group.joined", "group.left", "webhook.test"]


class ConnectionEventData(TypedDict):
    object: "Connection"


class MessageEventData(TypedDict):
    object: "Message"


class WebhookEndpointEventData(TypedDict):
    object: "WebhookEndpoint"


class WebhookTestEventData(TypedDict):
    object: "WebhookTest"


class OptOutEventData(TypedDict):
    object: "OptOut"


class MessageReceiptUpdatedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["message.receipt_updated"]
    created_at: "Timestamp"
    data: "MessageReceiptEventData"


class MessageReceiptEventData(TypedDict):
    object: "MessageReceipt"


class PresenceUpdatedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["presence.updated"]
    created_at: "Timestamp"
    data: "PresenceEventData"


class CallEndedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["call.ended"]
    created_at: "Timestamp"
    data: "CallEventData"


class CallReceivedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["call.received"]
    created_at: "Timestamp"
    data: "CallEventData"


class PresenceEventData(TypedDict):
    object: "Presence"


class CallEventData(TypedDict):
    object: "Call"


# `typing` shows "typing…", `recording` shows "recording audio…", `paused` clears either.
ChatState = Literal["typing", "recording", "paused"]


class _ChatPresenceRequestRequired(TypedDict):
    state: "ChatState"


class ChatPresenceRequest(_ChatPresenceRequestRequired, total=False):
    # Seconds after which Parley sends `paused` by itself. Not allowed with `paused`.
    duration: int


class ChatPresence(TypedDict):
    object: Literal["chat_presence"]
    chat_id: "ChatId"
    connection_id: "ConnectionId"
    state: "ChatState"
    # When Parley clears the state (with `duration`); null when it lasts until changed.
    expires_at: "NullableTimestamp"


class PresenceSubscription(TypedDict):
    object: Literal["presence_subscription"]
    chat_id: "ChatId"
    connection_id: "ConnectionId"
    # The contact followed, E.164.
    phone_number: Optional[str]
    # The contact's WhatsApp LID, when known.
    wa_lid: Optional[str]


Availability = Literal["online", "offline"]


class ConnectionPresenceRequest(TypedDict):
    availability: "Availability"


class ConnectionPresence(TypedDict):
    object: Literal["connection_presence"]
    connection_id: "ConnectionId"
    availability: "Availability"


# `available` (online; also what WhatsApp reports when someone stops typing), `unavailable` (offline),
# `typing`, `recording` (a voice note), `paused`.
PresenceState = Literal["available", "unavailable", "typing", "recording", "paused"]


class _PresenceRequired(TypedDict):
    object: Literal["presence"]
    connection_id: "ConnectionId"
    # The connection's chat with the contact, when there is one.
    chat_id: Optional["ChatId"]
    # E.164, when known.
    phone_number: Optional[str]
    # The contact's WhatsApp LID, when WhatsApp named them by it.
    wa_lid: Optional[str]
    state: "PresenceState"
    # When the contact was last online, when WhatsApp says (their privacy settings may hide it).
    last_seen_at: "NullableTimestamp"
    updated_at: "Timestamp"


class Presence(_PresenceRequired, total=False):
    """A contact's presence, as WhatsApp reported it to a connection subscribed to it."""
    # Present on a participant's chat state in a group only (typing, recording, paused): the group's id.
    # `chat_id` is then the group's chat, and `phone_number` / `wa_lid` name the participant. WhatsApp
    # reports these once the connection follows the group's presence (`POST /v1/chats/{id}/presence/subscribe`
    # on the group's chat).
    group_id: Any


_CallRequired = TypedDict(
    "_CallRequired",
    {
        "id": str,
        "object": Literal["call"],
        "connection_id": "ConnectionId",
        "chat_id": Optional["ChatId"],
        "from": Optional[str],
        "from_lid": Optional[str],
        "video": bool,
        "offline": bool,
        "rejected": bool,
        "reply_message_id": Optional["MessageId"],
        "received_at": "Timestamp",
    },
)


_CallOptional = TypedDict(
    "_CallOptional",
    {
        "ended_at": Any,
        "end_reason": Literal["rejected", "missed", "answered"],
    },
    total=False,
)


class Call(_CallRequired, _CallOptional):
    """A call someone placed to a connection's number."""


class SandboxCallEndRequest(TypedDict):
    # How the simulated call ends.
    reason: Literal["missed", "answered", "rejected"]


_SandboxPresenceRequestRequired = TypedDict(
    "_SandboxPresenceRequestRequired",
    {
        "from": "PhoneNumber",
        "state": "PresenceState",
    },
)


_SandboxPresenceRequestOptional = TypedDict(
    "_SandboxPresenceRequestOptional",
    {
        "last_seen_at": "Timestamp",
        "group_id": "GroupJid",
    },
    total=False,
)


class SandboxPresenceRequest(_SandboxPresenceRequestRequired, _SandboxPresenceRequestOptional):
    pass


class SandboxPresenceReport(TypedDict):
    object: Literal["sandbox_presence_report"]
    connection_id: "ConnectionId"
    # E.164.
    phone_number: str
    state: "PresenceState"


_SandboxCallRequestRequired = TypedDict(
    "_SandboxCallRequestRequired",
    {
        "from": "PhoneNumber",
    },
)


_SandboxCallRequestOptional = TypedDict(
    "_SandboxCallRequestOptional",
    {
        "video": bool,
    },
    total=False,
)


class SandboxCallRequest(_SandboxCallRequestRequired, _SandboxCallRequestOptional):
    pass


# Something that happened in your account, in one mode: written in the same transaction as the change it
# describes, listed by `GET /v1/events` and followed live by `GET /v1/events/stream`. `type` says which
# schema `data.object` has; the `webhooks` section lists each type with its payload.
Event = Union["ConnectionCreatedEvent", "ConnectionUpdatedEvent", "ConnectionDeletedEvent", "ConnectionRestartedEvent", "ConnectionQrEvent", "ConnectionConnectingEvent", "ConnectionConnectedEvent", "ConnectionDisconnectedEvent", "ConnectionLoggedOutEvent", "ConnectionFailedEvent", "MessageQueuedEvent", "MessageScheduledEvent", "MessageSendingEvent", "MessageSentEvent", "MessageDeliveredEvent", "MessageReadEvent", "MessageFailedEvent", "MessageCanceledEvent", "MessageExpiredEvent", "MessageReceivedEvent", "MessageReactionEvent", "MessageEditedEvent", "MessageDeletedEvent", "MessageReceiptUpdatedEvent", "PresenceUpdatedEvent", "CallReceivedEvent", "CallEndedEvent", "StatusReceivedEvent", "HistorySyncedEvent", "OptOutCreatedEvent", "OptOutDeletedEvent", "WebhookEndpointDisabledEvent", "BulkJobStartedEvent", "BulkJobCompletedEvent", "BulkJobPausedEvent", "BulkJobCanceledEvent", "BulkJobFailedEvent", "AccountPlanChangedEvent", "AccountExportReadyEvent", "UsageThresholdReachedEvent", "BillingPaymentFailedEvent", "GroupCreatedEvent", "GroupUpdatedEvent", "GroupParticipantsChangedEvent", "GroupJoinedEvent", "GroupLeftEvent", "WebhookTestEvent"]


class StatusReceivedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["status.received"]
    created_at: "Timestamp"
    data: "StatusEventData"


class HistorySyncedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["history.synced"]
    created_at: "Timestamp"
    data: "HistorySyncEventData"


class StatusEventData(TypedDict):
    object: "Status"


class HistorySyncEventData(TypedDict):
    object: "HistorySync"


class HistorySync(TypedDict):
    """One batch of WhatsApp's history sync, as stored."""
    object: Literal["history_sync"]
    connection_id: "ConnectionId"
    # Chats the batch named (new or already known).
    chats: int
    # Messages stored from the batch.
    messages: int
    # Messages of the batch already stored (a repeated sync); they are left as they were.
    duplicates: int
    oldest_message_at: "NullableTimestamp"
    newest_message_at: "NullableTimestamp"


StatusType = Literal["text", "image", "video"]


class _StatusTextRequired(TypedDict):
    body: str


class StatusText(_StatusTextRequired, total=False):
    # The card's colour behind the text, as `#RRGGBB`.
    background_color: str
    # The typeface WhatsApp draws the text in.
    font: Literal["system", "system_text", "fb_script", "system_bold", "morning_breeze", "calistoga", "exo2_extrabold", "courier_prime"]


class _StatusMediaRequired(TypedDict):
    media_id: "MediaId"


class StatusMedia(_StatusMediaRequired, total=False):
    caption: str


class _CreateStatusRequestRequired(TypedDict):
    type: "StatusType"
    # The contacts who see the status (E.164); WhatsApp shows a status to no one else.
    recipients: List["PhoneNumber"]


class CreateStatusRequest(_CreateStatusRequestRequired, total=False):
    text: "StatusText"
    image: "StatusMedia"
    video: "StatusMedia"


_SandboxStatusRequestRequired = TypedDict(
    "_SandboxStatusRequestRequired",
    {
        "connection_id": "ConnectionId",
        "from": "PhoneNumber",
        "type": "StatusType",
    },
)


_SandboxStatusRequestOptional = TypedDict(
    "_SandboxStatusRequestOptional",
    {
        "name": str,
        "text": "StatusText",
        "image": "StatusMedia",
        "video": "StatusMedia",
    },
    total=False,
)


class SandboxStatusRequest(_SandboxStatusRequestRequired, _SandboxStatusRequestOptional):
    pass


class StatusAuthor(TypedDict):
    # E.164, when WhatsApp gave it.
    phone_number: Optional[str]
    wa_lid: Optional[str]
    # The name the contact set on WhatsApp.
    name: Optional[str]


_StatusRequired = TypedDict(
    "_StatusRequired",
    {
        "object": Literal["status"],
        "connection_id": "ConnectionId",
        "direction": Literal["outbound", "inbound"],
        "wa_message_id": str,
        "type": Literal["text", "image", "video", "unsupported"],
        "text": Optional["StatusText"],
        "media": Optional["MediaInfo"],
        "from": Optional["StatusAuthor"],
        "recipients": Optional[List["PhoneNumber"]],
        "created_at": "Timestamp",
    },
)


class Status(_StatusRequired):
    """A status (story): posted by the connection (`direction: outbound`, with its `recipients`) or by a contact
    (`direction: inbound`, with `from`). `text` is set for text statuses, `media` for image and video ones.
    A received status of a kind Parley cannot show has `type: unsupported`.
    """


class ConnectionCreatedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["connection.created"]
    created_at: "Timestamp"
    data: "ConnectionEventData"


class ConnectionUpdatedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["connection.updated"]
    created_at: "Timestamp"
    data: "ConnectionEventData"


class ConnectionDeletedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["connection.deleted"]
    created_at: "Timestamp"
    data: "ConnectionEventData"


class ConnectionRestartedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["connection.restarted"]
    created_at: "Timestamp"
    data: "ConnectionEventData"


class ConnectionQrEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["connection.qr"]
    created_at: "Timestamp"
    data: "ConnectionEventData"


class ConnectionConnectingEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["connection.connecting"]
    created_at: "Timestamp"
    data: "ConnectionEventData"


class ConnectionConnectedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["connection.connected"]
    created_at: "Timestamp"
    data: "ConnectionEventData"


class ConnectionDisconnectedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["connection.disconnected"]
    created_at: "Timestamp"
    data: "ConnectionEventData"


class ConnectionLoggedOutEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["connection.logged_out"]
    created_at: "Timestamp"
    data: "ConnectionEventData"


class ConnectionFailedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["connection.failed"]
    created_at: "Timestamp"
    data: "ConnectionEventData"


class MessageQueuedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["message.queued"]
    created_at: "Timestamp"
    data: "MessageEventData"


class MessageScheduledEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["message.scheduled"]
    created_at: "Timestamp"
    data: "MessageEventData"


class MessageSendingEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["message.sending"]
    created_at: "Timestamp"
    data: "MessageEventData"


class MessageSentEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["message.sent"]
    created_at: "Timestamp"
    data: "MessageEventData"


class MessageDeliveredEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["message.delivered"]
    created_at: "Timestamp"
    data: "MessageEventData"


class MessageReadEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["message.read"]
    created_at: "Timestamp"
    data: "MessageEventData"


class MessageFailedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["message.failed"]
    created_at: "Timestamp"
    data: "MessageEventData"


class MessageCanceledEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["message.canceled"]
    created_at: "Timestamp"
    data: "MessageEventData"


class MessageExpiredEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["message.expired"]
    created_at: "Timestamp"
    data: "MessageEventData"


class MessageReceivedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["message.received"]
    created_at: "Timestamp"
    data: "MessageEventData"


class MessageReactionEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["message.reaction"]
    created_at: "Timestamp"
    data: "MessageEventData"


class MessageEditedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["message.edited"]
    created_at: "Timestamp"
    data: "MessageEventData"


class MessageDeletedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["message.deleted"]
    created_at: "Timestamp"
    data: "MessageEventData"


class OptOutCreatedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["opt_out.created"]
    created_at: "Timestamp"
    data: "OptOutEventData"


class OptOutDeletedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["opt_out.deleted"]
    created_at: "Timestamp"
    data: "OptOutEventData"


class WebhookEndpointDisabledEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["webhook_endpoint.disabled"]
    created_at: "Timestamp"
    data: "WebhookEndpointEventData"


class AccountPlanChangedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["account.plan_changed"]
    created_at: "Timestamp"
    data: "PlanChangeEventData"


class PlanChangeEventData(TypedDict):
    object: "PlanChange"


class PlanChange(TypedDict):
    object: Literal["plan_change"]
    account_id: str
    # The id of the plan the account was on.
    previous_plan: str
    plan: "Plan"
    limits: "AccountLimits"
    period: "BillingPeriod"
    # Who changed it: the platform operator, or Stripe billing (a checkout, a subscription change, the end of a grace period after a failed payment, a cancellation).
    cause: Literal["admin", "checkout", "subscription", "payment_failed", "grace_ended", "canceled"]


class UsageThresholdReachedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["usage.threshold_reached"]
    created_at: "Timestamp"
    data: "UsageThresholdEventData"


class UsageThresholdEventData(TypedDict):
    object: "UsageThresholdAlert"


class UsageThresholdAlert(TypedDict):
    object: Literal["usage_threshold_alert"]
    limit: "LimitName"
    # The threshold reached, in percent of the limit.
    percent: int
    # The use at which it is reached.
    threshold: int
    # The use that reached it.
    used: int
    # The limit.
    value: int
    mode: "Mode"
    period: "BillingPeriod"


class GroupCreatedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["group.created"]
    created_at: "Timestamp"
    data: "GroupEventData"


class GroupUpdatedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["group.updated"]
    created_at: "Timestamp"
    data: "GroupEventData"


class GroupParticipantsChangedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["group.participants_changed"]
    created_at: "Timestamp"
    data: "GroupEventData"


class GroupJoinedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["group.joined"]
    created_at: "Timestamp"
    data: "GroupEventData"


class GroupLeftEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["group.left"]
    created_at: "Timestamp"
    data: "GroupEventData"


class GroupPerson(TypedDict):
    # E.164 when known.
    phone_number: Optional[str]
    # The WhatsApp LID when known.
    lid: Optional[str]


class GroupChangeChanges2(TypedDict, total=False):
    subject: str
    description: Optional[str]
    announce: bool
    locked: bool


class GroupChange(TypedDict):
    """What changed in a group the connection's number is in. `group` is set for `group.created` and
    `group.joined`; `changes` for `group.updated` (only the fields that changed); `action` and
    `participants` for `group.participants_changed`.
    """
    object: Literal["group_change"]
    connection_id: "ConnectionId"
    group_id: "GroupJid"
    group: Optional["Group"]
    changes: Optional["GroupChangeChanges2"]
    action: Optional[Literal["add", "remove", "promote", "demote"]]
    participants: List["GroupPerson"]
    # Who made the change, when WhatsApp says.
    by: Optional["GroupPerson"]


class GroupEventData(TypedDict):
    object: "GroupChange"


class WebhookTestEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["webhook.test"]
    created_at: "Timestamp"
    data: "WebhookTestEventData"


class BillingPaymentFailedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["billing.payment_failed"]
    created_at: "Timestamp"
    data: "PaymentFailureEventData"


class PaymentFailureEventData(TypedDict):
    object: "PaymentFailure"


class PaymentFailure(TypedDict):
    object: Literal["payment_failure"]
    account_id: str
    # The id of the plan the account is on (kept during the grace period).
    plan: str
    # The Stripe invoice (`in_...`).
    invoice_id: str
    # In the currency's smallest unit.
    amount_due: int
    currency: str
    # How many times Stripe tried to collect it.
    attempt_count: int
    # When Stripe tries again; null when it will not.
    next_payment_attempt: Optional["Timestamp"]
    # Stripe's page where the invoice can be paid.
    hosted_invoice_url: Optional[str]
    # When the account moves to the free plan if the invoice is still unpaid; null when the subscription is not past due.
    grace_period_ends_at: Optional["Timestamp"]


class Billing(TypedDict):
    object: Literal["billing"]
    # Whether Stripe billing is on for this deployment; when false, the platform operator sets plans and the Stripe fields are null.
    enabled: bool
    plan: "Plan"
    period: "BillingPeriod"
    # The account's Stripe subscription as Stripe last reported it; null when it has none.
    subscription: Optional["BillingSubscription"]
    # Stripe's estimate of the next invoice; null without a subscription that renews.
    next_invoice: Optional["UpcomingInvoice"]
    # The payment method Stripe charges; null when none is on file.
    payment_method: Optional["PaymentMethodSummary"]


class BillingSubscription(TypedDict):
    object: Literal["subscription"]
    # Stripe's status, as Stripe names it (today `incomplete`, `incomplete_expired`, `trialing`, `active`, `past_due`, `canceled`, `unpaid`, `paused`; Stripe may add others). `past_due`: a payment failed and the grace period runs; `canceled`, `unpaid`, `paused` and `incomplete_expired` ended it (the account is on the free plan).
    status: str
    # The plan its price sells; null when no plan in the catalog has that price.
    plan: Optional[str]
    current_period: Optional["BillingPeriod"]
    # Whether it ends when the current period does (cancelled in the Customer Portal).
    cancel_at_period_end: bool
    past_due_since: Optional["Timestamp"]
    # When a past-due account moves to the free plan if still unpaid.
    grace_period_ends_at: Optional["Timestamp"]


class UpcomingInvoice(TypedDict):
    object: Literal["upcoming_invoice"]
    # In the currency's smallest unit: the plan's price and the metered messages reported so far.
    amount_due: int
    currency: str
    period_end: "Timestamp"
    next_payment_attempt: Optional["Timestamp"]


class PaymentMethodSummary(TypedDict):
    object: Literal["payment_method_summary"]
    # Stripe's payment method type.
    type: str
    brand: Optional[str]
    last4: Optional[str]
    exp_month: Optional[int]
    exp_year: Optional[int]


class CreateCheckoutSessionRequest(TypedDict):
    # A plan id from `GET /v1/plans` whose `checkout_available` is true.
    plan: str


class CheckoutSession(TypedDict):
    # Stripe's Checkout Session id (`cs_...`).
    id: str
    object: Literal["checkout_session"]
    plan: str
    # Send the person here to pay.
    url: str
    expires_at: "Timestamp"


class PortalSession(TypedDict):
    # Stripe's portal session id (`bps_...`).
    id: str
    object: Literal["portal_session"]
    # Send the person here.
    url: str


# A Stripe event as Stripe sends it (read as raw bytes; only a correctly signed one is looked at).
StripeEventEnvelope = Dict[str, Any]


class StripeWebhookReceipt(TypedDict):
    received: Literal[True]
    # This event was processed before; nothing was done again.
    duplicate: bool
    # Parley does not act on this event type, or it concerns no account of this deployment.
    ignored: bool


BulkJobId = str


# `failed`: every connection of the job is logged out, failed or deleted; its waiting recipients failed
# with `connections_unavailable`.
BulkJobStatus = Literal["scheduled", "running", "paused", "completed", "canceled", "failed"]


BulkJobRecipientStatus = Literal["pending", "queued", "skipped", "failed", "canceled"]


class _BulkJobRecipientInputRequired(TypedDict):
    # A phone number, or a WhatsApp group id (120363012345678901@g.us) to send the message to that group; one that is neither is skipped (`phone_number_invalid`), not refused. A group the connection's number is not in fails its message with `group_not_found`, as a single send does; in a job with more than one connection a group is skipped (`group_needs_single_connection`), as recipients are spread over the connections and only one in the group may write to it.
    to: str


class BulkJobRecipientInput(_BulkJobRecipientInputRequired, total=False):
    variables: "TemplateVariables"


class _BulkJobContactSelectionRequired(TypedDict):
    tags: List["ContactTag"]


class BulkJobContactSelection(_BulkJobContactSelectionRequired, total=False):
    # `any`: contacts with at least one of the tags; `all`: with every one.
    match: Literal["any", "all"]


class BulkJobCsvSource(TypedDict):
    """A CSV file of recipients, uploaded with `POST /v1/media`."""
    media_id: "MediaId"


class _CreateBulkJobRequestRequired(TypedDict):
    connection_ids: List["ConnectionId"]


class CreateBulkJobRequest(_CreateBulkJobRequestRequired, total=False):
    """Give one of `recipients`, `contacts` or `recipients_csv`, and `template` or `type` with its content field."""
    template: "TemplateReference"
    type: Literal["text", "image", "video", "audio", "document", "sticker", "location", "contact", "poll"]
    text: "TextContent"
    image: "MediaContent"
    video: "MediaContent"
    audio: "MediaContent"
    document: "MediaContent"
    sticker: "MediaContent"
    location: "LocationContent"
    contact: "ContactContent"
    poll: "PollContent"
    recipients: List["BulkJobRecipientInput"]
    contacts: "BulkJobContactSelection"
    recipients_csv: "BulkJobCsvSource"
    # Start later, at most 30 days from now; a time in the past is refused.
    send_at: str
    # At most this many messages a minute for the whole job, across all its connections, released evenly.
    # Absent or null: no cap for the job, only each connection's own `send_rate`. It never makes a
    # connection send faster than its `send_rate`, so a job over connections that are slower in total
    # goes at their pace. Set when the job is created; it cannot be changed later.
    rate: Optional[int]
    # Copied onto every message of the job, with `bulk_job_id` added.
    metadata: Dict[str, str]


class BulkJobCounts(TypedDict):
    """Each recipient counted once, by where it is now: `pending` (no message yet), `queued` (its message waits
    or is being sent), `sent`, `delivered`, `read`, `failed` (it could not be rendered, or its message
    failed or expired), `skipped`, `canceled`.
    """
    total: int
    pending: int
    queued: int
    sent: int
    delivered: int
    read: int
    failed: int
    skipped: int
    canceled: int


class BulkJob(TypedDict):
    id: "BulkJobId"
    object: Literal["bulk_job"]
    status: "BulkJobStatus"
    connection_ids: List["ConnectionId"]
    # The template the job sends (as named in the request); null for a job with content.
    template: Optional["TemplateReference"]
    # The content type of a job with content; null for a template job.
    type: Optional[str]
    send_at: "NullableTimestamp"
    # The job's cap in messages a minute across all its connections; null when only each connection's `send_rate` paces it.
    rate: Optional[int]
    metadata: Dict[str, str]
    counts: "BulkJobCounts"
    created_at: "Timestamp"
    started_at: "NullableTimestamp"
    paused_at: "NullableTimestamp"
    completed_at: "NullableTimestamp"
    canceled_at: "NullableTimestamp"


class BulkJobList(TypedDict):
    object: Literal["list"]
    data: List["BulkJob"]
    has_more: bool


# `bjr_`, the ULID of the job's id, `_` and the recipient's `position`.
BulkJobRecipientId = str


class BulkJobRecipient(TypedDict):
    id: "BulkJobRecipientId"
    object: Literal["bulk_job_recipient"]
    # Where it was in the request (0-based).
    position: int
    # As given.
    to: str
    # The line of the CSV file it was read from (1 is the header); null for other recipients.
    line: Optional[int]
    # E.164, or the group id for a group recipient; null when the number was not valid.
    phone_number: Optional[str]
    status: "BulkJobRecipientStatus"
    # Why it was skipped, failed or canceled; null otherwise.
    reason: Optional["MessageError"]
    connection_id: Optional["ConnectionId"]
    message_id: Optional["MessageId"]
    message_status: Optional["MessageStatus"]


class BulkJobRecipientList(TypedDict):
    object: Literal["list"]
    data: List["BulkJobRecipient"]
    has_more: bool


class BulkJobEventData(TypedDict):
    object: "BulkJob"


class BulkJobStartedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["bulk_job.started"]
    created_at: "Timestamp"
    data: "BulkJobEventData"


class BulkJobCompletedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["bulk_job.completed"]
    created_at: "Timestamp"
    data: "BulkJobEventData"


class BulkJobPausedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["bulk_job.paused"]
    created_at: "Timestamp"
    data: "BulkJobEventData"


class BulkJobCanceledEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["bulk_job.canceled"]
    created_at: "Timestamp"
    data: "BulkJobEventData"


class BulkJobFailedEvent(TypedDict):
    id: "EventId"
    object: Literal["event"]
    type: Literal["bulk_job.failed"]
    created_at: "Timestamp"
    data: "BulkJobEventData"


class EventList(TypedDict):
    object: Literal["list"]
    data: List["Event"]
    has_more: bool


class EventStreamMessage(TypedDict):
    """One server-sent event of `GET /v1/events/stream`: its `id:` and `event:` fields and its `data:` line,
    parsed as JSON.
    """
    # The SSE `id:` field, the event's id (`evt_...`); send the last one as `Last-Event-ID` to resume.
    id: str
    # The SSE `event:` field; the same as `data.type`.
    event: "EventType"
    data: "Event"


# Every event a webhook endpoint can receive: tell them apart by `event["type"]`.
WebhookEvent = Union[
    "ConnectionCreatedEvent",
    "ConnectionUpdatedEvent",
    "ConnectionDeletedEvent",
    "ConnectionRestartedEvent",
    "ConnectionQrEvent",
    "ConnectionConnectingEvent",
    "ConnectionConnectedEvent",
    "ConnectionDisconnectedEvent",
    "ConnectionLoggedOutEvent",
    "ConnectionFailedEvent",
    "MessageQueuedEvent",
    "MessageScheduledEvent",
    "MessageSendingEvent",
    "MessageSentEvent",
    "MessageDeliveredEvent",
    "MessageReadEvent",
    "MessageFailedEvent",
    "MessageCanceledEvent",
    "MessageExpiredEvent",
    "MessageReceivedEvent",
    "MessageReactionEvent",
    "MessageEditedEvent",
    "MessageDeletedEvent",
    "MessageReceiptUpdatedEvent",
    "PresenceUpdatedEvent",
    "CallReceivedEvent",
    "CallEndedEvent",
    "StatusReceivedEvent",
    "HistorySyncedEvent",
    "OptOutCreatedEvent",
    "OptOutDeletedEvent",
    "WebhookEndpointDisabledEvent",
    "BulkJobStartedEvent",
    "BulkJobCompletedEvent",
    "BulkJobPausedEvent",
    "BulkJobCanceledEvent",
    "BulkJobFailedEvent",
    "AccountPlanChangedEvent",
    "AccountExportReadyEvent",
    "UsageThresholdReachedEvent",
    "BillingPaymentFailedEvent",
    "GroupCreatedEvent",
    "GroupUpdatedEvent",
    "GroupParticipantsChangedEvent",
    "GroupJoinedEvent",
    "GroupLeftEvent",
    "WebhookTestEvent",
]


WebhookEventType = Literal["connection.created", "connection.updated", "connection.deleted", "connection.restarted", "connection.qr", "connection.connecting", "connection.connected", "connection.disconnected", "connection.logged_out", "connection.failed", "message.queued", "message.scheduled", "message.sending", "message.sent", "message.delivered", "message.read", "message.failed", "message.canceled", "message.expired", "message.received", "message.reaction", "message.edited", "message.deleted", "message.receipt_updated", "presence.updated", "call.received", "call.ended", "status.received", "history.synced", "opt_out.created", "opt_out.deleted", "webhook_endpoint.disabled", "bulk_job.started", "bulk_job.completed", "bulk_job.paused", "bulk_job.canceled", "bulk_job.failed", "account.plan_changed", "account.export_ready", "usage.threshold_reached", "billing.payment_failed", "group.created", "group.updated", "group.participants_changed", "group.joined", "group.left", "webhook.test"]
