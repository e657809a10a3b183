import type { Segment } from '../domain/account';
import { blank, isBlank, ok, squash, unreadable, type Parsed } from './result';

// The spellings CRMs actually carry, squashed (see `squash`). "Commercial" is deliberately absent:
// the handbook uses it for SMB and MM together, so it names no single segment.
const ALIASES: Record<string, Segment> = {
  smb: 'SMB',
  smallbusiness: 'SMB',
  mm: 'MM',
  midmarket: 'MM',
  enterprise: 'Enterprise',
  ent: 'Enterprise',
  strategic: 'Strategic',
};

/**
 * Reads a market segment, case- and punctuation-insensitively.
 * @example parseSegment('Mid Market') // { value: 'MM', warning: null }
 */
export function parseSegment(raw: unknown): Parsed<Segment> {
  if (isBlank(raw)) return blank();
  if (typeof raw !== 'string') return unreadable('Segment', raw);
  const key = squash(raw);
  // Own keys only: 'constructor' must not find Object.prototype.constructor.
  const segment = Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined;
  return segment ? ok(segment) : unreadable('Segment', raw);
}
