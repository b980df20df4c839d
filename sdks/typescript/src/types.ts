// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
// The API's objects, one named type per schema of components/schemas.

export interface ErrorResponse {
  error: Error;
}

export interface Error {
  type: "invalid_request_error" | "authentication_error" | "permission_error" | "not_found_error" | "conflict_error" | "idempotency_error" | "rate_limit_error" | "api_error";
  /**
   * A stable, snake_case code for programs to branch on.
   */
  code: string;
  /**
   * What went wrong and what to do about it, for a person.
   */
  message: string;
  /**
   * The request field the error is about, when there is one (`a.b[0].c`).
   */
  param?: string;
  limit?: PlanLimitDetails;
  request_id: string;
}

/**
 * `test` drives the sandbox network, `live` drives real WhatsApp.
 */
export type Mode = "test" | "live";

export type Timestamp = string;

export interface AuditLogEntry {
  id: string;
  object: "audit_log_entry";
  action: string;
  actor: {
    type: "user" | "api_key" | "platform_admin";
    /**
     * The user's or the key's id.
     */
    id: string | null;
    /**
     * A user's email when the change was made.
     */
    email: string | null;
  };
  /**
   * The mode of the credential that made the change.
   */
  mode: Mode | null;
  target: {
    /**
     * What was changed, e.g. api_keys, connections.
     */
    type: string | null;
    id: string;
  } | null;
  /**
   * { field: { before, after } } for each field the change touched; secrets never appear.
   */
  changes: {
    [key: string]: {
      before: unknown;
      after: unknown;
    };
  };
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  created_at: Timestamp;
}

/**
 * The owner's credentials again, so that a session left open cannot erase the account.
 */
export interface DeleteAccountRequest {
  password: string;
  /**
   * A current two-factor code or a recovery code; required when the owner has two-factor authentication on.
   */
  otp?: string;
}

export interface AccountErasure {
  id: string;
  object: "account_erasure";
  account_id: string;
  /**
   * `pending` until the workers have erased everything.
   */
  status: "pending" | "erased";
  requested_at: Timestamp;
  erased_at: string | null;
}

export interface AccountExportFile {
  name: string;
  /**
   * Lines in the file, one object each.
   */
  records: number;
}

/**
 * An archive of the account's data: a gzipped tar whose files are JSON Lines (UTF-8, one JSON object per
 * line, `\n` between lines), each object in the shape the API returns for it, newest first. Account-wide
 * files are at the top; data that belongs to a mode is under `test/` and `live/`:
 *
 * | file | one line per | schema |
 * |---|---|---|
 * | `manifest.json` | (one JSON document: the format version, the account, the export, the files and their record counts) | |
 * | `account.jsonl` | the account | `Account` |
 * | `members.jsonl` | member | `Member` |
 * | `invitations.jsonl` | invitation | `Invitation` |
 * | `api_keys.jsonl` | API key, revoked ones too (never a secret) | `ApiKey` |
 * | `usage_thresholds.jsonl` | usage alert | `UsageThreshold` |
 * | `audit_log.jsonl` | audit log entry | `AuditLogEntry` |
 * | `<mode>/connections.jsonl` | connection | `Connection` |
 * | `<mode>/contacts.jsonl` | contact | `Contact` |
 * | `<mode>/opt_outs.jsonl` | opt-out | `OptOut` |
 * | `<mode>/chats.jsonl` | chat | `Chat` |
 * | `<mode>/messages.jsonl` | message, both directions | `Message` |
 * | `<mode>/message_revisions.jsonl` | edit or deletion of a message | `MessageRevision` |
 * | `<mode>/message_receipts.jsonl` | group participant's receipt of a message | `MessageReceipt` |
 * | `<mode>/media.jsonl` | media file's details (the files themselves are downloaded with `GET /v1/media/{id}`) | `Media` |
 * | `<mode>/templates.jsonl` | template, current version | `Template` |
 * | `<mode>/bulk_jobs.jsonl` | bulk job | `BulkJob` |
 * | `<mode>/bulk_job_recipients.jsonl` | recipient of a job, with its result | `BulkJobRecipient` |
 * | `<mode>/webhook_endpoints.jsonl` | webhook endpoint (never its secret) | `WebhookEndpoint` |
 * | `<mode>/webhook_deliveries.jsonl` | delivery of an event to an endpoint | `WebhookDelivery` |
 * | `<mode>/events.jsonl` | event | `Event` |
 * | `<mode>/usage.jsonl` | day and category of use: `{"object":"usage_day","day":"2026-12-01","category":"messages_text","quantity":12}` | |
 *
 * Every file is there, empty when there is nothing to list. The archive is read in one consistent view of
 * each mode's data.
 */
export interface AccountExport {
  id: string;
  object: "account_export";
  /**
   * `pending` while a worker builds it; `failed` when it could not be built after several tries (`failure_reason`); `expired` once deleted after `expires_at`.
   */
  status: "pending" | "ready" | "failed" | "expired";
  created_at: Timestamp;
  completed_at: string | null;
  /**
   * When the archive is deleted.
   */
  expires_at: string | null;
  /**
   * The archive's size in bytes.
   */
  size: number | null;
  /**
   * The archive's SHA-256, in hex.
   */
  sha256: string | null;
  /**
   * Empty until it is ready.
   */
  files: AccountExportFile[];
  /**
   * Where to download it while it is ready (owners and admins, signed in).
   */
  download_url: string | null;
  failure_reason: string | null;
}

export interface AccountExportList {
  object: "list";
  data: AccountExport[];
  has_more: boolean;
}

export interface AccountExportReadyEvent {
  id: EventId;
  object: "event";
  type: "account.export_ready";
  created_at: Timestamp;
  data: AccountExportEventData;
}

export interface AccountExportEventData {
  object: AccountExport;
}

export interface AuditLogList {
  object: "list";
  data: AuditLogEntry[];
  has_more: boolean;
}

export interface TwoFactorSetup {
  object: "two_factor_setup";
  /**
   * The TOTP secret (base32), to type into an authenticator app.
   */
  secret: string;
  /**
   * The same as an otpauth:// URL, for a QR code.
   */
  otpauth_url: string;
}

export interface TwoFactorEnabled {
  object: "two_factor";
  enabled: true;
  /**
   * Ten single-use codes for when the app is lost. Shown only here; Parley keeps only hashes.
   */
  recovery_codes: string[];
}

export interface TwoFactorStatus {
  object: "two_factor";
  enabled: boolean;
}

export interface TwoFactorCode {
  /**
   * A code from the app (or, to turn it off, a recovery code).
   */
  otp: string;
}

export interface UpdateAccountRequest {
  name?: string;
  require_owner_two_factor?: boolean;
}

export type UserId = string;

/**
 * What a member may do; each role may do all that the ones after it may. `viewer`: read the account's
 * data. `developer`: also change it (send messages, manage connections, contacts, templates, bulk jobs,
 * webhook endpoints, API keys, usage alerts). `admin`: also manage members, invitations and billing.
 * `owner`: also make and unmake owners. Each operation names the least role it needs (`x-parley-role`).
 */
export type MemberRole = "owner" | "admin" | "developer" | "viewer";

export interface Member {
  id: UserId;
  object: "member";
  email: string;
  email_verified: boolean;
  role: MemberRole;
  created_at: Timestamp;
}

export interface MemberList {
  object: "list";
  data: Member[];
  has_more: boolean;
}

export interface DeletedMember {
  id: UserId;
  object: "member";
  deleted: true;
}

export interface UpdateMemberRequest {
  role: MemberRole;
}

export interface CreateInvitationRequest {
  email: string;
  role: MemberRole;
}

export interface Invitation {
  id: string;
  object: "invitation";
  email: string;
  role: MemberRole;
  status: "pending" | "accepted" | "revoked" | "expired";
  /**
   * The user who sent it (null once that user is gone).
   */
  invited_by: UserId | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
}

export interface InvitationList {
  object: "list";
  data: Invitation[];
  has_more: boolean;
}

export interface AcceptInvitationRequest {
  /**
   * The token from the invitation email's link.
   */
  token: string;
  /**
   * For a new user, their password (at least 10 characters); for an address that has a user, that user's password.
   */
  password: string;
}

export interface MyAccountList {
  object: "list";
  data: Array<{
    object: "account_membership";
    account: {
      id: string;
      name: string;
      status: "active" | "suspended";
    };
    role: MemberRole;
    /**
     * The account the session is in.
     */
    current: boolean;
    joined_at: Timestamp;
  }>;
  has_more: boolean;
}

export interface SwitchAccountRequest {
  account_id: string;
}

export type ApiKeyId = string;

export interface SignupRequest {
  email: string;
  /**
   * At least 10 characters.
   */
  password: string;
  account_name: string;
}

export interface SignupResult {
  object: "signup";
  user: User;
  account: Account;
  api_key: ApiKeyWithSecret;
  session: Session;
}

export interface LoginRequest {
  email: string;
  password: string;
  /**
   * For a user with two-factor authentication on: the 6-digit code from the authenticator app (each
   * works once), or one of the recovery codes. Without it such a login gets `401 otp_required`; a wrong
   * one `401 otp_invalid`, counted like a wrong password.
   */
  otp?: string;
}

export interface User {
  id: string;
  object: "user";
  email: string;
  /**
   * The person opened the link emailed to this address at sign-up (or a password reset link).
   */
  email_verified: boolean;
  /**
   * Signing in needs a code from an authenticator app as well as the password.
   */
  two_factor_enabled: boolean;
  is_platform_admin: boolean;
  created_at: Timestamp;
}

export interface PasswordResetRequest {
  email: string;
}

export interface PasswordResetRequested {
  object: "password_reset_request";
  /**
   * The address as Parley reads it (trimmed, lower case).
   */
  email: string;
  /**
   * How long the emailed link works.
   */
  expires_in_minutes: number;
}

export interface PasswordResetConfirmation {
  /**
   * The token from the reset email's link.
   */
  token: string;
  /**
   * The new password, at least 10 characters.
   */
  password: string;
}

export interface PasswordReset {
  object: "password_reset";
  email: string;
  /**
   * The user's sessions that were signed out.
   */
  sessions_ended: number;
}

export interface EmailVerificationRequested {
  object: "email_verification_request";
  email: string;
  /**
   * How long the emailed link works.
   */
  expires_in_hours: number;
}

export interface EmailVerificationConfirmation {
  /**
   * The token from the verification email's link.
   */
  token: string;
}

export interface EmailVerification {
  object: "email_verification";
  email: string;
  verified_at: Timestamp;
}

export interface Session {
  id: string;
  object: "session";
  user: User;
  account: Account;
  role: MemberRole;
  mode: Mode;
  /**
   * Send this in the `X-CSRF-Token` header on cookie-authenticated writes.
   */
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

/**
 * A limit a plan sets.
 */
export type LimitName = "messages_per_period" | "connections" | "api_keys" | "webhook_endpoints" | "contacts" | "bulk_job_recipients" | "team_members";

export interface Plan {
  id: string;
  object: "plan";
  name: string;
  /**
   * The monthly price in the currency's smallest unit (cents); 0 for a free plan or one sold by contract.
   */
  price_monthly: number;
  currency: string;
  /**
   * Messages per billing period the price covers; beyond it, up to `limits.messages_per_period`, each is billed as it is used.
   */
  included_messages: number;
  /**
   * Whether `POST /v1/billing/checkout-sessions` sells this plan.
   */
  checkout_available: boolean;
  limits: AccountLimits;
}

export interface PlanList {
  object: "list";
  data: Plan[];
  has_more: false;
}

/**
 * A set of limits (a plan's, or those in force for an account).
 */
export interface AccountLimits {
  /**
   * Outbound messages accepted per billing period, per mode (bulk jobs included).
   */
  messages_per_period: number;
  /**
   * WhatsApp connections, per mode.
   */
  connections: number;
  /**
   * API keys not revoked, per mode.
   */
  api_keys: number;
  /**
   * Webhook endpoints, per mode.
   */
  webhook_endpoints: number;
  /**
   * Contacts, per mode.
   */
  contacts: number;
  /**
   * Recipients in one bulk job.
   */
  bulk_job_recipients: number;
  /**
   * People who are members of the account.
   */
  team_members: number;
}

/**
 * The limits the platform operator set for this account; each replaces its plan's.
 */
export interface LimitOverrides {
  messages_per_period?: number;
  connections?: number;
  api_keys?: number;
  webhook_endpoints?: number;
  contacts?: number;
  bulk_job_recipients?: number;
  team_members?: number;
}

/**
 * The current billing period (the subscription's, else the calendar month in UTC); `end` is excluded.
 */
export interface BillingPeriod {
  start: Timestamp;
  end: Timestamp;
}

export interface AdminUpdateAccountRequest {
  /**
   * A plan id from `GET /v1/plans`.
   */
  plan?: string;
  /**
   * The account's own limits; null returns one to its plan's.
   */
  limits?: {
    messages_per_period?: number | null;
    connections?: number | null;
    api_keys?: number | null;
    webhook_endpoints?: number | null;
    contacts?: number | null;
    bulk_job_recipients?: number | null;
    team_members?: number | null;
  };
}

export interface Account {
  id: string;
  object: "account";
  name: string;
  status: "active" | "suspended";
  plan: Plan;
  limits: AccountLimits;
  limit_overrides: LimitOverrides;
  period: BillingPeriod;
  /**
   * Owners must use two-factor authentication; until they turn it on their sessions can only do that.
   */
  require_owner_two_factor: boolean;
  created_at: Timestamp;
}

/**
 * The account, with the mode of the credential that asked.
 */
export interface CurrentAccount {
  id: string;
  object: "account";
  name: string;
  status: "active" | "suspended";
  plan: Plan;
  limits: AccountLimits;
  limit_overrides: LimitOverrides;
  period: BillingPeriod;
  /**
   * Owners must use two-factor authentication; until they turn it on their sessions can only do that.
   */
  require_owner_two_factor: boolean;
  created_at: Timestamp;
  mode: Mode;
}

/**
 * What a count is of. `messages_accepted_*`: outbound messages accepted, by kind (`text` is any session
 * message that is not media: text, location, contacts, poll, reaction; `template`: sent from a template;
 * `bulk`: sent by a bulk job); `messages_sent_*`: the same, once WhatsApp took them; `messages_inbound`:
 * messages and reactions received; `number_checks`: numbers looked up; `connection_days`: a connection
 * connected at some time on a UTC day counts 1 for that day.
 */
export type UsageCategory = "messages_accepted_text" | "messages_accepted_media" | "messages_accepted_template" | "messages_accepted_bulk" | "messages_sent_text" | "messages_sent_media" | "messages_sent_template" | "messages_sent_bulk" | "messages_inbound" | "number_checks" | "connection_days";

/**
 * Counts by category (every category, or the one asked for).
 */
export interface UsageTotals {
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
}

export interface UsageBucket {
  /**
   * The first day.
   */
  start: string;
  /**
   * The last day, included.
   */
  end: string;
  totals: UsageTotals;
}

export interface Usage {
  object: "usage";
  mode: Mode;
  start: string;
  end: string;
  granularity: "day" | "month";
  totals: UsageTotals;
  /**
   * One bucket per day or month of the range, oldest first, including those with nothing counted.
   */
  data: UsageBucket[];
}

export type UsageThresholdId = string;

export interface CreateUsageThresholdRequest {
  limit: LimitName;
  percent: number;
}

export interface UsageThreshold {
  id: UsageThresholdId;
  object: "usage_threshold";
  limit: LimitName;
  percent: number;
  created_at: Timestamp;
}

export interface UsageThresholdList {
  object: "list";
  /**
   * The percentages every limit alerts at.
   */
  defaults: number[];
  data: UsageThreshold[];
  has_more: false;
}

export interface DeletedUsageThreshold {
  id: UsageThresholdId;
  object: "usage_threshold";
  deleted: true;
}

/**
 * With `plan_limit_reached`: the limit, its value for the account, the use it was checked against, and the plan.
 */
export interface PlanLimitDetails {
  name: LimitName;
  value: number;
  used: number;
  plan: string;
}

/**
 * An account as the platform admins see it.
 */
export interface AdminAccount {
  id: string;
  object: "account";
  name: string;
  status: "active" | "suspended";
  plan: Plan;
  limits: AccountLimits;
  limit_overrides: LimitOverrides;
  period: BillingPeriod;
  require_owner_two_factor: boolean;
  created_at: Timestamp;
  /**
   * The account's first owner (by when they became one); null only for an account without members.
   */
  owner: AdminUserRef | null;
  member_count: number;
  usage: {
    /**
     * Outbound messages accepted in the current period, per mode, against the limit (which applies to each mode).
     */
    messages: {
      live: number;
      test: number;
      limit: number;
    };
  };
  connections: ConnectionCounts;
  /**
   * The latest of: a console sign-in (a session created), an API key used, a message sent or received,
   * in either mode. Null if none of these ever happened.
   */
  last_activity_at: Timestamp | null;
  /**
   * The latest suspension or unsuspension, with its reason; null if the account never had either.
   */
  status_change: {
    status: "active" | "suspended";
    reason: string | null;
    at: Timestamp;
    by: AdminUserRef | null;
  } | null;
}

export interface AdminAccountList {
  object: "list";
  data: AdminAccount[];
  has_more: boolean;
}

export interface AdminUserRef {
  id: string;
  email: string;
}

/**
 * Connections by status, both modes together, and their total.
 */
export interface ConnectionCounts {
  pending: number;
  qr: number;
  connecting: number;
  connected: number;
  disconnected: number;
  logged_out: number;
  failed: number;
  total: number;
}

export interface AdminSuspendAccountRequest {
  /**
   * Why, for the record; shown to platform admins, not to the account.
   */
  reason: string;
}

export interface AdminUnsuspendAccountRequest {
  reason?: string;
}

/**
 * `bulk_jobs`: `POST /v1/bulk-jobs` (default on). `live_connections`: creating live-mode connections (default on).
 */
export type FeatureName = "bulk_jobs" | "live_connections";

export interface AccountFeature {
  object: "account_feature";
  feature: FeatureName;
  description: string;
  /**
   * Whether it is on for the account now.
   */
  enabled: boolean;
  /**
   * The catalog's value, which applies until a platform admin sets one.
   */
  default: boolean;
  /**
   * The platform admin who set it; null while the default applies.
   */
  set_by: AdminUserRef | null;
  set_at: Timestamp | null;
}

export interface AccountFeatureList {
  object: "list";
  data: AccountFeature[];
}

export interface AdminSetAccountFeatureRequest {
  enabled: boolean;
}

export interface PlatformAdmin {
  /**
   * The admin's user id.
   */
  id: string;
  object: "platform_admin";
  email: string;
  /**
   * The admin configured by `ADMIN_EMAIL`: names and removes the others, and cannot be removed.
   */
  bootstrap: boolean;
  two_factor_enabled: boolean;
  added_by: AdminUserRef | null;
  /**
   * Null for the configured admin.
   */
  added_at: Timestamp | null;
}

export interface PlatformAdminList {
  object: "list";
  data: PlatformAdmin[];
}

export interface AdminAddAdminRequest {
  email: string;
}

export interface PlatformAuditLogEntry {
  id: string;
  object: "platform_audit_log_entry";
  action: string;
  actor: AdminUserRef;
  /**
   * The account changed; null for changes to the platform itself.
   */
  account_id: string | null;
  target: {
    type: string | null;
    id: string;
  } | null;
  /**
   * { field: { before, after } } for each field the change touched; secrets never appear.
   */
  changes: {
    [key: string]: {
      before: unknown;
      after: unknown;
    };
  };
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  created_at: Timestamp;
}

export interface PlatformAuditLogList {
  object: "list";
  data: PlatformAuditLogEntry[];
  has_more: boolean;
}

export interface PlatformHealth {
  object: "platform_health";
  generated_at: Timestamp;
  accounts: {
    total: number;
    /**
     * Accounts per plan id.
     */
    by_plan: {
      [key: string]: number;
    };
    /**
     * Accounts per status.
     */
    by_status: {
      [key: string]: number;
    };
  };
  /**
   * Outbound messages accepted and inbound messages received, from the daily usage totals (UTC days).
   */
  messages: {
    today: PlatformMessageCounts;
    this_month: PlatformMessageCounts;
  };
  connections: {
    by_status: ConnectionCounts;
    /**
     * Connections each worker holds a live lease on now, most first.
     */
    by_worker: Array<{
      /**
       * The worker (host:pid:tag).
       */
      worker: string;
      connections: number;
    }>;
  };
  /**
   * Delivery attempts of the last 24 hours.
   */
  webhooks: {
    attempts_24h: number;
    /**
     * Attempts answered with a 2xx.
     */
    succeeded_24h: number;
    /**
     * succeeded / attempts; null without attempts.
     */
    success_rate_24h: number | null;
  };
  backlogs: {
    webhook_deliveries_pending: number;
    emails_queued: number;
    /**
     * Messages queued or scheduled whose time has come, not yet sent.
     */
    messages_due: number;
    /**
     * Billable usage entries not yet reported to Stripe or refused.
     */
    metered_usage_unreported: number;
  };
  /**
   * Monthly recurring revenue by currency, in the smallest unit (cents); null when Stripe billing is off.
   */
  mrr: {
    /**
     * Subscriptions counted: Stripe status active or past_due.
     */
    subscriptions: number;
    /**
     * Amounts per currency code.
     */
    amounts: {
      [key: string]: number;
    };
  } | null;
}

export interface PlatformMessageCounts {
  outbound_live: number;
  outbound_test: number;
  inbound_live: number;
  inbound_test: number;
}

export interface CreateApiKeyRequest {
  name: string;
  mode: Mode;
  scope?: ApiKeyScope;
}

/**
 * What the key may do. `full` keys act with the rights of a `developer` member; `read_only` keys with those
 * of a `viewer` (they read, and get `403 insufficient_role` on any change). A read-only key suits
 * dashboards and exports.
 * @default "full"
 */
export type ApiKeyScope = "full" | "read_only";

export interface ApiKey {
  id: ApiKeyId;
  object: "api_key";
  name: string;
  mode: Mode;
  scope: ApiKeyScope;
  /**
   * The readable start of the secret.
   */
  prefix: string;
  /**
   * The last four characters of the secret.
   */
  last4: string;
  created_at: Timestamp;
  /**
   * When the key last authenticated a request (updated at most once a minute).
   */
  last_used_at: Timestamp | null;
}

export interface ApiKeyWithSecret {
  id: ApiKeyId;
  object: "api_key";
  name: string;
  mode: Mode;
  scope: ApiKeyScope;
  prefix: string;
  last4: string;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  /**
   * The whole key. Shown only in this response; Parley keeps only a hash.
   */
  secret: string;
}

export interface ApiKeyList {
  object: "list";
  data: ApiKey[];
  has_more: boolean;
}

export interface DeletedApiKey {
  id: ApiKeyId;
  object: "api_key";
  deleted: true;
}

export type ConnectionId = string;

export type NullableTimestamp = Timestamp | null;

/**
 * International form with country code; spaces, dashes and brackets are fine (`+1 415 555 0100`).
 */
export type PhoneNumber = string;

export type ConnectionStatus = "pending" | "qr" | "connecting" | "connected" | "disconnected" | "logged_out" | "failed";

export interface CreateConnectionRequest {
  name?: string;
  /**
   * Messages per minute this number sends at most, with jitter (protects it from bans).
   * @default 20
   */
  send_rate?: number;
  /**
   * Rejects every call to the number as it rings (a `call.received` event still says it came). Off by
   * default.
   * @default false
   */
  reject_calls?: boolean;
  /**
   * With `reject_calls`: a text message sent to the caller after each rejected call, through the
   * connection's queue like any message (stored, evented, paced). Null for none.
   */
  reject_call_message?: string | null;
  /**
   * How many conversations this number may start in any 24 hours: messages to people it has never
   * exchanged a message with. Past it, such messages wait (others still go); null for no limit. WhatsApp
   * bans numbers that message many strangers, so raise it slowly.
   * @default 100
   */
  new_contact_daily_limit?: number | null;
  /**
   * Receive contacts' statuses as `status.received` events. Default false.
   */
  receive_statuses?: boolean;
  /**
   * Store WhatsApp's history sync (past chats and messages) when the device links. Default false.
   */
  sync_history?: boolean;
}

export interface Connection {
  id: ConnectionId;
  object: "connection";
  name: string | null;
  mode: Mode;
  status: ConnectionStatus;
  /**
   * Why it is `failed`, `logged_out` or `disconnected`, as a stable code.
   */
  status_reason: string | null;
  /**
   * E.164, once linked.
   */
  phone_number: string | null;
  /**
   * The WhatsApp id of the linked device, once linked.
   */
  wa_jid: string | null;
  /**
   * The WhatsApp LID of the account, when known.
   */
  wa_lid: string | null;
  /**
   * The WhatsApp Web version this live connection presented when it last connected (WHATSAPP_WEB_VERSION,
   * WhatsApp's current one when Parley refreshes it, or the version Parley pins). Null until a live
   * connection first connects, and for test-mode connections (the sandbox speaks no WhatsApp Web).
   */
  whatsapp_web_version: string | null;
  send_rate: number;
  /**
   * Conversations this number may start in any 24 hours; null for no limit.
   */
  new_contact_daily_limit: number | null;
  /**
   * Set when WhatsApp refused a new chat (error 463, its reach-out timelock): until then the number starts
   * no new conversation, and messages to new people wait; people it already talks to still get theirs.
   * The pause lasts NEW_CONTACT_COOLDOWN_MINUTES (a day unless the operator changed it).
   */
  new_contacts_paused_until: NullableTimestamp;
  /**
   * Calls to the number are rejected as they ring.
   */
  reject_calls: boolean;
  /**
   * The text sent to a caller after a rejected call; null for none.
   */
  reject_call_message: string | null;
  /**
   * Contacts' statuses arrive as `status.received` events (off by default).
   */
  receive_statuses: boolean;
  /**
   * On linking, WhatsApp's history sync is stored: past chats and messages appear in the inbox, with one
   * `history.synced` event per batch (off by default). Checked as each batch arrives. The files of synced
   * media messages are downloaded afterwards (`history_media_pending` meanwhile).
   */
  sync_history: boolean;
  linked_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface ConnectionList {
  object: "list";
  data: Connection[];
  has_more: boolean;
}

export interface DeletedConnection {
  id: ConnectionId;
  object: "connection";
  deleted: true;
}

export interface ConnectionQr {
  /**
   * The string to render as a QR code.
   */
  qr: string;
  expires_at: Timestamp;
}

export interface PairingCodeRequest {
  phone_number: PhoneNumber;
}

/**
 * WhatsApp's id of a group, such as `120363012345678901@g.us` (older groups `<digits>-<digits>@g.us`).
 */
export type GroupJid = string;

export interface GroupParticipant {
  /**
   * E.164; null when WhatsApp names the participant by LID alone.
   */
  phone_number: string | null;
  /**
   * The participant's LID (`123456789@lid`) when known.
   */
  lid: string | null;
  /**
   * `superadmin` is the group's creator.
   */
  role: "member" | "admin" | "superadmin";
}

export interface Group {
  object: "group";
  id: GroupJid;
  connection_id: ConnectionId;
  subject: string;
  description: string | null;
  /**
   * The group's creator, as far as WhatsApp says.
   */
  owner: null | {
    phone_number: string | null;
    lid: string | null;
  };
  created_at: string | null;
  /**
   * Only admins may send messages.
   */
  announce: boolean;
  /**
   * Only admins may change the subject, description and settings.
   */
  locked: boolean;
  participants: GroupParticipant[];
  size: number;
  /**
   * Whether the connection's number is an admin of the group.
   */
  is_admin: boolean;
}

export interface GroupList {
  object: "list";
  data: Group[];
}

export interface GroupParticipantResult {
  /**
   * E.164.
   */
  phone_number: string;
  status: "ok" | "failed";
  /**
   * With `failed`, why.
   */
  error: null | {
    code: string;
    message: string;
  };
}

export interface GroupParticipantResults {
  object: "group_participant_results";
  group_id: GroupJid;
  action: "add" | "remove" | "promote" | "demote";
  results: GroupParticipantResult[];
}

export interface GroupCreated {
  group: Group;
  participant_results: GroupParticipantResult[];
}

export interface CreateGroupRequest {
  subject: string;
  /**
   * E.164 phone numbers to add besides the connection's own.
   */
  participants: string[];
}

export interface UpdateGroupRequest {
  subject?: string;
  description?: string | null;
  announce?: boolean;
  locked?: boolean;
}

export interface GroupParticipantsRequest {
  action: "add" | "remove" | "promote" | "demote";
  participants: string[];
}

export interface GroupInvite {
  object: "group_invite";
  group_id: GroupJid;
  code: string;
  /**
   * https://chat.whatsapp.com/<code>
   */
  url: string;
}

export interface JoinGroupRequest {
  /**
   * The code, or the whole https://chat.whatsapp.com/ link.
   */
  invite_code: string;
}

export interface GroupLeft {
  object: "group";
  id: GroupJid;
  connection_id: ConnectionId;
  left: true;
}

export interface PairingCode {
  code: string;
}

/**
 * The connected number's own profile, as people see it on WhatsApp.
 */
export interface ConnectionProfile {
  object: "connection_profile";
  connection_id: ConnectionId;
  /**
   * E.164.
   */
  phone_number: string;
  /**
   * The name people see (WhatsApp's push name); null when not set.
   */
  name: string | null;
  /**
   * The about text; null when empty.
   */
  about: string | null;
  /**
   * The profile picture, served by WhatsApp for a limited time; null when there is none.
   */
  picture_url: string | null;
}

export interface UpdateConnectionProfileRequest {
  /**
   * At most 25 characters (WhatsApp's limit).
   */
  name?: string;
  /**
   * At most 139 characters (WhatsApp's limit); empty clears it.
   */
  about?: string;
}

/**
 * Exactly one of `media_id` or `url`; a JPEG, PNG or WebP of at most 5 MB.
 */
export interface SetProfilePictureRequest {
  media_id?: MediaId;
  url?: string;
}

export interface WhatsAppBusinessProfile {
  description: string | null;
  category: string | null;
  email: string | null;
  website: string[];
  address: string | null;
}

/**
 * What WhatsApp shows a connection for a number. Read live, never stored; not to be confused with a
 * contact of Parley's address book (`/v1/contacts`).
 */
export interface WhatsAppProfile {
  object: "whatsapp_profile";
  connection_id: ConnectionId;
  /**
   * E.164.
   */
  phone_number: string;
  /**
   * The number's WhatsApp id.
   */
  wa_jid: string;
  /**
   * Its LID, when WhatsApp gives it.
   */
  wa_lid: string | null;
  /**
   * The about text; null when not set or hidden from this number.
   */
  about: string | null;
  about_set_at: NullableTimestamp;
  /**
   * The full-size picture, served by WhatsApp for a limited time; null when there is none or it is hidden from this number.
   */
  picture_url: string | null;
  /**
   * A small preview of the picture.
   */
  picture_preview_url: string | null;
  /**
   * Business details of a WhatsApp Business account; null for others.
   */
  business: WhatsAppBusinessProfile | null;
}

export interface BlockedNumber {
  object: "blocked_number";
  connection_id: ConnectionId;
  /**
   * E.164; null when WhatsApp names the number by LID only and its number is not known.
   */
  phone_number: string | null;
  wa_lid: string | null;
  blocked: boolean;
}

export interface Blocklist {
  object: "blocklist";
  connection_id: ConnectionId;
  data: BlockedNumber[];
}

export interface BlockNumberRequest {
  phone_number: PhoneNumber;
}

export interface LidMapping {
  object: "lid_mapping";
  connection_id: ConnectionId;
  lid: string;
  /**
   * E.164.
   */
  phone_number: string;
}

export type OptOutId = string;

export interface CreateOptOutRequest {
  phone_number: PhoneNumber;
}

export interface OptOut {
  id: OptOutId;
  object: "opt_out";
  /**
   * E.164.
   */
  phone_number: string;
  /**
   * `api`: added through the API or console; `keyword`: the person replied with a STOP-style keyword.
   */
  source: "api" | "keyword";
  /**
   * The keyword the person sent, when `source` is `keyword`.
   */
  keyword: string | null;
  /**
   * The connection the keyword reached, when `source` is `keyword`.
   */
  connection_id: ConnectionId | null;
  created_at: Timestamp;
}

export interface OptOutList {
  object: "list";
  data: OptOut[];
  has_more: boolean;
}

export interface DeletedOptOut {
  id: OptOutId;
  object: "opt_out";
  deleted: true;
}

export type WebhookEndpointId = string;

/**
 * An http or https URL without user name or password, whose host resolves to public addresses only
 * (unless the operator set `WEBHOOK_ALLOW_PRIVATE_NETWORKS=true`; test-mode endpoints may also point at
 * the server's own machine where `WEBHOOK_ALLOW_LOOPBACK_IN_TEST_MODE` allows it, the default on the
 * embedded database).
 */
export type WebhookUrl = string;

/**
 * The event types to deliver (see `EventType`; an unknown one is refused with 400 naming it), or exactly
 * `["*"]` for every type, including types added later.
 */
export type WebhookEventSelection = string[];

/**
 * `whsec_` and the base64 key; pass it whole to the svix or Standard Webhooks libraries to verify deliveries.
 */
export type WebhookSecret = string;

export interface CreateWebhookEndpointRequest {
  url: WebhookUrl;
  events: WebhookEventSelection;
  description?: string | null;
  /**
   * @default true
   */
  enabled?: boolean;
}

export interface UpdateWebhookEndpointRequest {
  url?: WebhookUrl;
  events?: WebhookEventSelection;
  description?: string | null;
  enabled?: boolean;
}

export interface WebhookEndpoint {
  id: WebhookEndpointId;
  object: "webhook_endpoint";
  url: string;
  description: string | null;
  events: Array<EventType | "*">;
  /**
   * A disabled endpoint is kept, with its secret, but receives no deliveries.
   */
  enabled: boolean;
  /**
   * Why Parley disabled the endpoint: `endpoint_gone` (it answered 410 Gone) or `endpoint_failing` (every
   * attempt failed for 5 days). Null while enabled, or when it was disabled with PATCH.
   */
  disabled_reason: ("endpoint_gone" | "endpoint_failing") | null;
  /**
   * The first failed attempt since the endpoint last answered 2xx; null while it succeeds.
   */
  failing_since: NullableTimestamp;
  /**
   * Only in the answer to create; afterwards read it with `GET /v1/webhook-endpoints/{id}/secret`.
   */
  secret?: WebhookSecret;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WebhookEndpointList {
  object: "list";
  data: WebhookEndpoint[];
  has_more: boolean;
}

export interface DeletedWebhookEndpoint {
  id: WebhookEndpointId;
  object: "webhook_endpoint";
  deleted: true;
}

export interface WebhookEndpointSecret {
  object: "webhook_endpoint_secret";
  endpoint_id: WebhookEndpointId;
  secret: WebhookSecret;
  /**
   * The secret before the last rotation, while deliveries are still signed with it too.
   */
  previous_secret: WebhookSecret | null;
  /**
   * When `previous_secret` stops being used.
   */
  previous_secret_expires_at: NullableTimestamp;
}

export type WebhookDeliveryId = string;

export type WebhookAttemptId = string;

/**
 * `pending`: an attempt is due, under way or scheduled to retry; `succeeded`: the endpoint answered 2xx;
 * `failed`: every attempt of the schedule failed, or the endpoint was disabled.
 */
export type WebhookDeliveryStatus = "pending" | "succeeded" | "failed";

export interface WebhookDelivery {
  id: WebhookDeliveryId;
  object: "webhook_delivery";
  endpoint_id: WebhookEndpointId;
  /**
   * The event delivered; also the `webhook-id` header of every attempt.
   */
  event_id: EventId;
  event_type: EventType;
  status: WebhookDeliveryStatus;
  /**
   * Attempts made so far, retries included.
   */
  attempt_count: number;
  /**
   * When the next attempt starts, while `pending`.
   */
  next_attempt_at: NullableTimestamp;
  last_attempt_at: NullableTimestamp;
  /**
   * The HTTP status of the last attempt; null if it got no answer.
   */
  last_status_code: number | null;
  /**
   * Why the last attempt failed, in words; null after a success.
   */
  last_error: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WebhookDeliveryList {
  object: "list";
  data: WebhookDelivery[];
  has_more: boolean;
}

export interface WebhookAttempt {
  id: WebhookAttemptId;
  object: "webhook_attempt";
  delivery_id: WebhookDeliveryId;
  endpoint_id: WebhookEndpointId;
  /**
   * The URL called.
   */
  url: string;
  attempted_at: Timestamp;
  /**
   * The HTTP status answered; null when there was no answer (see `error`).
   */
  status_code: number | null;
  /**
   * From the start of the request to the answer or the error.
   */
  latency_ms: number;
  /**
   * The first 1 KB of the answer's body, as text; null when there was no answer.
   */
  response_body: string | null;
  /**
   * Why the attempt failed without a 2xx: a network error, a timeout, a refused address or the status.
   */
  error: string | null;
}

export interface WebhookAttemptList {
  object: "list";
  data: WebhookAttempt[];
  has_more: boolean;
}

export interface WebhookDeliveryRetry {
  object: "webhook_delivery_retry";
  previous_status: WebhookDeliveryStatus;
  /**
   * What the retry does, in words; it says when the delivery had already succeeded.
   */
  message: string;
  delivery: WebhookDelivery;
}

export interface RecoverWebhookEndpointRequest {
  /**
   * Redeliver failed deliveries of events created at or after this time; at most 30 days ago.
   */
  since: Timestamp;
}

export interface WebhookRecovery {
  object: "webhook_recovery";
  endpoint_id: WebhookEndpointId;
  since: Timestamp;
  /**
   * How many failed deliveries were queued again.
   */
  requeued: number;
}

export interface WebhookTest {
  object: "webhook_test";
  endpoint_id: WebhookEndpointId;
  message: string;
}

export interface ContactCheckRequest {
  connection_id: ConnectionId;
  phone_numbers: string[];
}

export interface ContactCheck {
  object: "contact_check";
  connection_id: ConnectionId;
  results: ContactCheckResult[];
}

export interface ContactCheckResult {
  /**
   * The number as given.
   */
  input: string;
  /**
   * The number in E.164 form; null when `invalid`.
   */
  phone_number: string | null;
  status: "on_whatsapp" | "not_on_whatsapp" | "invalid";
  /**
   * The number's WhatsApp id when it is on WhatsApp.
   */
  wa_jid: string | null;
}

export type ContactId = string;

export type ContactName = string;

/**
 * Not blank, and without `;` or `|` (the CSV import's tag separators). Surrounding spaces are trimmed.
 */
export type ContactTag = string;

/**
 * At most 50; a tag given twice is kept once, in the order first given.
 */
export type ContactTags = ContactTag[];

/**
 * Your own string values by name: at most 50 keys of up to 64 characters, values up to 500.
 */
export interface ContactAttributes {
  [key: string]: string;
}

export interface CreateContactRequest {
  phone_number: PhoneNumber;
  name?: ContactName;
  attributes?: ContactAttributes;
  tags?: ContactTags;
}

export interface UpdateContactRequest {
  phone_number?: PhoneNumber;
  name?: ContactName | null;
  /**
   * Merged into the contact's attributes; `null` or `""` removes a key.
   */
  attributes?: {
    [key: string]: string | null;
  };
  tags?: ContactTags;
}

export interface Contact {
  id: ContactId;
  object: "contact";
  /**
   * E.164.
   */
  phone_number: string;
  name: string | null;
  attributes: {
    [key: string]: string;
  };
  tags: string[];
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ContactList {
  object: "list";
  data: Contact[];
  has_more: boolean;
}

export interface DeletedContact {
  id: ContactId;
  object: "contact";
  deleted: true;
}

export interface ContactImportRequest {
  /**
   * Rows to upsert. Each row's fields are checked one by one, so a bad value is reported in the answer's
   * `invalid` (with its `index`) instead of refusing the whole import; only a row that is not an object
   * with a string `phone_number` refuses it.
   */
  contacts: Array<{
    phone_number: string;
    [key: string]: unknown;
  }>;
}

export interface ContactImport {
  object: "contact_import";
  format: "csv" | "json";
  /**
   * Data rows read (for a CSV, not counting the header and empty lines).
   */
  rows: number;
  created: number;
  /**
   * Existing contacts that the import changed.
   */
  updated: number;
  /**
   * Valid rows that matched an existing contact exactly.
   */
  unchanged: number;
  /**
   * One entry per row that was not imported, in file order.
   */
  invalid: ContactImportRowError[];
}

export interface ContactImportRowError {
  /**
   * For a CSV, the physical line the row starts on (line 1 is the header); null for JSON.
   */
  line: number | null;
  /**
   * The row's position among the data rows (the JSON `contacts` index), from 0.
   */
  index: number;
  code: "phone_number_missing" | "phone_number_invalid" | "duplicate_phone_number" | "name_invalid" | "attributes_invalid" | "tags_invalid" | "row_invalid";
  /**
   * What is wrong with the row, for a person.
   */
  reason: string;
}

export interface SandboxScanRequest {
  phone_number?: PhoneNumber;
}

export interface SandboxConfirmCodeRequest {
  /**
   * The code, with or without its dash.
   */
  code: string;
}

/**
 * `connection.state` opens the stream with the connection as it is; every other type is the event of the
 * same name (see `webhooks`), sent when it happens.
 */
export type ConnectionStreamEventType = "connection.state" | "connection.updated" | "connection.deleted" | "connection.restarted" | "connection.qr" | "connection.connecting" | "connection.connected" | "connection.disconnected" | "connection.logged_out" | "connection.failed";

/**
 * The `data` of one message of `GET /v1/connections/{id}/events`.
 */
export interface ConnectionStreamEvent {
  type: ConnectionStreamEventType;
  connection: Connection;
  /**
   * The QR code to scan, while the connection's status is `qr` and the code has not expired.
   */
  qr?: ConnectionQr;
}

/**
 * One server-sent event of `GET /v1/connections/{id}/events`: its `event:` field and its `data:` line,
 * parsed as JSON. These messages carry no `id:`.
 */
export interface ConnectionStreamMessage {
  /**
   * The SSE `event:` field; the same as `data.type`.
   */
  event: ConnectionStreamEventType;
  data: ConnectionStreamEvent;
}

export type MessageId = string;

export type MediaId = string;

export type ChatId = string;

export type MessageType = "text" | "image" | "video" | "audio" | "document" | "sticker" | "location" | "contact" | "reaction" | "poll";

export type MessageDirection = "outbound" | "inbound";

/**
 * Outbound: `scheduled` → `queued` → `sending` → `sent` → `delivered` → `read`, or `failed`, `canceled`,
 * `expired`. Inbound messages are `received`.
 */
export type MessageStatus = "scheduled" | "queued" | "sending" | "sent" | "delivered" | "read" | "failed" | "canceled" | "expired" | "received";

export interface TextContent {
  body: string;
}

/**
 * Exactly one of `media_id` (an upload) or `url` (http or https; Parley fetches it when the message is
 * accepted, at most 100 MB, never from private networks). Limits per type: image JPEG/PNG/WebP ≤ 5 MB;
 * video MP4/3GPP ≤ 16 MB; audio AAC/MP4/MPEG/AMR/OGG ≤ 16 MB; sticker WebP ≤ 500 KB; document any type
 * ≤ 100 MB.
 */
export interface MediaContent {
  media_id?: MediaId;
  url?: string;
  /**
   * image, video and document only.
   */
  caption?: string;
  /**
   * document only; defaults to the upload's name.
   */
  filename?: string;
  /**
   * audio only: play as a voice note (OGG/Opus is best).
   */
  voice_note?: boolean;
}

export interface LocationContent {
  latitude: number;
  longitude: number;
  name?: string;
  address?: string;
}

export interface ContactCard {
  name: string;
  phone_numbers: PhoneNumber[];
  email?: string;
  organization?: string;
}

export interface ContactContent {
  contacts: ContactCard[];
}

export interface ReactionContent {
  message_id: MessageId;
  /**
   * One emoji; an empty string removes the reaction.
   */
  emoji: string;
}

export interface PollContent {
  question: string;
  options: string[];
  /**
   * @default 1
   */
  selectable_count?: number;
}

export interface CreateMessageRequest {
  connection_id: ConnectionId;
  /**
   * The recipient: a phone number in international form, or a group's id (`120363012345678901@g.us`, see
   * GET /v1/connections/{id}/groups) to post in a group the connection's number is in. Every content type,
   * mentions of participants and replies work in groups.
   */
  to: unknown;
  /**
   * The content field to fill. Required unless `template` is given; leave it out then.
   */
  type?: MessageType;
  /**
   * Send a template instead of content: give `template` and `variables` and leave out `type` and the
   * content fields. The template's current version is rendered (see the Templates section) and the
   * message records it (`template` on the message). A template of another account or mode, or a deleted
   * one, answers 404.
   */
  template?: TemplateReference;
  /**
   * The template's variables; only with `template`.
   */
  variables?: TemplateVariables;
  text?: TextContent;
  image?: MediaContent;
  video?: MediaContent;
  audio?: MediaContent;
  document?: MediaContent;
  sticker?: MediaContent;
  location?: LocationContent;
  contact?: ContactContent;
  reaction?: ReactionContent;
  poll?: PollContent;
  /**
   * A message of the same chat to quote.
   */
  reply_to?: MessageId;
  /**
   * Numbers to mention (text and captions); write `@` and the number's digits in the text.
   */
  mentions?: PhoneNumber[];
  /**
   * Send later, at most 30 days from now; a time in the past is refused.
   */
  send_at?: string;
  /**
   * Your own key-value pairs, returned with the message and its events.
   */
  metadata?: {
    [key: string]: string;
  };
}

export interface MessageError {
  /**
   * Stable. Outbound (the message failed or expired): `recipient_not_on_whatsapp`,
   * `recipient_opted_out`, `recipient_blocked` (the connection's number blocked them), `connection_logged_out`, `connection_failed`, `media_fetch_failed`,
   * `whatsapp_rate_limited` (WhatsApp's error 463: too many new chats), `whatsapp_rejected`, `expired`,
   * `send_failed`. Inbound (the message was received, its file was not kept, and it is listed as
   * `unsupported`): `media_too_large` (larger than `MEDIA_MAX_BYTES`; not downloaded,
   * or stopped at the limit), `media_download_failed` (WhatsApp's media host did not give the file within
   * `MEDIA_FETCH_TIMEOUT_MS`, or it did not decrypt); for a message of synced history,
   * `history_media_pending` (its file is being downloaded after the batch) and `history_media_not_synced`
   * (the sync gave nothing to download it from).
   */
  code: string;
  message: string;
}

export interface MediaInfo {
  media_id: MediaId;
  mime_type: string;
  size: number;
  filename: string | null;
  caption: string | null;
  voice_note: boolean;
}

/**
 * The content field named by `type` holds the content (`text`, `image`, ...). An inbound message of a
 * kind Parley does not read yet has `type: unsupported` and no content. So does an inbound media message
 * whose file Parley did not keep; its `error` says why (`media_too_large`, `media_download_failed`).
 */
export interface Message {
  id: MessageId;
  object: "message";
  connection_id: ConnectionId;
  chat_id: ChatId | null;
  direction: MessageDirection;
  type: "text" | "image" | "video" | "audio" | "document" | "sticker" | "location" | "contact" | "reaction" | "poll" | "unsupported";
  status: MessageStatus;
  /**
   * E.164. For outbound messages, the connection's number once linked.
   */
  from: string | null;
  /**
   * The sender's WhatsApp LID (inbound), when known.
   */
  from_lid?: string | null;
  /**
   * E.164, or the group's id (`120363…@g.us`) for a group message.
   */
  to: string | null;
  /**
   * Present on group messages only: the group's id. On an inbound group message `from` and `from_lid`
   * name the participant who sent it.
   */
  group_id?: unknown;
  /**
   * Present on messages sent to a group only: how many participants the message went to, and how many
   * have it and have read it. Each participant's receipt: `GET /v1/messages/{id}/receipts`.
   */
  receipts?: unknown;
  text?: TextContent;
  image?: MediaInfo;
  video?: MediaInfo;
  audio?: MediaInfo;
  document?: MediaInfo;
  sticker?: MediaInfo;
  location?: LocationContent;
  contact?: ContactContent;
  reaction?: ReactionContent;
  poll?: PollContent;
  reply_to: MessageId | null;
  mentions: string[];
  metadata: {
    [key: string]: string;
  };
  send_at: NullableTimestamp;
  /**
   * WhatsApp's id of the message.
   */
  wa_message_id: string | null;
  /**
   * Why an outbound message failed or expired, or why an inbound media message came without its file; null otherwise.
   */
  error: MessageError | null;
  created_at: Timestamp;
  sent_at: NullableTimestamp;
  delivered_at: NullableTimestamp;
  read_at: NullableTimestamp;
  failed_at: NullableTimestamp;
  canceled_at: NullableTimestamp;
  expired_at: NullableTimestamp;
  received_at: NullableTimestamp;
  /**
   * When the message's text was last edited (by this connection or by the contact); its revisions keep the earlier texts.
   */
  edited_at: NullableTimestamp;
  /**
   * When the message was deleted (see `deleted_for`); its content is removed then.
   */
  deleted_at: NullableTimestamp;
  /**
   * `everyone`: deleted on WhatsApp by its sender (this connection or the contact); `me`: hidden in Parley only. Null while not deleted.
   */
  deleted_for: ("everyone" | "me") | null;
  /**
   * The template version the message was rendered from; null for other messages.
   */
  template?: MessageTemplate | null;
  /**
   * The bulk job that sent the message; null for other messages.
   */
  bulk_job_id?: BulkJobId | null;
}

export type TemplateId = string;

/**
 * Lowercase letters, digits and `_`, like WhatsApp's template names.
 */
export type TemplateName = string;

/**
 * A language code, optionally with a region (`en`, `en_US`, `pt_BR`).
 */
export type TemplateLanguage = string;

export type TemplateCategory = "marketing" | "utility" | "authentication";

/**
 * The message text, with `{{variables}}`.
 */
export type TemplateBody = string;

export type TemplateFooter = string;

/**
 * `text` needs `text` (at most 60 characters; may use variables). `image`, `video` and `document` need
 * exactly one of `media_id` (an upload) or `url` (fetched when the template is saved); `filename` is for
 * documents only.
 */
export interface TemplateHeaderInput {
  type: "text" | "image" | "video" | "document";
  text?: string;
  media_id?: MediaId;
  url?: string;
  filename?: string;
}

export interface TemplateHeaderMedia {
  media_id: MediaId;
  mime_type: string;
  size: number;
  filename: string | null;
}

export interface TemplateHeader {
  type: "text" | "image" | "video" | "document";
  /**
   * The header text (type `text`).
   */
  text: string | null;
  /**
   * The header file (media types).
   */
  media: TemplateHeaderMedia | null;
}

/**
 * `quick_reply` (just `text`), `url` (with `url`, which may use variables) or `phone_number` (with
 * `phone_number`). Rendered as text lines; see the Templates section.
 */
export interface TemplateButton {
  type: "quick_reply" | "url" | "phone_number";
  text: string;
  url?: string;
  phone_number?: PhoneNumber;
}

export type TemplateButtons = TemplateButton[];

/**
 * A value for every variable the template uses, and no others.
 */
export interface TemplateVariables {
  [key: string]: string | number;
}

export interface CreateTemplateRequest {
  name: TemplateName;
  language: TemplateLanguage;
  category: TemplateCategory;
  body: TemplateBody;
  header?: TemplateHeaderInput;
  footer?: TemplateFooter;
  buttons?: TemplateButtons;
}

export interface UpdateTemplateRequest {
  category?: TemplateCategory;
  body?: TemplateBody;
  header?: TemplateHeaderInput | null;
  footer?: TemplateFooter | null;
  buttons?: TemplateButtons;
}

export interface Template {
  id: TemplateId;
  object: "template";
  name: TemplateName;
  language: TemplateLanguage;
  category: TemplateCategory;
  /**
   * Starts at 1; each edit stores the next.
   */
  version: number;
  body: string;
  header: TemplateHeader | null;
  footer: string | null;
  buttons: TemplateButton[];
  /**
   * The variables the template uses, in order of first use.
   */
  variables: string[];
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TemplateList {
  object: "list";
  data: Template[];
  has_more: boolean;
}

export interface DeletedTemplate {
  id: TemplateId;
  object: "template";
  deleted: true;
}

export interface RenderTemplateRequest {
  variables?: TemplateVariables;
  /**
   * A stored version to render; the current one by default.
   */
  version?: number;
}

/**
 * A template definition as `POST /v1/templates` takes it (only `body` is required here) and the values
 * to render it with.
 */
export interface PreviewTemplateRequest {
  name?: TemplateName;
  language?: TemplateLanguage;
  category?: TemplateCategory;
  body: TemplateBody;
  header?: TemplateHeaderInput;
  footer?: TemplateFooter;
  buttons?: TemplateButtons;
  variables?: TemplateVariables;
  /**
   * While writing: a variable without a value renders as `{{name}}`, and values the definition does not
   * use are ignored. Without it, every variable needs a value and no other may be given, as in a send.
   * @default false
   */
  placeholders?: boolean;
}

/**
 * The template and the version of it a message was rendered from.
 */
export interface MessageTemplate {
  id: TemplateId;
  version: number;
}

/**
 * `type` names the content field that is present, exactly as on the Message a send would create (a
 * preview of a header given by `url` has none: the file is fetched only when the template is saved).
 */
export interface TemplateRendering {
  object: "template_rendering";
  /**
   * The template and version rendered; null for a preview of an unsaved definition.
   */
  template: MessageTemplate | null;
  type: "text" | "image" | "video" | "document";
  /**
   * The variables the template uses, in order of first use.
   */
  variables: string[];
  /**
   * The text the person reads: the message body, or the caption.
   */
  rendered_text: string;
  text?: TextContent;
  image?: MediaInfo;
  video?: MediaInfo;
  document?: MediaInfo;
}

/**
 * A template by `id`, or by `name` and `language` (both); not both ways at once (`400 parameter_conflict`,
 * or `400 parameter_missing` for a name without its language).
 */
export interface TemplateReference {
  id?: TemplateId;
  name?: TemplateName;
  language?: TemplateLanguage;
}

export interface EditMessageRequest {
  /**
   * The message's new text.
   */
  text: string;
}

export type MessageRevisionId = string;

/**
 * One change to a message after it was sent or received.
 */
export interface MessageRevision {
  id: MessageRevisionId;
  object: "message_revision";
  message_id: MessageId;
  action: "edited" | "deleted";
  /**
   * `connection`: through Parley (this connection's number); `contact`: the other party, on WhatsApp.
   */
  by: "connection" | "contact";
  /**
   * The text (or caption) before an edit; null for a deletion, and once the message is deleted.
   */
  previous_text: string | null;
  /**
   * The text (or caption) after an edit; null for a deletion, and once the message is deleted.
   */
  text: string | null;
  created_at: Timestamp;
}

export type MessageReceiptId = string;

/**
 * One group participant's receipt of a message this connection sent to the group.
 */
export interface MessageReceipt {
  id: MessageReceiptId;
  object: "message_receipt";
  message_id: MessageId;
  /**
   * The participant, by phone number and LID (either may be null when WhatsApp did not say).
   */
  participant: {
    phone_number: string | null;
    lid: string | null;
  };
  /**
   * When the message reached the participant's phone.
   */
  delivered_at: NullableTimestamp;
  /**
   * When the participant read it (played, for a voice note). Null while unread, or when the participant turned read receipts off.
   */
  read_at: NullableTimestamp;
  updated_at: Timestamp;
  /**
   * In `message.receipt_updated` events only: the message's counts once this receipt counted.
   */
  summary?: unknown;
}

/**
 * How far a group message got. The message's `status` becomes `delivered` (`read`) once `delivered` (`read`) reaches `recipients`.
 */
export interface MessageReceiptSummary {
  /**
   * How many participants the message went to (the group's members but this number); null until the first receipt tells.
   */
  recipients: number | null;
  /**
   * Participants whose phone has the message.
   */
  delivered: number;
  /**
   * Participants who read it.
   */
  read: number;
}

export interface MessageReceiptList {
  object: "list";
  data: MessageReceipt[];
  has_more: boolean;
}

export interface MessageRevisionList {
  object: "list";
  data: MessageRevision[];
  has_more: boolean;
}

export interface MessageList {
  object: "list";
  data: Message[];
  has_more: boolean;
}

export interface Media {
  id: MediaId;
  object: "media";
  mime_type: string;
  /**
   * Bytes.
   */
  size: number;
  filename: string | null;
  /**
   * Hex digest of the content.
   */
  sha256: string;
  source: "upload" | "url" | "inbound";
  created_at: Timestamp;
}

export interface Chat {
  id: ChatId;
  object: "chat";
  connection_id: ConnectionId;
  /**
   * The other party, E.164, when known.
   */
  phone_number: string | null;
  /**
   * The other party's WhatsApp LID, when known.
   */
  wa_lid: string | null;
  /**
   * Present on a group's chat only (its `phone_number` and `wa_lid` are then null); the group's id.
   */
  group_id?: unknown;
  /**
   * The name the other party set on WhatsApp, when known.
   */
  name: string | null;
  last_message: Message | null;
  last_message_at: NullableTimestamp;
  /**
   * Messages received since the chat was last marked read.
   */
  unread_count: number;
  created_at: Timestamp;
}

export interface ChatList {
  object: "list";
  data: Chat[];
  has_more: boolean;
}

export interface SandboxInboundRequest {
  connection_id: ConnectionId;
  from: PhoneNumber;
  /**
   * The name the simulated person set on WhatsApp.
   */
  name?: string;
  type: MessageType;
  text?: TextContent;
  image?: MediaContent;
  video?: MediaContent;
  audio?: MediaContent;
  document?: MediaContent;
  sticker?: MediaContent;
  location?: LocationContent;
  contact?: ContactContent;
  reaction?: ReactionContent;
  poll?: PollContent;
  reply_to?: MessageId;
}

export interface UpdateConnectionRequest {
  name?: string | null;
  /**
   * Messages per minute this number sends at most, with jitter.
   */
  send_rate?: number;
  /**
   * How many conversations this number may start in any 24 hours: messages to people it has never
   * exchanged a message with. Past it, such messages wait (others still go); null for no limit. WhatsApp
   * bans numbers that message many strangers, so raise it slowly.
   */
  new_contact_daily_limit?: number | null;
  /**
   * Ends a pause after error 463 now, instead of when it runs out. Only null is accepted.
   */
  new_contacts_paused_until?: null;
  /**
   * Rejects every call to the number as it rings (a `call.received` event still says it came). Off by
   * default.
   */
  reject_calls?: boolean;
  /**
   * With `reject_calls`: a text message sent to the caller after each rejected call, through the
   * connection's queue like any message (stored, evented, paced). Null for none.
   */
  reject_call_message?: string | null;
  /**
   * Receive contacts' statuses as `status.received` events.
   */
  receive_statuses?: boolean;
  /**
   * Store WhatsApp's history sync (past chats and messages) when the device links.
   */
  sync_history?: boolean;
}

export interface Health {
  status: "ok";
}

export interface Readiness {
  status: "ok" | "unavailable";
  checks: {
    [key: string]: "ok" | "failing" | "not_configured";
  };
}

export type EventId = string;

/**
 * Every event type Parley writes; each has an entry under `webhooks` with its payload.
 */
export type EventType = "connection.created" | "connection.updated" | "connection.deleted" | "connection.restarted" | "connection.qr" | "connection.connecting" | "connection.connected" | "connection.disconnected" | "connection.logged_out" | "connection.failed" | "message.queued" | "message.scheduled" | "message.sending" | "message.sent" | "message.delivered" | "message.read" | "message.failed" | "message.canceled" | "message.expired" | "message.received" | "message.reaction" | "message.edited" | "message.deleted" | "message.receipt_updated" | "presence.updated" | "call.received" | "call.ended" | "status.received" | "history.synced" | "opt_out.created" | "opt_out.deleted" | "webhook_endpoint.disabled" | "bulk_job.started" | "bulk_job.completed" | "bulk_job.paused" | "bulk_job.canceled" | "bulk_job.failed" | "account.plan_changed" | "account.export_ready" | "usage.threshold_reached" | "billing.payment_failed" | "group.created" | "group.updated" | "group.participants_changed" | "group.joined" | "group.left" | "webhook.test";

export interface ConnectionEventData {
  object: Connection;
}

export interface MessageEventData {
  object: Message;
}

export interface WebhookEndpointEventData {
  object: WebhookEndpoint;
}

export interface WebhookTestEventData {
  object: WebhookTest;
}

export interface OptOutEventData {
  object: OptOut;
}

export interface MessageReceiptUpdatedEvent {
  id: EventId;
  object: "event";
  type: "message.receipt_updated";
  created_at: Timestamp;
  data: MessageReceiptEventData;
}

export interface MessageReceiptEventData {
  object: MessageReceipt;
}

export interface PresenceUpdatedEvent {
  id: EventId;
  object: "event";
  type: "presence.updated";
  created_at: Timestamp;
  data: PresenceEventData;
}

export interface CallEndedEvent {
  id: EventId;
  object: "event";
  type: "call.ended";
  created_at: Timestamp;
  data: CallEventData;
}

export interface CallReceivedEvent {
  id: EventId;
  object: "event";
  type: "call.received";
  created_at: Timestamp;
  data: CallEventData;
}

export interface PresenceEventData {
  object: Presence;
}

export interface CallEventData {
  object: Call;
}

/**
 * `typing` shows "typing…", `recording` shows "recording audio…", `paused` clears either.
 */
export type ChatState = "typing" | "recording" | "paused";

export interface ChatPresenceRequest {
  state: ChatState;
  /**
   * Seconds after which Parley sends `paused` by itself. Not allowed with `paused`.
   */
  duration?: number;
}

export interface ChatPresence {
  object: "chat_presence";
  chat_id: ChatId;
  connection_id: ConnectionId;
  state: ChatState;
  /**
   * When Parley clears the state (with `duration`); null when it lasts until changed.
   */
  expires_at: NullableTimestamp;
}

export interface PresenceSubscription {
  object: "presence_subscription";
  chat_id: ChatId;
  connection_id: ConnectionId;
  /**
   * The contact followed, E.164.
   */
  phone_number: string | null;
  /**
   * The contact's WhatsApp LID, when known.
   */
  wa_lid: string | null;
}

export type Availability = "online" | "offline";

export interface ConnectionPresenceRequest {
  availability: Availability;
}

export interface ConnectionPresence {
  object: "connection_presence";
  connection_id: ConnectionId;
  availability: Availability;
}

/**
 * `available` (online; also what WhatsApp reports when someone stops typing), `unavailable` (offline),
 * `typing`, `recording` (a voice note), `paused`.
 */
export type PresenceState = "available" | "unavailable" | "typing" | "recording" | "paused";

/**
 * A contact's presence, as WhatsApp reported it to a connection subscribed to it.
 */
export interface Presence {
  object: "presence";
  connection_id: ConnectionId;
  /**
   * The connection's chat with the contact, when there is one.
   */
  chat_id: ChatId | null;
  /**
   * E.164, when known.
   */
  phone_number: string | null;
  /**
   * The contact's WhatsApp LID, when WhatsApp named them by it.
   */
  wa_lid: string | null;
  /**
   * Present on a participant's chat state in a group only (typing, recording, paused): the group's id.
   * `chat_id` is then the group's chat, and `phone_number` / `wa_lid` name the participant. WhatsApp
   * reports these once the connection follows the group's presence (`POST /v1/chats/{id}/presence/subscribe`
   * on the group's chat).
   */
  group_id?: unknown;
  state: PresenceState;
  /**
   * When the contact was last online, when WhatsApp says (their privacy settings may hide it).
   */
  last_seen_at: NullableTimestamp;
  updated_at: Timestamp;
}

/**
 * A call someone placed to a connection's number.
 */
export interface Call {
  /**
   * WhatsApp's id of the call.
   */
  id: string;
  object: "call";
  connection_id: ConnectionId;
  /**
   * The connection's chat with the caller, when there is one.
   */
  chat_id: ChatId | null;
  /**
   * The caller's number, E.164, when known.
   */
  from: string | null;
  /**
   * The caller's WhatsApp LID, when WhatsApp named them by it.
   */
  from_lid: string | null;
  /**
   * A video call (else voice).
   */
  video: boolean;
  /**
   * The call rang while the connection was offline and has ended; such calls are not rejected.
   */
  offline: boolean;
  /**
   * Parley rejected it (the connection's `reject_calls`).
   */
  rejected: boolean;
  /**
   * The message sent to the caller after rejecting (`reject_call_message`), an ordinary outbound message;
   * null when none was sent (no message set, the caller is known by LID only, or the send was refused,
   * e.g. by the plan's message limit).
   */
  reply_message_id: MessageId | null;
  received_at: Timestamp;
  /**
   * In `call.ended` events only, when the call ended.
   */
  ended_at?: unknown;
  /**
   * In `call.ended` events only. `rejected`: by Parley (`reject_calls`) or on one of the number's devices;
   * `missed`: nobody answered (it rang out, or the caller hung up first); `answered`: taken on one of the
   * number's devices (the phone), then hung up.
   */
  end_reason?: "rejected" | "missed" | "answered";
}

export interface SandboxCallEndRequest {
  /**
   * How the simulated call ends.
   */
  reason: "missed" | "answered" | "rejected";
}

export interface SandboxPresenceRequest {
  from: PhoneNumber;
  state: PresenceState;
  last_seen_at?: Timestamp;
  group_id?: GroupJid;
}

export interface SandboxPresenceReport {
  object: "sandbox_presence_report";
  connection_id: ConnectionId;
  /**
   * E.164.
   */
  phone_number: string;
  state: PresenceState;
}

export interface SandboxCallRequest {
  from: PhoneNumber;
  /**
   * @default false
   */
  video?: boolean;
}

/**
 * Something that happened in your account, in one mode: written in the same transaction as the change it
 * describes, listed by `GET /v1/events` and followed live by `GET /v1/events/stream`. `type` says which
 * schema `data.object` has; the `webhooks` section lists each type with its payload.
 */
export type Event = ConnectionCreatedEvent | ConnectionUpdatedEvent | ConnectionDeletedEvent | ConnectionRestartedEvent | ConnectionQrEvent | ConnectionConnectingEvent | ConnectionConnectedEvent | ConnectionDisconnectedEvent | ConnectionLoggedOutEvent | ConnectionFailedEvent | MessageQueuedEvent | MessageScheduledEvent | MessageSendingEvent | MessageSentEvent | MessageDeliveredEvent | MessageReadEvent | MessageFailedEvent | MessageCanceledEvent | MessageExpiredEvent | MessageReceivedEvent | MessageReactionEvent | MessageEditedEvent | MessageDeletedEvent | MessageReceiptUpdatedEvent | PresenceUpdatedEvent | CallReceivedEvent | CallEndedEvent | StatusReceivedEvent | HistorySyncedEvent | OptOutCreatedEvent | OptOutDeletedEvent | WebhookEndpointDisabledEvent | BulkJobStartedEvent | BulkJobCompletedEvent | BulkJobPausedEvent | BulkJobCanceledEvent | BulkJobFailedEvent | AccountPlanChangedEvent | AccountExportReadyEvent | UsageThresholdReachedEvent | BillingPaymentFailedEvent | GroupCreatedEvent | GroupUpdatedEvent | GroupParticipantsChangedEvent | GroupJoinedEvent | GroupLeftEvent | WebhookTestEvent;

export interface StatusReceivedEvent {
  id: EventId;
  object: "event";
  type: "status.received";
  created_at: Timestamp;
  data: StatusEventData;
}

export interface HistorySyncedEvent {
  id: EventId;
  object: "event";
  type: "history.synced";
  created_at: Timestamp;
  data: HistorySyncEventData;
}

export interface StatusEventData {
  object: Status;
}

export interface HistorySyncEventData {
  object: HistorySync;
}

/**
 * One batch of WhatsApp's history sync, as stored.
 */
export interface HistorySync {
  object: "history_sync";
  connection_id: ConnectionId;
  /**
   * Chats the batch named (new or already known).
   */
  chats: number;
  /**
   * Messages stored from the batch.
   */
  messages: number;
  /**
   * Messages of the batch already stored (a repeated sync); they are left as they were.
   */
  duplicates: number;
  oldest_message_at: NullableTimestamp;
  newest_message_at: NullableTimestamp;
}

export type StatusType = "text" | "image" | "video";

export interface StatusText {
  body: string;
  /**
   * The card's colour behind the text, as `#RRGGBB`.
   */
  background_color?: string;
  /**
   * The typeface WhatsApp draws the text in.
   */
  font?: "system" | "system_text" | "fb_script" | "system_bold" | "morning_breeze" | "calistoga" | "exo2_extrabold" | "courier_prime";
}

export interface StatusMedia {
  media_id: MediaId;
  caption?: string;
}

export interface CreateStatusRequest {
  type: StatusType;
  text?: StatusText;
  image?: StatusMedia;
  video?: StatusMedia;
  /**
   * The contacts who see the status (E.164); WhatsApp shows a status to no one else.
   */
  recipients: PhoneNumber[];
}

export interface SandboxStatusRequest {
  connection_id: ConnectionId;
  from: PhoneNumber;
  /**
   * The name the simulated contact set on WhatsApp.
   */
  name?: string;
  type: StatusType;
  text?: StatusText;
  image?: StatusMedia;
  video?: StatusMedia;
}

export interface StatusAuthor {
  /**
   * E.164, when WhatsApp gave it.
   */
  phone_number: string | null;
  wa_lid: string | null;
  /**
   * The name the contact set on WhatsApp.
   */
  name: string | null;
}

/**
 * A status (story): posted by the connection (`direction: outbound`, with its `recipients`) or by a contact
 * (`direction: inbound`, with `from`). `text` is set for text statuses, `media` for image and video ones.
 * A received status of a kind Parley cannot show has `type: unsupported`.
 */
export interface Status {
  object: "status";
  connection_id: ConnectionId;
  direction: "outbound" | "inbound";
  /**
   * WhatsApp's id of the status.
   */
  wa_message_id: string;
  type: "text" | "image" | "video" | "unsupported";
  text: StatusText | null;
  media: MediaInfo | null;
  from: StatusAuthor | null;
  recipients: PhoneNumber[] | null;
  created_at: Timestamp;
}

export interface ConnectionCreatedEvent {
  id: EventId;
  object: "event";
  type: "connection.created";
  created_at: Timestamp;
  data: ConnectionEventData;
}

export interface ConnectionUpdatedEvent {
  id: EventId;
  object: "event";
  type: "connection.updated";
  created_at: Timestamp;
  data: ConnectionEventData;
}

export interface ConnectionDeletedEvent {
  id: EventId;
  object: "event";
  type: "connection.deleted";
  created_at: Timestamp;
  data: ConnectionEventData;
}

export interface ConnectionRestartedEvent {
  id: EventId;
  object: "event";
  type: "connection.restarted";
  created_at: Timestamp;
  data: ConnectionEventData;
}

export interface ConnectionQrEvent {
  id: EventId;
  object: "event";
  type: "connection.qr";
  created_at: Timestamp;
  data: ConnectionEventData;
}

export interface ConnectionConnectingEvent {
  id: EventId;
  object: "event";
  type: "connection.connecting";
  created_at: Timestamp;
  data: ConnectionEventData;
}

export interface ConnectionConnectedEvent {
  id: EventId;
  object: "event";
  type: "connection.connected";
  created_at: Timestamp;
  data: ConnectionEventData;
}

export interface ConnectionDisconnectedEvent {
  id: EventId;
  object: "event";
  type: "connection.disconnected";
  created_at: Timestamp;
  data: ConnectionEventData;
}

export interface ConnectionLoggedOutEvent {
  id: EventId;
  object: "event";
  type: "connection.logged_out";
  created_at: Timestamp;
  data: ConnectionEventData;
}

export interface ConnectionFailedEvent {
  id: EventId;
  object: "event";
  type: "connection.failed";
  created_at: Timestamp;
  data: ConnectionEventData;
}

export interface MessageQueuedEvent {
  id: EventId;
  object: "event";
  type: "message.queued";
  created_at: Timestamp;
  data: MessageEventData;
}

export interface MessageScheduledEvent {
  id: EventId;
  object: "event";
  type: "message.scheduled";
  created_at: Timestamp;
  data: MessageEventData;
}

export interface MessageSendingEvent {
  id: EventId;
  object: "event";
  type: "message.sending";
  created_at: Timestamp;
  data: MessageEventData;
}

export interface MessageSentEvent {
  id: EventId;
  object: "event";
  type: "message.sent";
  created_at: Timestamp;
  data: MessageEventData;
}

export interface MessageDeliveredEvent {
  id: EventId;
  object: "event";
  type: "message.delivered";
  created_at: Timestamp;
  data: MessageEventData;
}

export interface MessageReadEvent {
  id: EventId;
  object: "event";
  type: "message.read";
  created_at: Timestamp;
  data: MessageEventData;
}

export interface MessageFailedEvent {
  id: EventId;
  object: "event";
  type: "message.failed";
  created_at: Timestamp;
  data: MessageEventData;
}

export interface MessageCanceledEvent {
  id: EventId;
  object: "event";
  type: "message.canceled";
  created_at: Timestamp;
  data: MessageEventData;
}

export interface MessageExpiredEvent {
  id: EventId;
  object: "event";
  type: "message.expired";
  created_at: Timestamp;
  data: MessageEventData;
}

export interface MessageReceivedEvent {
  id: EventId;
  object: "event";
  type: "message.received";
  created_at: Timestamp;
  data: MessageEventData;
}

export interface MessageReactionEvent {
  id: EventId;
  object: "event";
  type: "message.reaction";
  created_at: Timestamp;
  data: MessageEventData;
}

export interface MessageEditedEvent {
  id: EventId;
  object: "event";
  type: "message.edited";
  created_at: Timestamp;
  data: MessageEventData;
}

export interface MessageDeletedEvent {
  id: EventId;
  object: "event";
  type: "message.deleted";
  created_at: Timestamp;
  data: MessageEventData;
}

export interface OptOutCreatedEvent {
  id: EventId;
  object: "event";
  type: "opt_out.created";
  created_at: Timestamp;
  data: OptOutEventData;
}

export interface OptOutDeletedEvent {
  id: EventId;
  object: "event";
  type: "opt_out.deleted";
  created_at: Timestamp;
  data: OptOutEventData;
}

export interface WebhookEndpointDisabledEvent {
  id: EventId;
  object: "event";
  type: "webhook_endpoint.disabled";
  created_at: Timestamp;
  data: WebhookEndpointEventData;
}

export interface AccountPlanChangedEvent {
  id: EventId;
  object: "event";
  type: "account.plan_changed";
  created_at: Timestamp;
  data: PlanChangeEventData;
}

export interface PlanChangeEventData {
  object: PlanChange;
}

export interface PlanChange {
  object: "plan_change";
  account_id: string;
  /**
   * The id of the plan the account was on.
   */
  previous_plan: string;
  plan: Plan;
  limits: AccountLimits;
  period: BillingPeriod;
  /**
   * Who changed it: the platform operator, or Stripe billing (a checkout, a subscription change, the end of a grace period after a failed payment, a cancellation).
   */
  cause: "admin" | "checkout" | "subscription" | "payment_failed" | "grace_ended" | "canceled";
}

export interface UsageThresholdReachedEvent {
  id: EventId;
  object: "event";
  type: "usage.threshold_reached";
  created_at: Timestamp;
  data: UsageThresholdEventData;
}

export interface UsageThresholdEventData {
  object: UsageThresholdAlert;
}

export interface UsageThresholdAlert {
  object: "usage_threshold_alert";
  limit: LimitName;
  /**
   * The threshold reached, in percent of the limit.
   */
  percent: number;
  /**
   * The use at which it is reached.
   */
  threshold: number;
  /**
   * The use that reached it.
   */
  used: number;
  /**
   * The limit.
   */
  value: number;
  mode: Mode;
  period: BillingPeriod;
}

export interface GroupCreatedEvent {
  id: EventId;
  object: "event";
  type: "group.created";
  created_at: Timestamp;
  data: GroupEventData;
}

export interface GroupUpdatedEvent {
  id: EventId;
  object: "event";
  type: "group.updated";
  created_at: Timestamp;
  data: GroupEventData;
}

export interface GroupParticipantsChangedEvent {
  id: EventId;
  object: "event";
  type: "group.participants_changed";
  created_at: Timestamp;
  data: GroupEventData;
}

export interface GroupJoinedEvent {
  id: EventId;
  object: "event";
  type: "group.joined";
  created_at: Timestamp;
  data: GroupEventData;
}

export interface GroupLeftEvent {
  id: EventId;
  object: "event";
  type: "group.left";
  created_at: Timestamp;
  data: GroupEventData;
}

export interface GroupPerson {
  /**
   * E.164 when known.
   */
  phone_number: string | null;
  /**
   * The WhatsApp LID when known.
   */
  lid: string | null;
}

/**
 * What changed in a group the connection's number is in. `group` is set for `group.created` and
 * `group.joined`; `changes` for `group.updated` (only the fields that changed); `action` and
 * `participants` for `group.participants_changed`.
 */
export interface GroupChange {
  object: "group_change";
  connection_id: ConnectionId;
  group_id: GroupJid;
  group: Group | null;
  changes: null | {
    subject?: string;
    description?: string | null;
    announce?: boolean;
    locked?: boolean;
  };
  action: null | ("add" | "remove" | "promote" | "demote");
  participants: GroupPerson[];
  /**
   * Who made the change, when WhatsApp says.
   */
  by: GroupPerson | null;
}

export interface GroupEventData {
  object: GroupChange;
}

export interface WebhookTestEvent {
  id: EventId;
  object: "event";
  type: "webhook.test";
  created_at: Timestamp;
  data: WebhookTestEventData;
}

export interface BillingPaymentFailedEvent {
  id: EventId;
  object: "event";
  type: "billing.payment_failed";
  created_at: Timestamp;
  data: PaymentFailureEventData;
}

export interface PaymentFailureEventData {
  object: PaymentFailure;
}

export interface PaymentFailure {
  object: "payment_failure";
  account_id: string;
  /**
   * The id of the plan the account is on (kept during the grace period).
   */
  plan: string;
  /**
   * The Stripe invoice (`in_...`).
   */
  invoice_id: string;
  /**
   * In the currency's smallest unit.
   */
  amount_due: number;
  currency: string;
  /**
   * How many times Stripe tried to collect it.
   */
  attempt_count: number;
  /**
   * When Stripe tries again; null when it will not.
   */
  next_payment_attempt: Timestamp | null;
  /**
   * Stripe's page where the invoice can be paid.
   */
  hosted_invoice_url: string | null;
  /**
   * When the account moves to the free plan if the invoice is still unpaid; null when the subscription is not past due.
   */
  grace_period_ends_at: Timestamp | null;
}

export interface Billing {
  object: "billing";
  /**
   * Whether Stripe billing is on for this deployment; when false, the platform operator sets plans and the Stripe fields are null.
   */
  enabled: boolean;
  plan: Plan;
  period: BillingPeriod;
  /**
   * The account's Stripe subscription as Stripe last reported it; null when it has none.
   */
  subscription: BillingSubscription | null;
  /**
   * Stripe's estimate of the next invoice; null without a subscription that renews.
   */
  next_invoice: UpcomingInvoice | null;
  /**
   * The payment method Stripe charges; null when none is on file.
   */
  payment_method: PaymentMethodSummary | null;
}

export interface BillingSubscription {
  object: "subscription";
  /**
   * Stripe's status, as Stripe names it (today `incomplete`, `incomplete_expired`, `trialing`, `active`, `past_due`, `canceled`, `unpaid`, `paused`; Stripe may add others). `past_due`: a payment failed and the grace period runs; `canceled`, `unpaid`, `paused` and `incomplete_expired` ended it (the account is on the free plan).
   */
  status: string;
  /**
   * The plan its price sells; null when no plan in the catalog has that price.
   */
  plan: string | null;
  current_period: BillingPeriod | null;
  /**
   * Whether it ends when the current period does (cancelled in the Customer Portal).
   */
  cancel_at_period_end: boolean;
  past_due_since: Timestamp | null;
  /**
   * When a past-due account moves to the free plan if still unpaid.
   */
  grace_period_ends_at: Timestamp | null;
}

export interface UpcomingInvoice {
  object: "upcoming_invoice";
  /**
   * In the currency's smallest unit: the plan's price and the metered messages reported so far.
   */
  amount_due: number;
  currency: string;
  period_end: Timestamp;
  next_payment_attempt: Timestamp | null;
}

export interface PaymentMethodSummary {
  object: "payment_method_summary";
  /**
   * Stripe's payment method type.
   */
  type: string;
  brand: string | null;
  last4: string | null;
  exp_month: number | null;
  exp_year: number | null;
}

export interface CreateCheckoutSessionRequest {
  /**
   * A plan id from `GET /v1/plans` whose `checkout_available` is true.
   */
  plan: string;
}

export interface CheckoutSession {
  /**
   * Stripe's Checkout Session id (`cs_...`).
   */
  id: string;
  object: "checkout_session";
  plan: string;
  /**
   * Send the person here to pay.
   */
  url: string;
  expires_at: Timestamp;
}

export interface PortalSession {
  /**
   * Stripe's portal session id (`bps_...`).
   */
  id: string;
  object: "portal_session";
  /**
   * Send the person here.
   */
  url: string;
}

/**
 * A Stripe event as Stripe sends it (read as raw bytes; only a correctly signed one is looked at).
 */
export interface StripeEventEnvelope {
  id: string;
  type: string;
  [key: string]: unknown;
}

export interface StripeWebhookReceipt {
  received: true;
  /**
   * This event was processed before; nothing was done again.
   */
  duplicate: boolean;
  /**
   * Parley does not act on this event type, or it concerns no account of this deployment.
   */
  ignored: boolean;
}

export type BulkJobId = string;

/**
 * `failed`: every connection of the job is logged out, failed or deleted; its waiting recipients failed
 * with `connections_unavailable`.
 */
export type BulkJobStatus = "scheduled" | "running" | "paused" | "completed" | "canceled" | "failed";

export type BulkJobRecipientStatus = "pending" | "queued" | "skipped" | "failed" | "canceled";

export interface BulkJobRecipientInput {
  /**
   * A phone number, or a WhatsApp group id (120363012345678901@g.us) to send the message to that group; one that is neither is skipped (`phone_number_invalid`), not refused. A group the connection's number is not in fails its message with `group_not_found`, as a single send does; in a job with more than one connection a group is skipped (`group_needs_single_connection`), as recipients are spread over the connections and only one in the group may write to it.
   */
  to: string;
  variables?: TemplateVariables;
}

export interface BulkJobContactSelection {
  tags: ContactTag[];
  /**
   * `any`: contacts with at least one of the tags; `all`: with every one.
   * @default "any"
   */
  match?: "any" | "all";
}

/**
 * A CSV file of recipients, uploaded with `POST /v1/media`.
 */
export interface BulkJobCsvSource {
  media_id: MediaId;
}

/**
 * Give one of `recipients`, `contacts` or `recipients_csv`, and `template` or `type` with its content field.
 */
export interface CreateBulkJobRequest {
  connection_ids: ConnectionId[];
  template?: TemplateReference;
  type?: "text" | "image" | "video" | "audio" | "document" | "sticker" | "location" | "contact" | "poll";
  text?: TextContent;
  image?: MediaContent;
  video?: MediaContent;
  audio?: MediaContent;
  document?: MediaContent;
  sticker?: MediaContent;
  location?: LocationContent;
  contact?: ContactContent;
  poll?: PollContent;
  recipients?: BulkJobRecipientInput[];
  contacts?: BulkJobContactSelection;
  recipients_csv?: BulkJobCsvSource;
  /**
   * Start later, at most 30 days from now; a time in the past is refused.
   */
  send_at?: string;
  /**
   * At most this many messages a minute for the whole job, across all its connections, released evenly.
   * Absent or null: no cap for the job, only each connection's own `send_rate`. It never makes a
   * connection send faster than its `send_rate`, so a job over connections that are slower in total
   * goes at their pace. Set when the job is created; it cannot be changed later.
   */
  rate?: number | null;
  /**
   * Copied onto every message of the job, with `bulk_job_id` added.
   */
  metadata?: {
    [key: string]: string;
  };
}

/**
 * Each recipient counted once, by where it is now: `pending` (no message yet), `queued` (its message waits
 * or is being sent), `sent`, `delivered`, `read`, `failed` (it could not be rendered, or its message
 * failed or expired), `skipped`, `canceled`.
 */
export interface BulkJobCounts {
  total: number;
  pending: number;
  queued: number;
  sent: number;
  delivered: number;
  read: number;
  failed: number;
  skipped: number;
  canceled: number;
}

export interface BulkJob {
  id: BulkJobId;
  object: "bulk_job";
  status: BulkJobStatus;
  connection_ids: ConnectionId[];
  /**
   * The template the job sends (as named in the request); null for a job with content.
   */
  template: TemplateReference | null;
  /**
   * The content type of a job with content; null for a template job.
   */
  type: string | null;
  send_at: NullableTimestamp;
  /**
   * The job's cap in messages a minute across all its connections; null when only each connection's `send_rate` paces it.
   */
  rate: number | null;
  metadata: {
    [key: string]: string;
  };
  counts: BulkJobCounts;
  created_at: Timestamp;
  started_at: NullableTimestamp;
  paused_at: NullableTimestamp;
  completed_at: NullableTimestamp;
  canceled_at: NullableTimestamp;
}

export interface BulkJobList {
  object: "list";
  data: BulkJob[];
  has_more: boolean;
}

/**
 * `bjr_`, the ULID of the job's id, `_` and the recipient's `position`.
 */
export type BulkJobRecipientId = string;

export interface BulkJobRecipient {
  id: BulkJobRecipientId;
  object: "bulk_job_recipient";
  /**
   * Where it was in the request (0-based).
   */
  position: number;
  /**
   * As given.
   */
  to: string;
  /**
   * The line of the CSV file it was read from (1 is the header); null for other recipients.
   */
  line: number | null;
  /**
   * E.164, or the group id for a group recipient; null when the number was not valid.
   */
  phone_number: string | null;
  status: BulkJobRecipientStatus;
  /**
   * Why it was skipped, failed or canceled; null otherwise.
   */
  reason: MessageError | null;
  connection_id: ConnectionId | null;
  message_id: MessageId | null;
  message_status: MessageStatus | null;
}

export interface BulkJobRecipientList {
  object: "list";
  data: BulkJobRecipient[];
  has_more: boolean;
}

export interface BulkJobEventData {
  object: BulkJob;
}

export interface BulkJobStartedEvent {
  id: EventId;
  object: "event";
  type: "bulk_job.started";
  created_at: Timestamp;
  data: BulkJobEventData;
}

export interface BulkJobCompletedEvent {
  id: EventId;
  object: "event";
  type: "bulk_job.completed";
  created_at: Timestamp;
  data: BulkJobEventData;
}

export interface BulkJobPausedEvent {
  id: EventId;
  object: "event";
  type: "bulk_job.paused";
  created_at: Timestamp;
  data: BulkJobEventData;
}

export interface BulkJobCanceledEvent {
  id: EventId;
  object: "event";
  type: "bulk_job.canceled";
  created_at: Timestamp;
  data: BulkJobEventData;
}

export interface BulkJobFailedEvent {
  id: EventId;
  object: "event";
  type: "bulk_job.failed";
  created_at: Timestamp;
  data: BulkJobEventData;
}

export interface EventList {
  object: "list";
  data: Event[];
  has_more: boolean;
}

/**
 * One server-sent event of `GET /v1/events/stream`: its `id:` and `event:` fields and its `data:` line,
 * parsed as JSON.
 */
export interface EventStreamMessage {
  /**
   * The SSE `id:` field, the event's id (`evt_...`); send the last one as `Last-Event-ID` to resume.
   */
  id: string;
  /**
   * The SSE `event:` field; the same as `data.type`.
   */
  event: EventType;
  data: Event;
}

/** Every event a webhook endpoint can receive: narrow it with `switch (event.type)`. */
export type WebhookEvent =
  | ConnectionCreatedEvent
  | ConnectionUpdatedEvent
  | ConnectionDeletedEvent
  | ConnectionRestartedEvent
  | ConnectionQrEvent
  | ConnectionConnectingEvent
  | ConnectionConnectedEvent
  | ConnectionDisconnectedEvent
  | ConnectionLoggedOutEvent
  | ConnectionFailedEvent
  | MessageQueuedEvent
  | MessageScheduledEvent
  | MessageSendingEvent
  | MessageSentEvent
  | MessageDeliveredEvent
  | MessageReadEvent
  | MessageFailedEvent
  | MessageCanceledEvent
  | MessageExpiredEvent
  | MessageReceivedEvent
  | MessageReactionEvent
  | MessageEditedEvent
  | MessageDeletedEvent
  | MessageReceiptUpdatedEvent
  | PresenceUpdatedEvent
  | CallReceivedEvent
  | CallEndedEvent
  | StatusReceivedEvent
  | HistorySyncedEvent
  | OptOutCreatedEvent
  | OptOutDeletedEvent
  | WebhookEndpointDisabledEvent
  | BulkJobStartedEvent
  | BulkJobCompletedEvent
  | BulkJobPausedEvent
  | BulkJobCanceledEvent
  | BulkJobFailedEvent
  | AccountPlanChangedEvent
  | AccountExportReadyEvent
  | UsageThresholdReachedEvent
  | BillingPaymentFailedEvent
  | GroupCreatedEvent
  | GroupUpdatedEvent
  | GroupParticipantsChangedEvent
  | GroupJoinedEvent
  | GroupLeftEvent
  | WebhookTestEvent;

export type WebhookEventType = WebhookEvent['type'];
