/**
 * Salesforce Lightning Experience account record page.
 *
 * Every constant is a list of alternatives, most specific first; each selector is matched inside one
 * tree (document or one shadow root) via deep-query — no selector relies on a combinator crossing a
 * shadow boundary. Class names come from the Lightning Design System, which Lightning record pages
 * render with: form elements https://www.lightningdesignsystem.com/components/form-element/ and the
 * record-home page header https://www.lightningdesignsystem.com/components/page-headers/. The
 * `records-*`, `force-*` and `test-id__*` names are Salesforce's own test hooks, as used by public
 * test suites, e.g. CumulusCI's Lightning locators
 * (https://github.com/SFDO-Tooling/CumulusCI/tree/main/cumulusci/robotframework).
 */

/**
 * The page host of the record being shown. Lightning keeps recently visited pages mounted but hidden
 * in sibling `div.oneContent` hosts; only the visible one has `.active`
 * (`div.windowViewMode-normal.oneContent.active.lafPageHost` / `.forcePageHost`).
 */
export const SF_ACTIVE_PAGE = [
  'div.oneContent.active', // standard navigation (Lightning Experience app pages)
] as const;

/** One field of the record detail layout; holds a label and a value. */
export const SF_LAYOUT_ITEM = [
  'records-record-layout-item', // LWC record layout (records-lwc-detail-panel), current Lightning record pages
  'force-record-layout-item', // Aura record layout (force:recordView), older pages and some objects
] as const;

/**
 * The element naming a layout item's field by API name: `data-target-selection-name="sfdc:RecordField.Account.Segment__c"`
 * (real-markup-notes.md §1.2). Searched inside the item; the reader checks the item host itself first.
 */
export const SF_FIELD_API_NAME = [
  '[data-target-selection-name^="sfdc:RecordField."]', // inner div.slds-grid[role=listitem] in the one real capture (§1.2); some builds put it on the host
] as const;

/** The field label inside a layout item. */
export const SF_FIELD_LABEL = [
  '.test-id__field-label', // span inside div.test-id__field-label-container, both layouts
  '.slds-form-element__label', // plain SLDS form element (custom page components)
] as const;

/** The field value container inside a layout item. */
export const SF_FIELD_VALUE = [
  '.test-id__field-value', // span.slds-form-element__static around the output component (both layouts)
  '.slds-form-element__control', // plain SLDS form element
] as const;

/**
 * Parts of a value container that are not the value: the inline-edit pencil and "Change Owner"-style
 * buttons, screen-reader-only text ("Edit Segment"), and field-level help.
 */
export const SF_VALUE_NOISE = [
  'button', // inline-edit trigger (button.test-id__inline-edit-trigger), "Change Owner", help-text toggles
  '.slds-assistive-text', // SLDS screen-reader-only text (LWC and SLDS markup)
  '.assistiveText', // Aura screen-reader-only text (Aura layout items)
  'lightning-helptext', // field-level help popover next to a label (LWC)
] as const;

/** The record highlights panel at the top of the record page. */
export const SF_HIGHLIGHTS_PANEL = [
  'records-lwc-highlights-panel', // LWC highlights panel (current)
  'force-highlights2', // Aura highlights panel (older pages)
] as const;

/** The record name in the highlights panel (searched inside SF_HIGHLIGHTS_PANEL). */
export const SF_RECORD_TITLE = [
  '.slds-page-header__title', // SLDS record-home header title; a <slot name="primaryField"> in LWC
  '[slot="primaryField"]', // the slotted name component itself
] as const;

/**
 * Checkbox fields show no text. LWC layouts render a disabled checkbox inside the value container
 * (its checked state is the value); Aura's ui:outputCheckbox renders an image whose alt is
 * "True"/"False" (CumulusCI: `span.uiOutputCheckbox img[alt='True']`).
 */
export const SF_CHECKBOX_VALUE = [
  'input[type="checkbox"]', // lightning-input type=checkbox (LWC layout)
  '.uiOutputCheckbox img[alt]', // ui:outputCheckbox (Aura layout)
] as const;
