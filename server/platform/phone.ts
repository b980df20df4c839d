import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { invalidRequest } from './http/errors.js';

/**
 * Normalizes a phone number written in any common international spelling ("+44 7700 900123",
 * "0044…", "447700900123") to E.164, or throws a 400 naming `param`.
 */
export function normalizePhoneNumber(input: string, param: string): string {
  const compact = input.trim().replace(/^00/, '+');
  const parsed = parsePhoneNumberFromString(compact.startsWith('+') ? compact : `+${compact}`);
  if (!parsed?.isValid()) {
    throw invalidRequest(
      'phone_number_invalid',
      `${param} must be a phone number in international form with its country code, such as +14155550100.`,
      param,
    );
  }
  return parsed.number;
}

/** "+14155550100" → "14155550100", the form WhatsApp ids use. */
export const digitsOf = (e164: string) => e164.replace(/\D/g, '');
