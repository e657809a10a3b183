/**
 * HubSpot company record page (app.hubspot.com/contacts/{portalId}/record/0-2/{companyId}).
 *
 * HubSpot's class names are generated (styled-components) and change between releases; its
 * `data-selenium-test` / `data-test-id` test hooks are the stable surface, and the `private-form__*`
 * classes belong to its UI library's form controls. Hook names are the ones public HubSpot
 * integrations rely on (e.g. clockify/browser-extension src/integrations/hubspot.js:
 * `property-input-{name}`, `highlightTitle`, `company-highlight-details`). Record pages have a left
 * sidebar (`data-test-id="left-sidebar"`: highlights, then the "About this company" property card),
 * a middle pane of tabs and a right sidebar of associations. Objects and properties:
 * https://developers.hubspot.com/docs/api-reference/latest/crm/understanding-the-crm
 */

/** The left sidebar of a record page: highlights plus the "About this company" property card. */
export const HS_RECORD_SIDEBAR = [
  '[data-test-id="left-sidebar"]', // record page (2023+ layout)
] as const;

/** One property's editable control; the property's internal name follows the prefix. */
export const HS_PROPERTY_CONTROL = [
  '[data-selenium-test^="property-input-"]', // textarea/input for text, number, date; button for dropdowns
] as const;

/** The form-control wrapper holding one property's label and control. */
export const HS_PROPERTY_SET = [
  '.private-form__set', // HubSpot UI form control wrapper
] as const;

/** The label inside HS_PROPERTY_SET (used when the control has no `<label for>`). */
export const HS_PROPERTY_LABEL = [
  'label.private-form__label', // HubSpot UI form label
  'label', // any label element in the wrapper
] as const;

/** The record name in the highlights card. */
export const HS_RECORD_TITLE = [
  '[data-selenium-test="highlightTitle"]', // record highlight card title (companies, contacts, deals, tickets)
] as const;
