import { recordUsage } from '../usage/ledger.js';
import type { components } from '../generated/openapi.js';
import { assertCommandable, commandConnection, findConnection } from '../connections/service.js';
import { notConnected, type NumberCheck } from '../connections/transport.js';
import type { Transaction } from '../platform/db/database.js';
import { ApiError } from '../platform/http/errors.js';
import { consume } from '../platform/http/rate-limit.js';
import { toE164 } from '../platform/phone.js';
import type { Services } from '../platform/services.js';

type ContactCheck = components['schemas']['ContactCheck'];
type ContactCheckRequest = components['schemas']['ContactCheckRequest'];

/** Up to two USync round-trips to WhatsApp (and re-asks in rare cases): longer than a quick command's 10 s. */
const CHECK_TIMEOUT_MS = 30_000;

/**
 * Which numbers are on WhatsApp, asked through the connection's own link. Invalid inputs are answered without
 * asking; each distinct valid number is asked once and counts against the connection's hourly budget, spent
 * before asking so that concurrent requests cannot overrun it.
 */
export async function checkContacts(trx: Transaction, services: Services, request: ContactCheckRequest): Promise<ContactCheck> {
  const connection = await findConnection(trx, request.connection_id);
  // Everything that would refuse the request is checked before the budget is spent.
  assertCommandable(connection);
  if (connection.status !== 'connected') throw notConnected(connection.id);
  const normalized = request.phone_numbers.map(toE164);
  const distinct = [...new Set(normalized.filter((n): n is string => n !== null))];
  let answers = new Map<string, NumberCheck>();
  if (distinct.length > 0) {
    await consume(
      services.limiters.numberChecks,
      connection.id,
      `Connection ${connection.id} has used its hourly budget of number checks (${services.config.NUMBER_CHECKS_PER_HOUR} numbers); WhatsApp bans numbers that look up many others. Retry later, or spread checks over time.`,
      undefined,
      { points: distinct.length, refundRefused: true },
    );
    let checks: NumberCheck[];
    try {
      checks = (await commandConnection(services, connection, { name: 'check_numbers', phoneNumbers: distinct }, CHECK_TIMEOUT_MS)) as NumberCheck[];
    } catch (error) {
      // The worker had no open link to ask through: give the budget back. (After a timeout the worker may still
      // be asking, so that stays charged.)
      if (error instanceof ApiError && (error.code === 'connection_not_running' || error.code === 'connection_not_connected')) {
        await services.limiters.numberChecks.reward(connection.id, distinct.length).catch(() => undefined);
      }
      throw error;
    }
    answers = new Map(checks.map((check) => [check.phoneNumber, check]));
    await recordUsage(trx, services.config, { accountId: connection.account_id, mode: connection.mode }, [
      { category: 'number_checks', quantity: distinct.length, subjectId: connection.id },
    ]);
  }
  return {
    object: 'contact_check',
    connection_id: connection.id,
    results: request.phone_numbers.map((input, index) => {
      const phoneNumber = normalized[index] ?? null;
      const answer = phoneNumber ? answers.get(phoneNumber) : undefined;
      return {
        input,
        phone_number: phoneNumber,
        status: phoneNumber === null ? 'invalid' : answer?.onWhatsApp ? 'on_whatsapp' : 'not_on_whatsapp',
        wa_jid: answer?.jid ?? null,
      };
    }),
  };
}
