import type { components } from '../generated/openapi.js';
import { UserRow } from '../accounts/models.js';
import { queueEmail } from '../email/outbox.js';
import type { Transaction } from '../platform/db/database.js';
import { conflict } from '../platform/http/errors.js';
import { consume } from '../platform/http/rate-limit.js';
import type { Services } from '../platform/services.js';
import { normalizeEmail } from './signup.js';
import { issueToken, redeemToken, voidTokens } from './tokens.js';

type Schemas = components['schemas'];

const TOO_MANY = 'Too many emails were asked for this address. Wait an hour, or use the last link sent: it still works until it expires.';

/** Emailed links go through a console page that asks nothing more than it must, then calls the API below. */
const link = (services: Pick<Services, 'config'>, page: string, token: string) => `${services.config.publicUrl}/console/${page}?token=${encodeURIComponent(token)}`;

/** Queues the email that proves the user owns the address (at sign-up, and when asked again). */
export async function sendVerificationEmail(trx: Transaction, services: Pick<Services, 'config' | 'secrets' | 'bus'>, user: Pick<UserRow, 'id' | 'email'>): Promise<void> {
  const hours = services.config.EMAIL_VERIFICATION_TTL_HOURS;
  const token = await issueToken(trx, { userId: user.id, purpose: 'email_verification', email: user.email, ttlMs: hours * 3_600_000 });
  await queueEmail(trx, services, {
    kind: 'email_verification',
    userId: user.id,
    to: user.email,
    subject: 'Confirm your email address for Parley',
    text: [
      `Confirm that ${user.email} is yours by opening this link within ${hours} hours:`,
      '',
      link(services, 'verify-email', token),
      '',
      'Or send the token to the API:',
      `  POST /v1/auth/email-verification/confirm  {"token": "${token}"}`,
      '',
      'If you did not sign up for Parley, ignore this email.',
    ].join('\n'),
  });
}

/**
 * Step one of a reset: emails a single-use link if a user has this address. The answer is the same either
 * way, so it does not tell who has an account. Requests count against the address and the client.
 */
export async function requestPasswordReset(
  trx: Transaction,
  services: Services,
  input: Schemas['PasswordResetRequest'],
  ip: string,
): Promise<Schemas['PasswordResetRequested']> {
  const email = normalizeEmail(input.email);
  await consume(services.limiters.emailLinksPerIp, ip, TOO_MANY);
  await consume(services.limiters.emailLinksPerAddress, email, TOO_MANY);
  const minutes = services.config.PASSWORD_RESET_TTL_MINUTES;
  const user = await UserRow.query(trx).findOne({ email });
  if (user) {
    const token = await issueToken(trx, { userId: user.id, purpose: 'password_reset', email, ttlMs: minutes * 60_000 });
    await queueEmail(trx, services, {
      kind: 'password_reset',
      userId: user.id,
      to: email,
      subject: 'Reset your Parley password',
      text: [
        `Someone asked to reset the password of ${email} on Parley. To choose a new one, open this link within ${minutes} minutes:`,
        '',
        link(services, 'reset-password', token),
        '',
        'Or send the token with the new password to the API:',
        `  POST /v1/auth/password-reset/confirm  {"token": "${token}", "password": "..."}`,
        '',
        'Setting a new password signs you out everywhere. If you did not ask for this, ignore this email: your password stays as it is.',
      ].join('\n'),
    });
  }
  return { object: 'password_reset_request', email, expires_in_minutes: minutes };
}

/**
 * Step two: the token from the email and the new password (hashed before the transaction). Every session of
 * the user ends, every other reset link stops working, and the address counts as verified (the link reached it).
 */
export async function confirmPasswordReset(trx: Transaction, token: string, passwordHash: string): Promise<Schemas['PasswordReset']> {
  const redeemed = await redeemToken(trx, 'password_reset', token);
  const user = await UserRow.query(trx).findById(redeemed.user_id).throwIfNotFound();
  await voidTokens(trx, user.id, 'password_reset');
  const now = new Date();
  await trx('users')
    .where({ id: user.id })
    .update({ password_hash: passwordHash, ...(user.email === redeemed.email && !user.email_verified_at ? { email_verified_at: now } : {}) });
  const ended = await trx('sessions').where({ user_id: user.id }).whereNull('revoked_at').where('expires_at', '>', now).update({ revoked_at: now });
  return { object: 'password_reset', email: user.email, sessions_ended: ended };
}

/** The token from the verification email marks the address it was sent to as the user's, verified. */
export async function confirmEmailVerification(trx: Transaction, token: string): Promise<Schemas['EmailVerification']> {
  const redeemed = await redeemToken(trx, 'email_verification', token);
  const user = await UserRow.query(trx).findById(redeemed.user_id).throwIfNotFound();
  if (user.email !== redeemed.email) {
    throw conflict('email_changed', `This link verifies ${redeemed.email}, but the user's address is now ${user.email}. Ask for a new link.`, 'token');
  }
  const verifiedAt = user.email_verified_at ?? new Date();
  if (!user.email_verified_at) await trx('users').where({ id: user.id }).update({ email_verified_at: verifiedAt });
  await voidTokens(trx, user.id, 'email_verification');
  return { object: 'email_verification', email: user.email, verified_at: verifiedAt.toISOString() };
}

/** Sends the signed-in user a new verification link, unless the address is verified already. Runs as the system role. */
export async function resendVerification(trx: Transaction, services: Services, userId: string): Promise<Schemas['EmailVerificationRequested']> {
  const user = await UserRow.query(trx).findById(userId).throwIfNotFound();
  if (user.email_verified_at) throw conflict('email_already_verified', `${user.email} was verified at ${user.email_verified_at.toISOString()}; there is nothing to do.`);
  await consume(services.limiters.emailLinksPerAddress, user.email, TOO_MANY);
  await sendVerificationEmail(trx, services, user);
  return { object: 'email_verification_request', email: user.email, expires_in_hours: services.config.EMAIL_VERIFICATION_TTL_HOURS };
}
