import type { Severity } from '../../domain/ticket';
import { HANDBOOK_LABELS, type FieldMapping } from '../../parse/field-mapping';
import type { TicketFieldMapping } from '../../parse/ticket-fields';

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

/**
 * Where a Case's fields are read (lib/parse/ticket-fields.ts): each field's API name first, then its standard English
 * label. The API name is label-independent (`data-target-selection-name="sfdc:RecordField.Case.Priority"`,
 * next-tools-and-anchors.md §2a, Medium) but only a record page's detail layout prints it; the label is what a layout
 * item, a highlights item and a list view's column show (High for the structure). Labels are localized and
 * admin-renamable, so an org in another language adds its own (`Datum/Uhrzeit geöffnet`), which list views need: they
 * show labels only. Field names from the Case object reference (§2a "REST and UI API shapes"); `CreatedDate` is the
 * field Lightning labels "Date/Time Opened", and `Subject`, `Priority` and `Status` are API name and label alike.
 */
export const SALESFORCE_TICKET_FIELDS: TicketFieldMapping = {
  number: ['CaseNumber', 'Case Number'],
  subject: ['Subject'],
  priority: ['Priority'],
  status: ['Status'],
  opened: ['CreatedDate', 'Date/Time Opened'],
  account: ['AccountId', 'Account Name'],
  entitlement: ['EntitlementId', 'Entitlement Name'],
};
