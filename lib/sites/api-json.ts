/**
 * Reading the tools' API replies without trusting their shape: the few checks every client's parser makes (Zendesk,
 * Freshdesk, Jira Service Management). Pure; nothing here throws.
 */

export type Json = Record<string, unknown>;

/** A JSON object (not null, not an array). */
export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const NUMERIC_ID = /^[0-9]+$/;

/**
 * A numeric id as text: a non-negative safe integer, or a string of digits; anything else null.
 * @example numericId(7001) // '7001'
 */
export function numericId(value: unknown): string | null {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  if (typeof value === 'string' && NUMERIC_ID.test(value)) return value;
  return null;
}

/**
 * A field value as raw text: strings as-is, numbers and booleans via String(), multi-select arrays joined with ';'
 * (Salesforce's multi-select text form, which the field mapping reads), null or absent ''.
 * @example fieldText(['Premium Support', 'Slack Support']) // 'Premium Support;Slack Support'
 */
export function fieldText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(fieldText).join(';');
  return JSON.stringify(value);
}
