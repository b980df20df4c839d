/**
 * Every page of the console and who may open it, in one table. `guest` pages are for people not signed in
 * (a signed-in person is sent to the overview), `public` pages work either way (links from emails), and
 * `member` pages need a session: without one the person goes to the login page and comes back after.
 * `platform-admin` pages are member pages for platform admins only; `role` is the least role a member page
 * needs. Both hide the page from the navigation of those who may not open it, and refuse them its address
 * (the API refuses them its data in any case).
 */
import type { Session } from '@parley/sdk';
import type { ComponentType } from 'preact';
import type { Role } from './api/session';
import { ApiKeysPage } from './api-keys/ApiKeysPage';
import { atLeast } from './api/roles';
import { AcceptInvitationPage } from './auth/AcceptInvitationPage';
import { ForgotPasswordPage } from './auth/ForgotPasswordPage';
import { LoginPage } from './auth/LoginPage';
import { MessagesPage } from './messages/MessagesPage';
import { ResetPasswordPage } from './auth/ResetPasswordPage';
import { SignupPage } from './auth/SignupPage';
import { SettingsPage } from './settings/SettingsPage';
import { VerifyEmailPage } from './auth/VerifyEmailPage';
import { UsagePage } from './billing/UsagePage';
import { ConnectionsPage } from './connections/ConnectionsPage';
import { ContactsPage } from './contacts/ContactsPage';
import { EventsPage } from './events/EventsPage';
import { OverviewPage } from './overview/OverviewPage';
import { AuditLogPage } from './team/AuditLogPage';
import { TeamPage } from './team/TeamPage';
import { WebhooksPage } from './webhooks/WebhooksPage';
import { lazyPage } from './ui/lazy';
import { BulkJobsPage } from './bulk-jobs/BulkJobsPage';
import { OptOutsPage } from './opt-outs/OptOutsPage';
import { TemplatesPage } from './templates/TemplatesPage';
import './pages.css';
import './bulk.css';

export type Access = 'guest' | 'public' | 'member' | 'platform-admin';

export interface RouteDef {
  path: string;
  title: string;
  access: Access;
  page: ComponentType;
  /** Shown in the navigation of signed-in pages. */
  nav?: boolean;
  /** The least role a member page needs. */
  role?: Role;
}

// The platform admin's pages load on first use: most people never open them.
const AdminAccountsPage = lazyPage(() => import('./admin/AdminAccountsPage').then((m) => m.AdminAccountsPage));
const AdminHealthPage = lazyPage(() => import('./admin/AdminHealthPage').then((m) => m.AdminHealthPage));
const AdminAdminsPage = lazyPage(() => import('./admin/AdminAdminsPage').then((m) => m.AdminAdminsPage));
const AdminAuditLogPage = lazyPage(() => import('./admin/AdminAuditLogPage').then((m) => m.AdminAuditLogPage));
// The inbox (media previews, the live stream) loads when opened, to keep the first load small.
const InboxPage = lazyPage(() => import('./inbox/InboxPage').then((m) => m.InboxPage));

export const routes: RouteDef[] = [
  { path: '/login', title: 'Sign in', access: 'guest', page: LoginPage },
  { path: '/signup', title: 'Create your account', access: 'guest', page: SignupPage },
  { path: '/forgot-password', title: 'Reset your password', access: 'guest', page: ForgotPasswordPage },
  // The API's emails link to these three (server/auth/email-links.ts, server/members/invitations.ts).
  { path: '/reset-password', title: 'Choose a new password', access: 'public', page: ResetPasswordPage },
  { path: '/verify-email', title: 'Confirm your email address', access: 'public', page: VerifyEmailPage },
  { path: '/accept-invitation', title: 'Join an account', access: 'public', page: AcceptInvitationPage },
  { path: '/', title: 'Overview', access: 'member', page: OverviewPage, nav: true },
  { path: '/connections', title: 'Connections', access: 'member', page: ConnectionsPage, nav: true },
  { path: '/inbox', title: 'Inbox', access: 'member', page: InboxPage, nav: true },
  { path: '/messages', title: 'Messages', access: 'member', page: MessagesPage, nav: true },
  { path: '/contacts', title: 'Contacts', access: 'member', page: ContactsPage, nav: true },
  { path: '/templates', title: 'Templates', access: 'member', role: 'viewer', page: TemplatesPage, nav: true },
  { path: '/bulk-jobs', title: 'Bulk jobs', access: 'member', role: 'viewer', page: BulkJobsPage, nav: true },
  { path: '/opt-outs', title: 'Opt-outs', access: 'member', role: 'viewer', page: OptOutsPage, nav: true },
  { path: '/webhooks', title: 'Webhooks', access: 'member', page: WebhooksPage, nav: true },
  { path: '/events', title: 'Events', access: 'member', page: EventsPage, nav: true },
  { path: '/api-keys', title: 'API keys', access: 'member', page: ApiKeysPage, nav: true },
  { path: '/billing', title: 'Usage and billing', access: 'member', page: UsagePage, nav: true },
  { path: '/team', title: 'Team', access: 'member', page: TeamPage, nav: true },
  { path: '/audit-log', title: 'Audit log', access: 'member', role: 'admin', page: AuditLogPage, nav: true },
  { path: '/settings', title: 'Settings', access: 'member', page: SettingsPage, nav: true },
  { path: '/admin', title: 'Platform admin', access: 'platform-admin', page: AdminAccountsPage, nav: true },
  { path: '/admin/health', title: 'Platform health', access: 'platform-admin', page: AdminHealthPage },
  { path: '/admin/admins', title: 'Platform admins', access: 'platform-admin', page: AdminAdminsPage },
  { path: '/admin/audit-log', title: 'Platform audit log', access: 'platform-admin', page: AdminAuditLogPage },
];

export function findRoute(path: string): RouteDef | undefined {
  return routes.find((route) => route.path === path);
}

/** Whether the signed-in person may open `route` (and see it in the navigation). */
export function allowed(route: RouteDef, session: Session | null): boolean {
  if (!session) return route.access === 'guest' || route.access === 'public';
  if (route.access === 'platform-admin' && !session.user.is_platform_admin) return false;
  return route.role === undefined || atLeast(session.role, route.role);
}

/** Where a person must go instead of `route` (and why, for a refusal), or undefined to show it. */
export function guard(route: RouteDef, session: Session | null, next: string): { path: string; notice?: string } | undefined {
  const member = route.access === 'member' || route.access === 'platform-admin';
  if (member && !session) return { path: next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}` };
  if (route.access === 'guest' && session) return { path: '/' };
  if (member && !allowed(route, session)) {
    const notice =
      route.access === 'platform-admin' ? 'The platform admin pages are only for platform admins.' : `“${route.title}” is only for members with the ${route.role ?? ''} role or above.`;
    return { path: '/', notice };
  }
  return undefined;
}
