import { invalidRequest } from '../platform/http/errors.js';
import type { ConnectionRow } from './models.js';

/** The longest reply to a rejected call (what a WhatsApp text comfortably holds for a short notice). */
export const MAX_REJECT_CALL_MESSAGE = 1000;

export interface CallSettingsInput {
  reject_calls?: boolean;
  reject_call_message?: string | null;
}

/** The columns a create or update sets for the call settings it names; the message is trimmed, and checked. */
export function callSettingsPatch(input: CallSettingsInput): Partial<Pick<ConnectionRow, 'reject_calls' | 'reject_call_message'>> {
  const patch: Partial<Pick<ConnectionRow, 'reject_calls' | 'reject_call_message'>> = {};
  if (input.reject_calls !== undefined) patch.reject_calls = input.reject_calls;
  if (input.reject_call_message !== undefined) {
    const text = input.reject_call_message?.trim() ?? null;
    if (text !== null && (text.length === 0 || text.length > MAX_REJECT_CALL_MESSAGE)) {
      throw invalidRequest('parameter_invalid', `reject_call_message must be 1 to ${MAX_REJECT_CALL_MESSAGE} characters of text, or null for none.`, 'reject_call_message');
    }
    patch.reject_call_message = text;
  }
  return patch;
}
