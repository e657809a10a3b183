import { blank, isBlank, ok, unreadable, type Parsed } from './result';

const MULTIPLIERS: Record<string, number> = { '': 1, k: 1e3, m: 1e6, mm: 1e6, b: 1e9, bn: 1e9 };

// Currency marks we recognise but do not convert: a figure in them cannot be compared with USD thresholds.
const FOREIGN = /(€|£|¥|₹|\b(?:EUR|GBP|JPY|CAD|AUD|CHF|INR|CNY|SEK|NOK|DKK|BRL|MXN)\b)/i;

const SYMBOLS: Record<string, string> = { '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' };

// One number: digits with optional thousands commas (groups of three) and decimals, then a k/M/B suffix.
// Spaces here and below are `\s`, which in JavaScript includes the no-break spaces U+00A0 and U+202F that
// localized CRM pages put between a currency code and its number: they are read exactly like a space.
// Spaces are never a thousands separator: the locales that group with them write decimals with a comma
// (`640 000,00`), which this reader does not take, so `640 000` stays unknown rather than half-read.
const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(k|m|mm|b|bn)?$/i;

// The marks that say an amount is in US dollars (a leading `$` is read as USD, as everywhere in this reader).
const USD_MARK = /^(?:USD|US\$|\$)|USD$/i;

// Inside the brackets of a conversion: a currency (an ISO 4217-shaped code, or a symbol) and a figure, either
// way round. The figure's own format is not checked (it is never used), but it must be digits with `.`, `,`
// or spaces between them, so a note such as `(est.)`, `(FY24)` or `(in thousands)` is not mistaken for one.
const FIGURE = String.raw`\d(?:[\d.,]|\s(?=\d))*(?:\s*(?:[kKmMbB]|[mM]{2}|[bB][nN]))?`;
const MARK = String.raw`(?:[A-Z]{3}|US\$|[$€£¥₹])`;
const CONVERTED = new RegExp(String.raw`^(?:${MARK}\s*${FIGURE}|${FIGURE}\s*[A-Z]{3})$`);

/**
 * Reads annual recurring revenue in US dollars. Other currencies are not converted: unknown, with a warning.
 * A trailing conversion in brackets (`USD 640,000.00 (EUR 589,120.00)`) is set aside: the amount before it decides.
 * @example parseArr('$1.2M') // { value: 1200000, warning: null }
 */
export function parseArr(raw: unknown): Parsed<number> {
  if (isBlank(raw)) return blank();
  if (typeof raw === 'number') {
    return Number.isFinite(raw) && raw >= 0 ? ok(raw) : unreadable('ARR', raw);
  }
  if (typeof raw !== 'string') return unreadable('ARR', raw);
  const outer = beforeConversion(raw.trim());
  const figure = outer ?? raw;
  // Only the figure that is the record's amount counts: EUR outside the brackets is still EUR, never the
  // dollars that may follow it in brackets (`EUR 589,120.00 (USD 640,000.00)` is unknown, not $640k).
  const foreign = FOREIGN.exec(figure);
  if (foreign) {
    const code = SYMBOLS[foreign[1]!] ?? foreign[1]!.toUpperCase();
    return unreadable('ARR', raw, `${code} is not converted to USD`);
  }
  if (outer !== null && !USD_MARK.test(outer)) {
    // Conversions appear in multi-currency orgs, where the record's own currency is what decides; a bare figure
    // beside one does not say which currency it is in, so it is not assumed to be dollars.
    return unreadable('ARR', raw, 'the amount before the conversion names no currency');
  }
  // A trailing `USD` is cut, then the spaces before it: `/\s*USD$/` would rescan a long run of spaces from every
  // position in it (quadratic on a hostile value; 0.8 s for 50,000 spaces).
  const text = figure
    .trim()
    .replace(/^(?:USD|US\$|\$)\s*/i, '')
    .replace(/USD$/i, '')
    .trimEnd()
    .replace(/^\$\s*/, '');
  const match = AMOUNT.exec(text);
  if (!match) return unreadable('ARR', raw);
  const [, whole, fraction = '', suffix = ''] = match;
  if (outer !== null && fraction.length === 4 && !suffix) {
    // Both figures of a conversion are shown in the viewer's locale, and a de-DE viewer sees `USD 640.000
    // (EUR 589.120)`: three digits after a dot are then thousands, not decimals. Dollars have two decimals, so
    // the figure is ambiguous and stays unknown rather than read as $640.
    return unreadable('ARR', raw, 'a dot before three digits may separate thousands');
  }
  const value = Number(whole!.replace(/,/g, '') + fraction) * MULTIPLIERS[suffix.toLowerCase()]!;
  // Round to cents so 1.2M is exactly 1200000, not 1199999.9999999998.
  return ok(Math.round(value * 100) / 100);
}

/**
 * The amount before a trailing currency conversion in brackets, or null when there is none. Salesforce
 * multi-currency orgs with "parenthetical currency conversion" show the record's amount, then the viewer's
 * personal currency in brackets (research notes §1.6; the exact text is unconfirmed, so the brackets' content
 * is read loosely). A bracket that is not clearly a conversion is not set aside: it may qualify the figure
 * (`$640 (in thousands)`), so the whole text stays unreadable rather than guessed.
 * @example beforeConversion('USD 640,000.00 (EUR 589,120.00)') // 'USD 640,000.00'
 */
function beforeConversion(text: string): string | null {
  if (!text.endsWith(')')) return null;
  const open = text.lastIndexOf('(');
  if (open < 0) return null;
  const before = text.slice(0, open).trim();
  return before !== '' && CONVERTED.test(text.slice(open + 1, -1).trim()) ? before : null;
}
