# Generated from openapi/openapi.yaml by `npm run generate` — do not edit.

from .auth import Auth, AuthWithRawResponse
from .members import Members, MembersWithRawResponse
from .audit_log import AuditLog, AuditLogWithRawResponse
from .account import AccountResource, AccountResourceWithRawResponse
from .plans import Plans, PlansWithRawResponse
from .billing import BillingResource, BillingResourceWithRawResponse
from .usage import UsageResource, UsageResourceWithRawResponse
from .api_keys import ApiKeys, ApiKeysWithRawResponse
from .connections import Connections, ConnectionsWithRawResponse
from .groups import Groups, GroupsWithRawResponse
from .contacts import Contacts, ContactsWithRawResponse
from .opt_outs import OptOuts, OptOutsWithRawResponse
from .messages import Messages, MessagesWithRawResponse
from .templates import Templates, TemplatesWithRawResponse
from .media import MediaResource, MediaResourceWithRawResponse
from .chats import Chats, ChatsWithRawResponse
from .profiles import Profiles, ProfilesWithRawResponse
from .blocklist import BlocklistResource, BlocklistResourceWithRawResponse
from .lids import Lids, LidsWithRawResponse
from .sandbox import Sandbox, SandboxWithRawResponse
from .bulk_jobs import BulkJobs, BulkJobsWithRawResponse
from .events import Events, EventsWithRawResponse
from .webhook_endpoints import WebhookEndpoints, WebhookEndpointsWithRawResponse
from .admin import Admin, AdminWithRawResponse
from .platform import Platform, PlatformWithRawResponse

__all__ = [
    "Auth",
    "AuthWithRawResponse",
    "Members",
    "MembersWithRawResponse",
    "AuditLog",
    "AuditLogWithRawResponse",
    "AccountResource",
    "AccountResourceWithRawResponse",
    "Plans",
    "PlansWithRawResponse",
    "BillingResource",
    "BillingResourceWithRawResponse",
    "UsageResource",
    "UsageResourceWithRawResponse",
    "ApiKeys",
    "ApiKeysWithRawResponse",
    "Connections",
    "ConnectionsWithRawResponse",
    "Groups",
    "GroupsWithRawResponse",
    "Contacts",
    "ContactsWithRawResponse",
    "OptOuts",
    "OptOutsWithRawResponse",
    "Messages",
    "MessagesWithRawResponse",
    "Templates",
    "TemplatesWithRawResponse",
    "MediaResource",
    "MediaResourceWithRawResponse",
    "Chats",
    "ChatsWithRawResponse",
    "Profiles",
    "ProfilesWithRawResponse",
    "BlocklistResource",
    "BlocklistResourceWithRawResponse",
    "Lids",
    "LidsWithRawResponse",
    "Sandbox",
    "SandboxWithRawResponse",
    "BulkJobs",
    "BulkJobsWithRawResponse",
    "Events",
    "EventsWithRawResponse",
    "WebhookEndpoints",
    "WebhookEndpointsWithRawResponse",
    "Admin",
    "AdminWithRawResponse",
    "Platform",
    "PlatformWithRawResponse",
]
