import { HANDBOOK_LABELS, type FieldMapping } from '../../parse/field-mapping';

/**
 * Salesforce's shipped field mapping: labels. Custom fields' API names are chosen per org (`Segment__c`,
 * `Customer_Segment__c`, …), so no default could name them; an admin adds theirs (read from
 * `data-target-selection-name`, real-markup-notes.md §1.2) beside the labels. The standard fields' API names `Name`
 * and `Website` are the same in every org and language, and are already entries here (`mapFields` tries every entry
 * as an API name first).
 */
export const SALESFORCE_FIELD_MAPPING: FieldMapping = HANDBOOK_LABELS;
