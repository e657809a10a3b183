/**
 * HubSpot company record page (app.hubspot.com/contacts/{portalId}/record/0-2/{companyId}).
 *
 * HubSpot's class names are styled-components hashes that change between builds (`sc-gKXOVf kDdyzY`), so nothing
 * here uses a class; its `data-test-id` / `data-selenium-test` test hooks are the surface to read
 * (real-markup-notes.md §3.2). Page layout: a left sidebar (`data-test-id="left-sidebar"`: the highlights strip, then
 * property cards such as "About this company", each with `data-card-type` / `data-card-id`), a middle pane of tabs
 * and a right sidebar of association cards (notes §3.2, §3.3). Objects and properties:
 * https://developers.hubspot.com/docs/api-reference/latest/crm/understanding-the-crm
 */

/** The left sidebar of a record page: the highlights strip plus the property cards. */
export const HS_RECORD_SIDEBAR = [
  '[data-test-id="left-sidebar"]', // record page three-column layout (notes §3.2)
] as const;

/**
 * One property row of a sidebar property card; its `data-test-id` is the property's internal name (`name`, `domain`,
 * `hubspot_owner_id`, a portal's `segment`). Rows are direct children of the list (notes §3.3).
 */
export const HS_PROPERTY_ROW = [
  'ul[data-selenium-test="profile-properties-list"] > span[data-test-id]', // PROPERTIES_V3 cards (notes §3.3)
] as const;

/**
 * One row of the "View all properties" panel, keyed `property-input-<internal name>`. The panel is virtualized and
 * shows `property-input-skeleton` placeholders while it loads; those are not rows (notes §3.3).
 */
export const HS_ALL_PROPERTIES_ROW = [
  '[data-test-id="all-properties-panel"] [data-test-id^="property-input-"]:not([data-test-id="property-input-skeleton"])', // all-properties panel (notes §3.3)
] as const;

/**
 * One property of the older sidebar form, keyed by `data-profile-property="<internal name>"`, with a `label[for]`
 * and a readonly control (notes §3.2: `form[data-selenium-test="profile-properties"]`, Medium, version-dependent;
 * the HTML capture the notes cite there).
 */
export const HS_LEGACY_PROPERTY_ROW = [
  'form[data-selenium-test="profile-properties"] [data-profile-property]', // older sidebar form (notes §3.2)
] as const;

/** The property's visible label inside a row. */
export const HS_PROPERTY_LABEL = [
  'label', // `label > span > span` with a per-render id and no `for` (notes §3.3); `label.private-form__label[for]` in the older form
] as const;

/**
 * The value node inside a row, `data-selenium-test="property-input-<internal name>"`. Owner rows have none: their
 * value is the row's bare text (notes §3.3).
 */
export const HS_PROPERTY_VALUE = [
  '[data-selenium-test^="property-input-"]', // span in display mode, button one level deeper in input mode (notes §3.3); readonly input in the older form
] as const;

/** Parts of a value that are not the value. */
export const HS_VALUE_NOISE = [
  '[data-test-id="dropdown-caret"]', // caret beside an enum's badge (notes §3.3)
  '[aria-hidden="true"]', // decorative icons: the older form's edit pencil and external-link overlay
] as const;

/** A placeholder for a row whose value has not loaded: the row is not read (its value is not "empty"). */
export const HS_LOADING = [
  '[data-test-id="property-input-skeleton"]', // virtualized all-properties panel while loading (notes §3.3)
] as const;

/** The record name. */
export const HS_RECORD_TITLE = [
  '[data-test-id="record-highlight-content"] [data-test-id="highlight-property-display-name"]', // highlights strip, value of `name` (notes §3.3)
  '[data-selenium-test="highlightTitle"]', // older highlight card (company-highlight-details, notes §3.2)
] as const;
