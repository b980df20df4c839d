# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
from typing import Mapping, Optional

from ._client import BaseClient
from .resources import (
    Auth,
    AuthWithRawResponse,
    Members,
    MembersWithRawResponse,
    AuditLog,
    AuditLogWithRawResponse,
    AccountResource,
    AccountResourceWithRawResponse,
    Plans,
    PlansWithRawResponse,
    BillingResource,
    BillingResourceWithRawResponse,
    UsageResource,
    UsageResourceWithRawResponse,
    ApiKeys,
    ApiKeysWithRawResponse,
    Connections,
    ConnectionsWithRawResponse,
    Groups,
    GroupsWithRawResponse,
    Contacts,
    ContactsWithRawResponse,
    OptOuts,
    OptOutsWithRawResponse,
    Messages,
    MessagesWithRawResponse,
    Templates,
    TemplatesWithRawResponse,
    MediaResource,
    MediaResourceWithRawResponse,
    Chats,
    ChatsWithRawResponse,
    Profiles,
    ProfilesWithRawResponse,
    BlocklistResource,
    BlocklistResourceWithRawResponse,
    Lids,
    LidsWithRawResponse,
    Sandbox,
    SandboxWithRawResponse,
    BulkJobs,
    BulkJobsWithRawResponse,
    Events,
    EventsWithRawResponse,
    WebhookEndpoints,
    WebhookEndpointsWithRawResponse,
    Admin,
    AdminWithRawResponse,
    Platform,
    PlatformWithRawResponse,
)
from .webhooks import Webhooks


class ParleyWithRawResponse:
    """Every resource of `Parley`, its methods answering `APIResponse` objects."""

    def __init__(self, client: BaseClient) -> None:
        #: Sign up and console sessions.
        self.auth = AuthWithRawResponse(client)
        #: The people of an account and their roles (owner, admin, developer, viewer; see `MemberRole`), and
        #: invitations by email.
        self.members = MembersWithRawResponse(client)
        #: The people of an account and their roles (owner, admin, developer, viewer; see `MemberRole`), and
        #: invitations by email.
        self.audit_log = AuditLogWithRawResponse(client)
        #: The account a credential belongs to, with its plan and the credential's mode.
        self.account = AccountResourceWithRawResponse(client)
        #: Every account is on a plan (`free` to start), which sets its limits: messages per billing period,
        #: connections, API keys, webhook endpoints and contacts (each per mode: test mode has the same limits as
        #: live, free of charge, so an integration meets the real errors), recipients per bulk job, and team
        #: members.
        self.plans = PlansWithRawResponse(client)
        #: Paying for a plan through Stripe, when the deployment turns Stripe billing on (`STRIPE_SECRET_KEY`):
        #: Checkout to subscribe, the Customer Portal to change or cancel, and Stripe's webhooks to move the
        #: account between plans (`account.plan_changed`).
        self.billing = BillingResourceWithRawResponse(client)
        #: Every account is on a plan (`free` to start), which sets its limits: messages per billing period,
        #: connections, API keys, webhook endpoints and contacts (each per mode: test mode has the same limits as
        #: live, free of charge, so an integration meets the real errors), recipients per bulk job, and team
        #: members.
        self.usage = UsageResourceWithRawResponse(client)
        #: Keys for the API, per mode (`parley_test_...`, `parley_live_...`).
        self.api_keys = ApiKeysWithRawResponse(client)
        #: A connection is one WhatsApp number linked to your account.
        self.connections = ConnectionsWithRawResponse(client)
        #: The WhatsApp groups of a connected number: list and read them, create them, change their subject,
        #: description and settings, manage participants (each with its own result), the invite link, join and
        #: leave.
        self.groups = GroupsWithRawResponse(client)
        #: Whether phone numbers are on WhatsApp, asked through one of your connected numbers.
        self.contacts = ContactsWithRawResponse(client)
        #: The account's suppression list, per mode: numbers that asked not to be messaged.
        self.opt_outs = OptOutsWithRawResponse(client)
        #: Send any WhatsApp message type through a connection and read what was sent and received.
        self.messages = MessagesWithRawResponse(client)
        #: Reusable messages with `{{variables}}`, per account and mode, unique by `name` and `language` among
        #: templates that are not deleted.
        self.templates = TemplatesWithRawResponse(client)
        #: Files for media messages, uploaded by you or received from people.
        self.media = MediaResourceWithRawResponse(client)
        #: Conversations per connection and other party, for support tools.
        self.chats = ChatsWithRawResponse(client)
        #: WhatsApp profiles through a connection: a number's picture, about text and business details, the
        #: connected number's own name, about and picture, its blocklist, and LID ↔ phone-number look-ups.
        self.profiles = ProfilesWithRawResponse(client)
        #: WhatsApp profiles through a connection: a number's picture, about text and business details, the
        #: connected number's own name, about and picture, its blocklist, and LID ↔ phone-number look-ups.
        self.blocklist = BlocklistResourceWithRawResponse(client)
        #: WhatsApp profiles through a connection: a number's picture, about text and business details, the
        #: connected number's own name, about and picture, its blocklist, and LID ↔ phone-number look-ups.
        self.lids = LidsWithRawResponse(client)
        #: Test mode only: play the phone's part for sandbox connections.
        self.sandbox = SandboxWithRawResponse(client)
        #: Campaigns: one message (a template or content) to many recipients, spread across the job's connections
        #: and sent through each connection's pace (the same one single sends use), so new-contact limits and
        #: WhatsApp's cool-downs apply.
        self.bulk_jobs = BulkJobsWithRawResponse(client)
        #: Every change in an account (a connection's state, a message's status, an inbound message, the
        #: suppression list) is written as an event in the same transaction as the change.
        self.events = EventsWithRawResponse(client)
        #: URLs that receive the account's events as signed HTTP POSTs, per mode.
        self.webhook_endpoints = WebhookEndpointsWithRawResponse(client)
        #: Platform administration.
        self.admin = AdminWithRawResponse(client)
        #: Health, metrics and this document.
        self.platform = PlatformWithRawResponse(client)


class Parley(BaseClient):
    """The client of the Parley API (contract version 0.1.0).

    `Parley()` reads `PARLEY_API_KEY` and `PARLEY_BASE_URL` from the environment; pass `api_key` and `base_url`
    to set them yourself, or `anonymous=True` for the calls that need no key (sign-up, log-in).
    """

    def __init__(
        self,
        api_key: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: float = 60.0,
        max_retries: int = 2,
        *,
        anonymous: bool = False,
        default_headers: Optional[Mapping[str, str]] = None,
        webhook_secret: Optional[str] = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            anonymous=anonymous,
            default_headers=default_headers,
            webhook_secret=webhook_secret,
        )
        client: BaseClient = self
        #: Sign up and console sessions.
        self.auth = Auth(client)
        #: The people of an account and their roles (owner, admin, developer, viewer; see `MemberRole`), and
        #: invitations by email.
        self.members = Members(client)
        #: The people of an account and their roles (owner, admin, developer, viewer; see `MemberRole`), and
        #: invitations by email.
        self.audit_log = AuditLog(client)
        #: The account a credential belongs to, with its plan and the credential's mode.
        self.account = AccountResource(client)
        #: Every account is on a plan (`free` to start), which sets its limits: messages per billing period,
        #: connections, API keys, webhook endpoints and contacts (each per mode: test mode has the same limits as
        #: live, free of charge, so an integration meets the real errors), recipients per bulk job, and team
        #: members.
        self.plans = Plans(client)
        #: Paying for a plan through Stripe, when the deployment turns Stripe billing on (`STRIPE_SECRET_KEY`):
        #: Checkout to subscribe, the Customer Portal to change or cancel, and Stripe's webhooks to move the
        #: account between plans (`account.plan_changed`).
        self.billing = BillingResource(client)
        #: Every account is on a plan (`free` to start), which sets its limits: messages per billing period,
        #: connections, API keys, webhook endpoints and contacts (each per mode: test mode has the same limits as
        #: live, free of charge, so an integration meets the real errors), recipients per bulk job, and team
        #: members.
        self.usage = UsageResource(client)
        #: Keys for the API, per mode (`parley_test_...`, `parley_live_...`).
        self.api_keys = ApiKeys(client)
        #: A connection is one WhatsApp number linked to your account.
        self.connections = Connections(client)
        #: The WhatsApp groups of a connected number: list and read them, create them, change their subject,
        #: description and settings, manage participants (each with its own result), the invite link, join and
        #: leave.
        self.groups = Groups(client)
        #: Whether phone numbers are on WhatsApp, asked through one of your connected numbers.
        self.contacts = Contacts(client)
        #: The account's suppression list, per mode: numbers that asked not to be messaged.
        self.opt_outs = OptOuts(client)
        #: Send any WhatsApp message type through a connection and read what was sent and received.
        self.messages = Messages(client)
        #: Reusable messages with `{{variables}}`, per account and mode, unique by `name` and `language` among
        #: templates that are not deleted.
        self.templates = Templates(client)
        #: Files for media messages, uploaded by you or received from people.
        self.media = MediaResource(client)
        #: Conversations per connection and other party, for support tools.
        self.chats = Chats(client)
        #: WhatsApp profiles through a connection: a number's picture, about text and business details, the
        #: connected number's own name, about and picture, its blocklist, and LID ↔ phone-number look-ups.
        self.profiles = Profiles(client)
        #: WhatsApp profiles through a connection: a number's picture, about text and business details, the
        #: connected number's own name, about and picture, its blocklist, and LID ↔ phone-number look-ups.
        self.blocklist = BlocklistResource(client)
        #: WhatsApp profiles through a connection: a number's picture, about text and business details, the
        #: connected number's own name, about and picture, its blocklist, and LID ↔ phone-number look-ups.
        self.lids = Lids(client)
        #: Test mode only: play the phone's part for sandbox connections.
        self.sandbox = Sandbox(client)
        #: Campaigns: one message (a template or content) to many recipients, spread across the job's connections
        #: and sent through each connection's pace (the same one single sends use), so new-contact limits and
        #: WhatsApp's cool-downs apply.
        self.bulk_jobs = BulkJobs(client)
        #: Every change in an account (a connection's state, a message's status, an inbound message, the
        #: suppression list) is written as an event in the same transaction as the change.
        self.events = Events(client)
        #: URLs that receive the account's events as signed HTTP POSTs, per mode.
        self.webhook_endpoints = WebhookEndpoints(client)
        #: Platform administration.
        self.admin = Admin(client)
        #: Health, metrics and this document.
        self.platform = Platform(client)
        #: Verifies webhooks Parley sent and returns their events.
        self.webhooks = Webhooks(self.webhook_secret)
        #: The same resources, answering `APIResponse` objects (data, status, headers, request id).
        self.with_raw_response = ParleyWithRawResponse(self)
