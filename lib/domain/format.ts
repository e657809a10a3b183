/** Display helpers shared by the panel, badges and popup. Pure: zone and clock style are parameters. */

// Made on first use, not when the module loads: the first Intl object of a page's scripts can cost ~20 ms
// (locale data), and the Zendesk badges import this module without ever formatting money.
let usd: Intl.NumberFormat | null = null;
let compact: Intl.NumberFormat | null = null;

export const formatMoney = (value: number | null, short = false): string => {
  if (value === null) return 'unknown';
  if (short) return (compact ??= new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 })).format(value);
  return (usd ??= new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 })).format(value);
};

/** "just now", "4 min ago", "3 h ago", "2 days ago". */
export function formatAge(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}

/** A due instant in a zone, e.g. "Thu, Nov 19, 10:00 AM PST". `zone` undefined means the viewer's own zone. */
export function formatInstant(iso: string, zone: string | undefined, hour12: boolean | null): string {
  // en-US names US zones (PST) where en-GB would say GMT-8; elsewhere both give GMT offsets or UTC.
  return new Intl.DateTimeFormat('en-US', {
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
  if (!date) return 'unknown';
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

export const SEGMENT_LABELS: Record<string, string> = { SMB: 'SMB', MM: 'Mid-Market', Enterprise: 'Enterprise', Strategic: 'Strategic' };
export const DEPLOYMENT_LABELS: Record<string, string> = { 'self-hosted': 'Self-hosted', managed: 'Managed instance', cloud: 'Cloud' };
