import { z } from './zod';

/** The four market segments of the handbook's segmentation, in ascending order. */
export const SEGMENTS = ['SMB', 'MM', 'Enterprise', 'Strategic'] as const;
export const Segment = z.enum(SEGMENTS);
export type Segment = z.infer<typeof Segment>;

export const DEPLOYMENTS = ['self-hosted', 'managed', 'cloud'] as const;
export const Deployment = z.enum(DEPLOYMENTS);
export type Deployment = z.infer<typeof Deployment>;

/** GitLab's editions (the gitlab preset decides services by them). */
export const Tier = z.enum(['CE', 'EE']);
export type Tier = z.infer<typeof Tier>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** An account's own SLA targets (custom support agreements), overriding the policy's table. */
export const CustomTarget = z.object({
  metric: z.string().min(1),
  severity: z.union([z.literal(1), z.literal(2)]),
  hours: z.number().positive().nullable(),
  calendar: z.string().min(1).optional(),
});
export type CustomTarget = z.infer<typeof CustomTarget>;

/**
 * A canonical account: every field already read from its messy source.
 * `null` always means "unknown" (unreadable or absent), never "no".
 */
export const Account = z.object({
  id: z.string().nullable(),
  name: z.string().nullable(),
  domain: z.string().nullable(),
  segment: Segment.nullable(),
  arr: z.number().nonnegative().nullable(),
  deployment: Deployment.nullable(),
  infrastructure: z.object({
    kubernetes: z.boolean().nullable(),
    externalServices: z.boolean().nullable(),
  }),
  /** Canonical package ids from the policy's catalogue; `null` when the field could not be read. */
  packages: z.array(z.string()).nullable(),
  implementation: z.object({
    start: IsoDate.nullable(),
    end: IsoDate.nullable(),
    exempt: z.boolean(),
  }),
  slackOptOut: z.boolean().nullable(),
  renewalDate: IsoDate.nullable(),
  tier: Tier.nullable(),
  slaTargets: z.array(CustomTarget).nullable(),
});
export type Account = z.infer<typeof Account>;
