/**
 * Every page of the console and who may open it, in one table. `guest` pages are for people not signed in
 * (a signed-in person is sent to the overview), `public` pages work either way (links from emails), and
 * `member` pages need a session: without one the person goes to the login page and comes back after.
 */
import type { ComponentType } from 'preact';
import { loginPath, type Role } from './api/session';
import { ApiKeysPage } from './api-keys/ApiKeysPage';
import { AcceptInvitationPage } from './auth/AcceptInvitationPage';
import { AuditLogPage } from './audit/AuditLogPage';
import { BillingPage } from './billing/BillingPage';
import { ForgotPasswordPage } from './auth/ForgotPasswordPage';
import { LoginPage } from './auth/LoginPage';
import { MessagesPage } from './messages/MessagesPage';
import { ResetPasswordPage } from './auth/ResetPasswordPage';
import { SignupPage } from './auth/SignupPage';
import { SettingsPage } from './settings/SettingsPage';
import { VerifyEmailPage } from './auth/VerifyEmailPage';
import { ConnectionsPage } from './connections/ConnectionsPage';
import { ContactsPage } from './contacts/ContactsPage';
import { EventsPage } from './events/EventsPage';
import { OverviewPage } from './overview/OverviewPage';
import { TeamPage } from './team/TeamPage';
import { WebhooksPage } from './webhooks/WebhooksPage';

export type Access = 'guest' | 'public' | 'member';

export interface RouteDef {
  path: string;
  title: string;
  access: Access;
  page: ComponentType;
  /** Shown in the navigation of signed-in pages. */
  nav?: boolean;
  /** The least role that may open it (the API's x-parley-role for what the page reads); any member otherwise. */
  role?: Role;
}

const RANK: Record<Role, number> = { viewer: 0, developer: 1, admin: 2, owner: 3 };

/** Whether a member with `role` may open `route`. */
export function allowed(route: RouteDef, role: Role | undefined): boolean {
  return !route.role || (role !== undefined && RANK[role] >= RANK[route.role]);
}

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
  { path: '/messages', title: 'Messages', access: 'member', page: MessagesPage, nav: true },
  { path: '/contacts', title: 'Contacts', access: 'member', page: ContactsPage, nav: true },
  { path: '/webhooks', title: 'Webhooks', access: 'member', page: WebhooksPage, nav: true },
  { path: '/events', title: 'Events', access: 'member', page: EventsPage, nav: true },
  { path: '/api-keys', title: 'API keys', access: 'member', page: ApiKeysPage, nav: true },
  { path: '/billing', title: 'Usage and billing', access: 'member', page: BillingPage, nav: true },
  { path: '/team', title: 'Team', access: 'member', page: TeamPage, nav: true },
  { path: '/audit-log', title: 'Audit log', access: 'member', page: AuditLogPage, nav: true, role: 'admin' },
  { path: '/settings', title: 'Settings', access: 'member', page: SettingsPage, nav: true },
];

export function findRoute(path: string): RouteDef | undefined {
  return routes.find((route) => route.path === path);
}

/** Where a person must go instead of `route`, or undefined to show it. */
export function guard(route: RouteDef, signedIn: boolean, next: string): string | undefined {
  if (route.access === 'member' && !signedIn) return loginPath(next);
  if (route.access === 'guest' && signedIn) return '/';
  return undefined;
}
