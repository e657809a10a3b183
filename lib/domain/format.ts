/** Display helpers shared by the panel, badges and popup. Pure: zone and clock style are parameters. */
import { formatLocale, t, tp, type MessageKey } from '../i18n/t';

// Made on first use, not when the module loads: the first Intl object of a page's scripts can cost ~20 ms
// (locale data), and the Zendesk badges import this module without ever formatting money. Kept per locale: the
// UI's language is found at the first call, and tests switch it.
const usd = new Map<string, Intl.NumberFormat>();
const compact = new Map<string, Intl.NumberFormat>();

function cached(cache: Map<string, Intl.NumberFormat>, locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = cache.get(locale);
  if (!format) cache.set(locale, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** US dollars in the UI's language ("$1,200,000" in English, "1.200.000 $" in German); "unknown" for null. */
export const formatMoney = (value: number | null, short = false): string => {
  if (value === null) return t('common_unknownValue');
  const locale = formatLocale('en-US');
  if (short) return cached(compact, locale, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 }).format(value);
  return cached(usd, locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(value);
};

/** A plain number as the UI's language writes it, every decimal kept ("99.95" in English, "99,95" in German). */
export const formatDecimal = (value: number): string => new Intl.NumberFormat(formatLocale('en-US'), { maximumFractionDigits: 10, useGrouping: false }).format(value);

/** "just now", "4 min ago", "3 h ago", "2 days ago" (in the UI's language). */
export function formatAge(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return t('common_ageJustNow');
  if (minutes < 60) return t('common_ageMinutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('common_ageHours', { count: hours });
  return tp('common_ageDays', Math.floor(hours / 24));
}

/** A due instant in a zone, e.g. "Thu, Nov 19, 10:00 AM PST". `zone` undefined means the viewer's own zone. */
export function formatInstant(iso: string, zone: string | undefined, hour12: boolean | null): string {
  // en-US names US zones (PST) where en-GB would say GMT-8; elsewhere both give GMT offsets or UTC.
  return new Intl.DateTimeFormat(formatLocale('en-US'), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone,
    timeZoneName: 'short',
    ...(hour12 === null ? {} : { hour12 }),
  }).format(new Date(iso));
}

/** "2026-12-15" → "15 Dec 2026" (dates are calendar dates, shown without any zone shift). */
export function formatDate(date: string | null): string {
  if (!date) return t('common_unknownValue');
  return new Intl.DateTimeFormat(formatLocale('en-GB'), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

const SEGMENT_KEYS: Record<string, MessageKey> = {
  SMB: 'common_segmentSMB',
  MM: 'common_segmentMM',
  Enterprise: 'common_segmentEnterprise',
  Strategic: 'common_segmentStrategic',
};
const DEPLOYMENT_KEYS: Record<string, MessageKey> = {
  'self-hosted': 'common_deploymentSelfHosted',
  managed: 'common_deploymentManaged',
  cloud: 'common_deploymentCloud',
};

const lookUp = (keys: Record<string, MessageKey>, value: string): string | undefined => (Object.hasOwn(keys, value) ? t(keys[value]!) : undefined);

/** A segment as people say it, in the UI's language (undefined for a value no segment has). @example segmentLabel('MM') // 'Mid-Market' */
export const segmentLabel = (segment: string): string | undefined => lookUp(SEGMENT_KEYS, segment);

/** A deployment as people say it, in the UI's language. @example deploymentLabel('managed') // 'Managed instance' */
export const deploymentLabel = (deployment: string): string | undefined => lookUp(DEPLOYMENT_KEYS, deployment);

const NOUNS: Record<string, { name: MessageKey; lower: MessageKey; plural: MessageKey }> = {
  Case: { name: 'common_nounCase', lower: 'common_nounCaseLower', plural: 'common_nounCases' },
  Ticket: { name: 'common_nounTicket', lower: 'common_nounTicketLower', plural: 'common_nounTickets' },
  Request: { name: 'common_nounRequest', lower: 'common_nounRequestLower', plural: 'common_nounRequests' },
};

/**
 * A tool's word for its tickets (its adapter's `noun`: 'Case', 'Ticket', 'Request'; none: a ticket) in the UI's
 * language: as a name ("Case 00001001"), inside a sentence ("this case"; German keeps its capital), and plural. A noun
 * without messages of its own (a tool added later) is shown as the tool names it.
 * @example ticketNoun('Case').lower // 'case' (English), 'Kundenvorgang' (German)
 */
export function ticketNoun(noun: string | undefined): { name: string; lower: string; plural: string } {
  const keys = noun === undefined ? NOUNS.Ticket : NOUNS[noun];
  if (keys) return { name: t(keys.name), lower: t(keys.lower), plural: t(keys.plural) };
  return { name: noun!, lower: noun!.toLowerCase(), plural: `${noun!.toLowerCase()}s` };
}
