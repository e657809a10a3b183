import type { Severity } from '../../domain/ticket';
import { HANDBOOK_LABELS, type FieldMapping } from '../../parse/field-mapping';

/**
 * Salesforce's shipped field mapping: labels. Custom fields' API names are chosen per org (`Segment__c`,
 * `Customer_Segment__c`, …), so no default could name them; an admin adds theirs (read from
 * `data-target-selection-name`, real-markup-notes.md §1.2) beside the labels. The standard fields' API names `Name`
 * and `Website` are the same in every org and language, and are already entries here (`mapFields` tries every entry
 * as an API name first).
 */
export const SALESFORCE_FIELD_MAPPING: FieldMapping = HANDBOOK_LABELS;

/**
 * Salesforce Case priorities → handbook severity, where no policy's `sla.priorityMap` replaces it. The standard Case
 * Priority picklist is High, Medium, Low (the Case object reference; orgs may add values, such as "Critical", which a
 * policy maps); pages show the labels (`High`) and severity matching ignores case. As for Zendesk's and HubSpot's, the
 * upper priority is Severity 1 and the others Severity 2.
 */
export const SALESFORCE_PRIORITY_MAP: Readonly<Record<string, Severity>> = { high: 1, medium: 2, low: 2 };
