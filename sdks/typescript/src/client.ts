// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

import { BaseClient } from './core/index.js';
import { Webhooks } from './lib/webhooks.js';
import { AccountResource, Admin, ApiKeys, AuditLog, Auth, BillingResource, BlocklistResource, BulkJobs, Chats, Connections, Contacts, Events, Groups, Lids, MediaResource, Members, Messages, OptOuts, Plans, Platform, Profiles, Sandbox, Templates, UsageResource, WebhookEndpoints } from './resources/index.js';

/** The Parley API (contract version 0.1.0). */
export class Parley extends BaseClient {
  /** Sign up and console sessions. */
  readonly auth: Auth = new Auth(this);
  /** The people of an account and their roles (owner, admin, developer, viewer; see `MemberRole`), and */
  readonly members: Members = new Members(this);
  /** The people of an account and their roles (owner, admin, developer, viewer; see `MemberRole`), and */
  readonly auditLog: AuditLog = new AuditLog(this);
  /** The account a credential belongs to, with its plan and the credential's mode. */
  readonly account: AccountResource = new AccountResource(this);
  /** Every account is on a plan (`free` to start), which sets its limits: messages per billing period, */
  readonly plans: Plans = new Plans(this);
  /** Paying for a plan through Stripe, when the deployment turns Stripe billing on (`STRIPE_SECRET_KEY`): */
  readonly billing: BillingResource = new BillingResource(this);
  /** Every account is on a plan (`free` to start), which sets its limits: messages per billing period, */
  readonly usage: UsageResource = new UsageResource(this);
  /** Keys for the API, per mode (`parley_test_...`, `parley_live_...`). A key's secret is shown once, when it is */
  readonly apiKeys: ApiKeys = new ApiKeys(this);
  /** A connection is one WhatsApp number linked to your account. Create one, then link it by scanning its QR */
  readonly connections: Connections = new Connections(this);
  /** The WhatsApp groups of a connected number: list and read them, create them, change their subject, */
  readonly groups: Groups = new Groups(this);
  /** Whether phone numbers are on WhatsApp, asked through one of your connected numbers. WhatsApp watches for */
  readonly contacts: Contacts = new Contacts(this);
  /** The account's suppression list, per mode: numbers that asked not to be messaged. Each change writes an */
  readonly optOuts: OptOuts = new OptOuts(this);
  /** Send any WhatsApp message type through a connection and read what was sent and received. A send is */
  readonly messages: Messages = new Messages(this);
  /** Reusable messages with `{{variables}}`, per account and mode, unique by `name` and `language` among */
  readonly templates: Templates = new Templates(this);
  /** Files for media messages, uploaded by you or received from people. */
  readonly media: MediaResource = new MediaResource(this);
  /** Conversations per connection and other party, for support tools. In a chat the number can show typing or */
  readonly chats: Chats = new Chats(this);
  /** WhatsApp profiles through a connection: a number's picture, about text and business details, the */
  readonly profiles: Profiles = new Profiles(this);
  /** WhatsApp profiles through a connection: a number's picture, about text and business details, the */
  readonly blocklist: BlocklistResource = new BlocklistResource(this);
  /** WhatsApp profiles through a connection: a number's picture, about text and business details, the */
  readonly lids: Lids = new Lids(this);
  /** Test mode only: play the phone's part for sandbox connections. Reserved sandbox numbers simulate */
  readonly sandbox: Sandbox = new Sandbox(this);
  /** Campaigns: one message (a template or content) to many recipients, spread across the job's connections */
  readonly bulkJobs: BulkJobs = new BulkJobs(this);
  /** Every change in an account (a connection's state, a message's status, an inbound message, the */
  readonly events: Events = new Events(this);
  /** URLs that receive the account's events as signed HTTP POSTs, per mode. Each endpoint subscribes to event */
  readonly webhookEndpoints: WebhookEndpoints = new WebhookEndpoints(this);
  /** Platform administration. Only platform admins may call these. */
  readonly admin: Admin = new Admin(this);
  /** Health, metrics and this document. */
  readonly platform: Platform = new Platform(this);
  /** Verifies webhooks Parley sent and returns their typed events. */
  readonly webhooks: Webhooks = new Webhooks(this);
}
