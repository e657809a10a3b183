import { z } from '../domain/zod';
import { Deployment, Segment, Tier } from '../domain/account';

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case kebab-case');
const Hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected HH:MM (00:00–24:00)');
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
/** Where a rule comes from, shown beside every decision it makes, e.g. "PS Discount Availability". */
const Section = z.string().min(1);

/**
 * The schemas of the texts a user reads (names, reasons, notes, labels): in a policy file each may be a string or
 * its translations, `{ "en": "…", "de": "…", "ja": "…" }` (./localize.ts picks one before this schema sees it). A
 * section and the policy's `source` are not among them: they cite the handbook, and a citation keeps its words.
 */
const TEXT_SCHEMAS = new WeakSet<object>();
/** Whether `schema` is one of the texts a policy may translate (./localize.ts finds them from `Policy`). */
export const isTextSchema = (schema: unknown): boolean => typeof schema === 'object' && schema !== null && TEXT_SCHEMAS.has(schema);

/**
 * What is wrong with a value in a text's place that is an object: a translations object that ./localize.ts could not
 * read (without its English, or with a key that is not a language); `undefined` for anything else (zod says).
 */
function translationProblem(issue: { input?: unknown }): string | undefined {
  const value = issue.input;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  if (typeof (value as Record<string, unknown>).en !== 'string') return 'a translated text needs its English ("en")';
  return 'a translated text maps primary language codes ("en", "de", "ja") to strings';
}
const text = <T extends z.ZodType>(schema: T): T => (TEXT_SCHEMAS.add(schema), schema);
/** A text a user reads, never empty; a string or, in a policy file, its translations. */
const Text = text(z.string({ error: translationProblem }).min(1));
/** A text a user reads that may be empty. */
const AnyText = text(z.string({ error: translationProblem }));

/**
 * A condition over an account. Every key present must hold (AND); a key whose account field is unknown
 * makes the condition unknown rather than false.
 */
export const Condition = z
  .object({
    segment: z.array(Segment).min(1).optional(),
    deployment: z.array(Deployment).min(1).optional(),
    tier: z.array(Tier).min(1).optional(),
    kubernetes: z.boolean().optional(),
    externalServices: z.boolean().optional(),
    arr: z.object({ gt: z.number().optional(), gte: z.number().optional(), lt: z.number().optional(), lte: z.number().optional() }).strict().optional(),
    /** Holds (purchased or included) at least one of these offerings. */
    holds: z.array(Id).min(1).optional(),
  })
  .strict();
export type Condition = z.infer<typeof Condition>;

export const Offering = z
  .object({
    id: Id,
    name: Text,
    section: Section,
    /** Segments the offering applies to; absent means every segment (and the segment is not needed). */
    segments: z.array(Segment).optional(),
    /** A customer profile that must also hold (e.g. self-hosted only). `ifUnknown: 'ignore'` lets the segment table decide. */
    profile: z
      .object({ when: Condition, section: Section, reason: Text, ifUnknown: z.enum(['ignore', 'unknown']) })
      .strict()
      .optional(),
    /** Other offerings that come with this one, optionally only while the implementation runs. */
    includes: z.array(z.object({ offering: Id, during: z.literal('implementation').optional(), section: Section }).strict()).optional(),
    description: AnyText.optional(),
  })
  .strict();
export type Offering = z.infer<typeof Offering>;

export const Package = z
  .object({
    id: Id,
    name: Text,
    /** The offering this package is a form of; absent for packages that only change support terms. */
    offering: Id.optional(),
    aliases: z.array(z.string().min(1)),
    /** A custom support agreement: its SLAs are in the contract, not the policy table. */
    customSupportAgreement: z.boolean().optional(),
    details: z
      .object({
        section: Section,
        accessGranted: z.array(AnyText),
        servicesPerformed: z.array(AnyText),
        customerResources: z.array(AnyText),
      })
      .strict()
      .optional(),
  })
  .strict();
export type Package = z.infer<typeof Package>;

const DiscountStatus = z.enum(['available', 'unavailable', 'not-applicable']);
export const Discount = z
  .object({
    section: Section,
    approvers: z.array(Text).min(1),
    approvalNote: AnyText.optional(),
    /** First rule whose condition holds decides; a rule whose condition is unknown before that makes it unknown. */
    rules: z.array(z.object({ when: Condition, status: DiscountStatus, reason: Text }).strict()).min(1),
  })
  .strict();

const SlackRight = z.object({ offering: Id, label: Text }).strict();
export const Slack = z
  .object({
    section: Section,
    rights: z.object({ support: SlackRight, accountManagement: SlackRight }).strict(),
    optOut: z.object({ section: Section, note: Text }).strict(),
  })
  .strict();

export const Implementation = z
  .object({
    offering: Id,
    section: Section,
    mandatoryWhen: z.array(z.object({ when: Condition, reason: Text }).strict()),
    exemptBy: Text,
    kpi: z.object({ days: z.number().int().positive(), section: Section }).strict(),
    dedicatedTa: z.object({ when: Condition, section: Section, reason: Text }).strict().optional(),
  })
  .strict();

export const Calendar = z
  .object({
    id: Id,
    name: Text,
    zone: z.string().min(1),
    hours: z
      .array(
        z
          .object({ days: z.array(z.number().int().min(1).max(7)).min(1), open: Hhmm, close: Hhmm })
          .strict()
          .refine((h) => h.open < h.close, { message: 'open must be before close', path: ['close'] }),
      )
      .min(1),
    holidays: z.array(IsoDate),
  })
  .strict();

export const Metric = z.enum(['first-response', 'resolution', 'internal-first-response']);
export const Target = z
  .object({
    metric: Metric,
    /** 1 or 2; absent for targets every ticket gets (the internal goal). */
    severity: z.union([z.literal(1), z.literal(2)]).optional(),
    /** Open hours on the calendar; `null` when the handbook sets no deadline ("when complete"). */
    hours: z.number().positive().nullable(),
    calendar: Id,
    internal: z.boolean().optional(),
    section: Section,
    label: Text,
    /** Use another calendar when the account matches, e.g. 24/7 Support SLAs run Severity 1 around the clock. */
    calendarWhen: z.array(z.object({ when: Condition, calendar: Id, reason: Text }).strict()).optional(),
  })
  .strict();
export type Target = z.infer<typeof Target>;

export const Sla = z
  .object({
    section: Section,
    calendars: z.array(Calendar).min(1),
    targets: z.array(Target).min(1),
    /** Tool priorities → severity (Zendesk: urgent, high, normal, low). */
    priorityMap: z.record(z.string(), z.union([z.literal(1), z.literal(2)])),
    /** Ticket statuses during which the SLA clock pauses (e.g. Zendesk's `on-hold`, Salesforce's "Waiting on Customer"). */
    pausedStatuses: z.array(z.string()),
    /** How far a tool's own SLA due time may part from the handbook's before the badge marks it (minutes; default 5). */
    toolDueToleranceMinutes: z.number().min(0).max(1440).optional(),
    customAgreementNote: Text,
    commitments: z
      .array(z.object({ deployments: z.array(Deployment).min(1), uptimePercent: z.number().min(0).max(100), maintenance: z.array(AnyText), section: Section }).strict())
      .optional(),
  })
  .strict();

export const Policy = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(1),
    id: Id,
    name: Text,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a semantic version such as 1.0.0'),
    source: z.string().min(1),
    offerings: z.array(Offering).min(1),
    packages: z.array(Package).min(1),
    discount: Discount,
    slack: Slack.optional(),
    implementation: Implementation.optional(),
    managedServices: z.object({ offering: Id, section: Section }).strict().optional(),
    sla: Sla.optional(),
  })
  .strict()
  .superRefine(checkReferences);
export type Policy = z.infer<typeof Policy>;

/** Cross-references a schema cannot express: ids unique, every referenced offering, package and calendar exists. */
function checkReferences(policy: unknown, ctx: z.RefinementCtx): void {
  // Called by the refinement of the document schema, with what that schema parsed: a policy's shape.
  const p = policy as Policy;
  const offerings = new Set<string>();
  const packages = new Set<string>();
  const calendars = new Set<string>();
  const unique = (set: Set<string>, id: string, path: (string | number)[]) => {
    if (set.has(id)) ctx.addIssue({ code: 'custom', message: `duplicate id "${id}"`, path });
    set.add(id);
  };
  p.offerings.forEach((o, i) => unique(offerings, o.id, ['offerings', i, 'id']));
  p.packages.forEach((k, i) => unique(packages, k.id, ['packages', i, 'id']));
  p.sla?.calendars.forEach((c, i) => unique(calendars, c.id, ['sla', 'calendars', i, 'id']));

  const offering = (id: string, path: (string | number)[]) => {
    if (!offerings.has(id)) ctx.addIssue({ code: 'custom', message: `unknown offering "${id}"`, path });
  };
  const calendar = (id: string, path: (string | number)[]) => {
    if (!calendars.has(id)) ctx.addIssue({ code: 'custom', message: `unknown calendar "${id}"`, path });
  };
  const condition = (c: Condition | undefined, path: (string | number)[]) => c?.holds?.forEach((id, i) => offering(id, [...path, 'holds', i]));

  p.offerings.forEach((o, i) => {
    o.includes?.forEach((inc, j) => offering(inc.offering, ['offerings', i, 'includes', j, 'offering']));
    condition(o.profile?.when, ['offerings', i, 'profile', 'when']);
  });
  p.packages.forEach((k, i) => k.offering && offering(k.offering, ['packages', i, 'offering']));
  p.discount.rules.forEach((r, i) => condition(r.when, ['discount', 'rules', i, 'when']));
  if (p.slack) {
    offering(p.slack.rights.support.offering, ['slack', 'rights', 'support', 'offering']);
    offering(p.slack.rights.accountManagement.offering, ['slack', 'rights', 'accountManagement', 'offering']);
  }
  if (p.implementation) {
    offering(p.implementation.offering, ['implementation', 'offering']);
    p.implementation.mandatoryWhen.forEach((m, i) => condition(m.when, ['implementation', 'mandatoryWhen', i, 'when']));
    condition(p.implementation.dedicatedTa?.when, ['implementation', 'dedicatedTa', 'when']);
  }
  if (p.managedServices) offering(p.managedServices.offering, ['managedServices', 'offering']);
  p.sla?.targets.forEach((t, i) => {
    calendar(t.calendar, ['sla', 'targets', i, 'calendar']);
    t.calendarWhen?.forEach((w, j) => {
      calendar(w.calendar, ['sla', 'targets', i, 'calendarWhen', j, 'calendar']);
      condition(w.when, ['sla', 'targets', i, 'calendarWhen', j, 'when']);
    });
  });
  p.sla?.calendars.forEach((c, i) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: c.zone });
    } catch {
      ctx.addIssue({ code: 'custom', message: `unknown time zone "${c.zone}"`, path: ['sla', 'calendars', i, 'zone'] });
    }
  });
}
