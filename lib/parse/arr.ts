import { blank, isBlank, ok, unreadable, type Parsed } from './result';

const MULTIPLIERS: Record<string, number> = { '': 1, k: 1e3, m: 1e6, mm: 1e6, b: 1e9, bn: 1e9 };

// Currency marks we recognise but do not convert: a figure in them cannot be compared with USD thresholds.
const FOREIGN = /(€|£|¥|₹|\b(?:EUR|GBP|JPY|CAD|AUD|CHF|INR|CNY|SEK|NOK|DKK|BRL|MXN)\b)/i;

const SYMBOLS: Record<string, string> = { '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' };

// One number: digits with optional thousands commas (groups of three) and decimals, then a k/M/B suffix.
const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(k|m|mm|b|bn)?$/i;

/**
 * Reads annual recurring revenue in US dollars. Other currencies are not converted: unknown, with a warning.
 * @example parseArr('$1.2M') // { value: 1200000, warning: null }
 */
export function parseArr(raw: unknown): Parsed<number> {
  if (isBlank(raw)) return blank();
  if (typeof raw === 'number') {
    return Number.isFinite(raw) && raw >= 0 ? ok(raw) : unreadable('ARR', raw);
  }
  if (typeof raw !== 'string') return unreadable('ARR', raw);
  const foreign = FOREIGN.exec(raw);
  if (foreign) {
    const code = SYMBOLS[foreign[1]!] ?? foreign[1]!.toUpperCase();
    return unreadable('ARR', raw, `${code} is not converted to USD`);
  }
  const text = raw
    .trim()
    .replace(/^(?:USD|US\$|\$)\s*/i, '')
    .replace(/\s*(?:USD)$/i, '')
    .replace(/^\$\s*/, '');
  const match = AMOUNT.exec(text);
  if (!match) return unreadable('ARR', raw);
  const [, whole, fraction = '', suffix = ''] = match;
  const value = Number(whole!.replace(/,/g, '') + fraction) * MULTIPLIERS[suffix.toLowerCase()]!;
  // Round to cents so 1.2M is exactly 1200000, not 1199999.9999999998.
  return ok(Math.round(value * 100) / 100);
}
