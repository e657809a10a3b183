import { z } from '../domain/zod';
import { ticketFieldMappingsProblem } from '../parse/ticket-fields';
import { PAGE_TICKET_TOOLS, TOOL_IDS } from '../sites/registry';
import { HOST_NAME } from './host-name';
import type { TicketFieldMappings } from './ticket-fields';
import { AlertSettingsInput } from '../alerts/settings';

const Tool = z.enum(TOOL_IDS);
const Mapping = z.record(z.string(), z.array(z.string().min(1)));

/**
 * Per tool whose tickets are read from its pages: ticket field → names or labels. Checked by the one zod-free rule the
 * content scripts apply too (`ticketFieldMappingsProblem`), so a value the settings drop is one the pages ignore.
 */
const AdminTicketFieldMappings = z.custom<TicketFieldMappings>((raw) => ticketFieldMappingsProblem(raw, PAGE_TICKET_TOOLS) === null, {
  error: (issue) => ticketFieldMappingsProblem(issue.input, PAGE_TICKET_TOOLS) ?? 'invalid',
});

/** A host the admin adds for a tool on a custom domain (Salesforce My Domain, a Zendesk host mapping). */
export const CustomDomain = z.object({
  host: z.string().toLowerCase().regex(HOST_NAME, 'expected a host name such as support.example.com'),
  tool: Tool,
});
export type CustomDomain = z.infer<typeof CustomDomain>;

/**
 * What an administrator may push through enterprise policy (Chrome `3rdparty` managed storage, Firefox
 * `policies.json` `3rdparty`). Every key is optional; `public/managed_schema.json` mirrors this for Chrome.
 */
export const ManagedConfig = z
  .object({
    /** A whole policy document (validated like any other; an invalid one is refused and reported). */
    policy: z.unknown().optional(),
    /** Or one of the shipped presets by id. */
    policyPreset: z.string().optional(),
    directoryUrl: z.string().url().optional(),
    directoryRefreshMinutes: z.number().int().min(5).max(10_080).optional(),
    fieldMappings: z
      .object(Object.fromEntries(TOOL_IDS.map((id) => [id, Mapping.optional()])))
      .partial()
      .optional(),
    /** Where ticket fields are read on the tools' pages (a German org's "Datum/Uhrzeit geöffnet"): lib/parse/ticket-fields.ts. */
    ticketFieldMappings: AdminTicketFieldMappings.optional(),
    customDomains: z.array(CustomDomain).optional(),
    holidays: z.record(z.string(), z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/))).optional(),
    zendeskSeverityField: z.string().regex(/^\d+$/).optional(),
    /** Alerts ahead of a breach: thresholds per severity, at breach, quiet hours, watch hours and limit (lib/alerts/settings.ts). */
    alerts: AlertSettingsInput.optional(),
    /** When true, nothing can be changed locally: every control shows "set by your administrator". */
    lockLocalChanges: z.boolean().optional(),
  })
  .passthrough();
export type ManagedConfig = z.infer<typeof ManagedConfig>;

export interface ManagedRead {
  config: ManagedConfig;
  /** Problems with what the admin pushed, each naming the key (shown in the options page). */
  problems: string[];
}

/**
 * Reads raw managed storage. A missing managed store (Firefox without policies, a dev profile) is not an
 * error: it is an empty config. Keys that fail validation are dropped one by one, each with a problem.
 * @example parseManaged({ directoryUrl: 'https://x', lockLocalChanges: true }).config.lockLocalChanges // true
 */
export function parseManaged(raw: unknown): ManagedRead {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { config: {}, problems: raw === undefined || raw === null ? [] : ['Managed configuration is not an object'] };
  const config: Record<string, unknown> = {};
  const problems: string[] = [];
  const shape = ManagedConfig.shape as Record<string, z.ZodType>;
  for (const [key, value] of Object.entries(raw)) {
    const schema = shape[key];
    if (!schema) {
      problems.push(`Managed key "${key}" is not known and was ignored`);
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) config[key] = parsed.data;
    else {
      // The path inside the key names what was wrong in an object value (`alerts`: `thresholds.sev1`).
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.map(String).join('.')}: ` : '';
      problems.push(`Managed key "${key}": ${where}${issue?.message ?? 'invalid'}`);
    }
  }
  return { config: config as ManagedConfig, problems };
}
