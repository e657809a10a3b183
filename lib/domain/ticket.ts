import { z } from './zod';

export const Severity = z.union([z.literal(1), z.literal(2)]);
export type Severity = z.infer<typeof Severity>;

const Instant = z.string().datetime({ offset: true });

/** A canonical ticket: severity read, times as ISO instants. `null` means unknown or not yet happened. */
export const Ticket = z.object({
  id: z.string().nullable(),
  subject: z.string().nullable(),
  severity: Severity.nullable(),
  status: z.string().nullable(),
  createdAt: Instant.nullable(),
  firstResponseAt: Instant.nullable(),
  resolvedAt: Instant.nullable(),
  pauses: z.array(z.object({ start: Instant, end: Instant.nullable() })),
});
export type Ticket = z.infer<typeof Ticket>;
