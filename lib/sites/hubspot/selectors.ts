/**
 * HubSpot record pages: companies (app.hubspot.com/contacts/{portalId}/record/0-2/{companyId}) and tickets
 * (…/record/0-5/{ticketId}, and a ticket in the Help Desk workspace: next-tools-and-anchors.md §2b).
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

// Ticket pages (./read-ticket.ts). A ticket record has the company record's layout (next-tools-and-anchors.md §2b: "The
// sidebar property rows follow the company card described in real-markup-notes 3.3"): the rows above serve it too.

/** The record's highlights strip: the badge's place when the record title is not found (notes §3.3). */
export const HS_HIGHLIGHT_STRIP = [
  '[data-test-id="record-highlight-content"]', // highlights strip (notes §3.3, Medium)
] as const;

/**
 * One value of the highlights strip, keyed `highlight-property-display-<internal name>` (notes §3.3; §2b reads the
 * ticket's `highlight-property-display-hs_pipeline_stage` this way, Medium). Read after the property rows.
 */
export const HS_HIGHLIGHT_VALUE = [
  '[data-test-id="record-highlight-content"] [data-test-id^="highlight-property-display-"]', // highlights strip values (notes §3.3; §2b)
] as const;

/**
 * A ticket's title (its name, the `subject` property): the ticket badge goes beside it. `highlightTitle` is the
 * record title "including in help desk" (§2b, Medium: a public code sample); the strip's `subject` value is the same
 * title in the current layout (notes §3.3's `highlight-property-display-<name>` for a ticket's name property: my
 * inference, since the notes show it for a company's `name`).
 */
export const HS_TICKET_TITLE = [
  '[data-selenium-test="highlightTitle"]', // record title, CRM record and help desk (§2b, Medium)
  '[data-test-id="record-highlight-content"] [data-test-id="highlight-property-display-subject"]', // strip value of `subject` (notes §3.3 pattern, inferred)
] as const;

/**
 * An association card: the records associated with the one shown (`data-card-type="ASSOCIATION_V3"`, notes §3.3),
 * in the right sidebar of the record layout (`records-right-sidebar`, notes §3.2, Medium-High).
 */
export const HS_ASSOCIATION_CARD = [
  '[data-test-id="records-right-sidebar"] [data-card-type="ASSOCIATION_V3"]', // CRM record layout (notes §3.2, §3.3)
  '[data-card-type="ASSOCIATION_V3"]', // help-desk workspace: the same cards outside the record layout (inferred, Low: §2b found no hooks there)
] as const;

/**
 * A link to a company record inside an association card. The href is the stable part (notes §3.1, High: `record/0-2`,
 * and the older `/company/{id}`); ./read-ticket.ts checks it against the company URL pattern, so a contact's or a
 * deal's link never counts. One selector list: both link forms may sit in one card.
 */
export const HS_COMPANY_LINK = [
  'a[href*="/record/0-2/"], a[href*="/company/"]', // company record links, current and older URL (notes §3.1)
] as const;
