import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { invalidRequest } from './http/errors.js';

/**
 * Normalizes a phone number written in any common international spelling ("+44 7700 900123",
 * "0044…", "447700900123") to E.164, or throws a 400 naming `param`.
 */
export function normalizePhoneNumber(input: string, param: string): string {
  const e164 = toE164(input);
  if (e164 === null) {
    throw invalidRequest(
      'phone_number_invalid',
      `${param} must be a phone number in international form with its country code, such as +14155550100.`,
      param,
    );
  }
  return e164;
}

/** The E.164 form of a phone number in any common international spelling, or null when it is not one. */
export function toE164(input: string): string | null {
  const compact = input.trim().replace(/^00/, '+');
  const parsed = parsePhoneNumberFromString(compact.startsWith('+') ? compact : `+${compact}`);
  return parsed?.isValid() ? parsed.number : null;
}

/** "+14155550100" → "14155550100", the form WhatsApp ids use. */
export const digitsOf = (e164: string) => e164.replace(/\D/g, '');
