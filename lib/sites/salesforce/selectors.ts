/**
 * Salesforce Lightning Experience: account record pages, Case record pages (standard navigation and Service Console)
 * and Case lists (list views and related lists).
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

// --- Case record pages (research: next-tools-and-anchors.md §2a; real-markup-notes.md §1.4, §1.5) ---------------------

/**
 * A Service Console record page host. The console keeps a workspace tab per opened record, each with its own host
 * marked `.active` within its tab, so several of these are mounted and only the shown one counts (the Case reader
 * checks visibility). High: Selenium page objects in several unrelated repositories match the class string
 * `windowViewMode-maximized active lafPageHost`, and a public extension reads
 * `section.oneConsoleTab div.windowViewMode-maximized.active.lafPageHost` (public code samples). Whether console
 * hosts also carry `.oneContent` (SF_ACTIVE_PAGE) is not known, so this is matched apart.
 */
export const SF_CONSOLE_PAGE_HOST = [
  'div.windowViewMode-maximized.active.lafPageHost', // Service Console workspace tab's page host
] as const;

/**
 * Marks of a mounted but hidden container: a console workspace or record tab that is not shown keeps its DOM
 * (next-tools-and-anchors.md §2a "Active console tab"; real-markup-notes.md §1.2, whose Selenium page objects filter on
 * the visible containers' `.slds-show` for that reason). SLDS hides with `.slds-hide`
 * (https://www.lightningdesignsystem.com/utilities/visibility/): Medium that Lightning's console uses it for workspaces
 * (the notes' `.slds-show` counterpart), High for the utility class. `[hidden]` is the HTML attribute (High). Inline
 * `display: none` (Lightning's cached pages) is read from the style in code; in a browser `checkVisibility()` sees the rest.
 */
export const SF_HIDDEN_CONTAINER = [
  '.slds-hide, [hidden]', // SLDS visibility utility, HTML hidden attribute
] as const;

/**
 * The badge's place on a record page: the title column of the record-home page header in the highlights panel (the
 * badge is appended there, beside the record's name). SLDS record-home page header
 * (https://www.lightningdesignsystem.com/components/page-headers/): `.slds-page-header__col-title` inside the first
 * `.slds-page-header__row`. High for SLDS; Low that `records-highlights2` prints the title column (no capture shows
 * it), hence the row itself as the second choice (the account fixture's header, notes §1.4).
 * Searched inside SF_HIGHLIGHTS_PANEL.
 */
export const SF_RECORD_HEADER_TITLE = [
  '.slds-page-header__col-title', // SLDS record-home header: title column (name, entity label)
  '.slds-page-header__row', // the header's first row (title and actions), where the title column is not printed
] as const;

/**
 * One field of the highlights panel (the compact layout strip). High (notes §1.4: a saved Case page, and CumulusCI's
 * locators: `records-highlights-details-item` from API 54, `force-highlights-details-item` before).
 */
export const SF_HIGHLIGHTS_ITEM = [
  'records-highlights-details-item', // LWC highlights panel, API 54 onward
  'force-highlights-details-item', // Aura highlights panel, before API 54
] as const;

/** A highlights item's label: `p.slds-text-title[title="<Label>"]` (High, notes §1.4). Read by its `title`, else its text. */
export const SF_HIGHLIGHTS_LABEL = [
  '.slds-text-title', // p.slds-text-title.slds-truncate[title]
] as const;

/** A highlights item's value: `p.fieldComponent` around the output component (High, notes §1.4). */
export const SF_HIGHLIGHTS_VALUE = [
  '.fieldComponent', // p.fieldComponent.slds-text-body--regular > slot > lightning-formatted-text
] as const;

/**
 * A link to a record: lookups render `force-lookup > records-hoverable-link > a[href="/lightning/r/<Object>/<id>/view"]`
 * (High, notes §1.3), and list-view lookup cells link to `/lightning/r/<id>/view` (a public extension reads
 * `a[href*="/lightning/r/"]` inside list rows). The href says which record; the reader accepts account ids only
 * where it wants an account.
 */
export const SF_RECORD_LINK = [
  'a[href*="/lightning/r/"]', // lookup link (record page and list cells)
] as const;

// --- Case lists: list views and related lists (lightning-datatable) ----------------------------------------------------

/**
 * The list's data table. Medium-High: a public Case-list userscript reads `lightning-datatable` and finds its `tbody`
 * through shadow roots; a public puppeteer test reaches the rows through
 * `document.querySelector('lightning-datatable').shadowRoot` (the native-shadow variant; public code samples).
 */
export const SF_LIST_TABLE = [
  'lightning-datatable', // LWC base data table (list views, related-list pages)
] as const;

/**
 * One record row: `tr[data-row-key-value="<record id>"]`. High: the userscript above (the value is the Case id), and
 * several Selenium/Playwright scripts (`//tr[@data-row-key-value]`); a saved datatable row shows the same attribute
 * set (public code samples). Searched with deep-query inside each SF_LIST_TABLE.
 */
export const SF_LIST_ROW = [
  'tr[data-row-key-value]', // lightning-datatable body row
] as const;

/**
 * A row's cells with their column label: the row header is a `th[data-label]` (role=rowheader), the others
 * `td[data-label]` (role=gridcell). High: the userscript's `td[data-label="Case Number"]`, Selenium scripts'
 * `th[@data-label="…"]`, and a saved row's outerHTML (`th … data-label="View"`, `td … data-label="Mine Name"`; a
 * public code sample). The cell factory inside repeats `data-label`; matching th/td only keeps one element per cell.
 * The label is the column's, as the list view shows it (localized, admin-renamable).
 */
export const SF_LIST_CELL = [
  'th[data-label], td[data-label]', // row header and grid cells
] as const;

/**
 * A column header's label: `thead … a.slds-th__action span[title="<Column label>"]` (Medium: the Case-list
 * userscript; SLDS data table header markup, https://www.lightningdesignsystem.com/components/data-tables/). Searched
 * inside each header cell; read by its `title`.
 */
export const SF_LIST_HEADER_TITLE = [
  '.slds-th__action [title]', // a.slds-th__action > … > span.slds-truncate[title]
] as const;

/**
 * A cell's content wrapper, where a list badge is prepended: the cell factory's `span.slds-grid.slds-grid_align-spread`
 * around `div.slds-truncate` (Medium: a saved row's outerHTML; Selenium XPaths step
 * `lightning-primitive-cell-factory/span/div`; public code samples), else the cell factory itself (several Selenium
 * scripts: `th//lightning-primitive-cell-factory[@data-label=…]`). Searched inside one cell; the cell itself is the
 * last resort, in code.
 */
export const SF_LIST_CELL_CONTENT = [
  'span.slds-grid', // lightning-primitive-cell-factory > span.slds-grid.slds-grid_align-spread
  'lightning-primitive-cell-factory', // the cell factory, where its wrapper differs
] as const;

/**
 * A cell's value, without the inline-edit button beside it: `div.slds-truncate` in the content wrapper (the same saved
 * row as SF_LIST_CELL_CONTENT, Medium). Read in one native query; where it is missing the whole cell is read, noise
 * skipped (SF_VALUE_NOISE).
 */
export const SF_LIST_CELL_VALUE = [
  '.slds-truncate', // lightning-primitive-cell-factory > span.slds-grid > div.slds-truncate
] as const;
