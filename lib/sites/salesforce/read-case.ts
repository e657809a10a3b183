/**
 * Reads a Salesforce Service Cloud Case record page (standard navigation and the Service Console) into the ticket the
 * badges evaluate: raw displayed text, nothing interpreted (lib/background reads the times and maps the priority).
 * Fields come from the record's detail layout (by API name, then by label; the same layout items as account pages,
 * ./read-page.ts) and from its highlights panel (by label), as the ticket field mapping names them (./defaults.ts).
 * Milestones are not read: their rendered markup has no public hooks (next-tools-and-anchors.md §2a), so `toolDue`
 * stays empty rather than scraped. Pure DOM reading.
 */
import { deepQueryAlternatives, deepQueryFirst } from '../dom/deep-query';
import { visibleText } from '../dom/dom-text';
import { nameKey } from '../../parse/field-mapping';
import { squash } from '../../parse/result';
import { TICKET_FIELDS, findTicketField, type TicketField, type TicketFieldMapping } from '../../parse/ticket-fields';
import type { PageMatch, TicketPlace } from '../page-data';
import { caseAccount, caseFieldMapping, missingCaseFields, textOrNull } from './case-fields';
import { readLayoutItem, readRecordName } from './read-page';
import {
  SF_ACTIVE_PAGE,
  SF_CONSOLE_PAGE_HOST,
  SF_HIDDEN_CONTAINER,
  SF_HIGHLIGHTS_ITEM,
  SF_HIGHLIGHTS_LABEL,
  SF_HIGHLIGHTS_PANEL,
  SF_HIGHLIGHTS_VALUE,
  SF_LAYOUT_ITEM,
  SF_RECORD_HEADER_TITLE,
} from './selectors';

export { readSalesforceCaseRows, salesforceRowRoots } from './read-case-list';

const HIDDEN = SF_HIDDEN_CONTAINER.join(', ');
/**
 * An inline `display: none`: how the fixtures and the demo hide a cached page (inferred, Low: the notes say only that
 * cached pages stay mounted without `.active`); in a browser, checkVisibility() sees whatever Lightning really uses.
 */
const INLINE_HIDDEN = /(?:^|;)\s*display\s*:\s*none\s*(?:!important\s*)?(?:;|$)/i;
const DOCUMENT_FRAGMENT_NODE = 11;

/**
 * The Case shown on `root` and where its badge goes (appended to the record header's title area), or null when `page`
 * is not a Case record page, no Case has rendered yet (callers retry on DOM mutations), or which of several mounted
 * records is shown cannot be told: never a guess, which could show another customer's SLA.
 * `page` is the caller's one match of the URL; the ticket id is its record id. `url` gives the account link's origin.
 * `mapping`: the ticket field mapping in force (absent: SALESFORCE_TICKET_FIELDS).
 * @example readSalesforceCase(document, matchPage(url)!, url, { opened: ['CreatedDate', 'Datum/Uhrzeit geöffnet'] })?.ticket?.missing // ['Datum/Uhrzeit geöffnet'] where the page shows neither
 */
export function readSalesforceCase(root: ParentNode, page: PageMatch, url: URL, mapping?: TicketFieldMapping): TicketPlace<'salesforce'> | null {
  if (page.tool !== 'salesforce' || page.kind !== 'ticket' || page.recordId === null) return null;
  const shown = shownRecord(root);
  if (!shown) return null;
  const entries = caseFieldMapping(mapping);
  const fields = caseFields(shown.scope, shown.panel, entries);
  if (fields.size === 0) return null;

  const text = (field: TicketField) => textOrNull(fields.get(field));
  return {
    anchor: shown.anchor,
    ticketId: page.recordId,
    ticket: {
      tool: 'salesforce',
      ticketId: page.recordId,
      // The header's title is the record's name, which for a Case is its number: the fallback when no field shows it.
      label: text('number') ?? readRecordName(shown.scope),
      subject: text('subject'),
      priority: text('priority'),
      status: text('status'),
      opened: text('opened'),
      account: caseAccount(fields.get('account'), url.origin),
      entitlement: text('entitlement'),
      toolDue: [],
      missing: missingCaseFields(entries, (field) => fields.has(field)),
    },
  };
}

interface ShownRecord {
  /** The shown record's highlights panel. */
  panel: Element;
  /** Its header's title area: the badge's place. */
  anchor: Element;
  /** The part of the page that is this record's alone: its fields are read there. */
  scope: Element;
}

/**
 * The one record shown. Candidates are the highlights panels inside a page host marked active (standard navigation's
 * SF_ACTIVE_PAGE, the console's SF_CONSOLE_PAGE_HOST; the whole page when there is no host marker at all), whose title
 * area is shown: the console keeps a workspace per opened record, standard navigation keeps recent pages, all mounted
 * and hidden. Exactly one must remain.
 */
function shownRecord(root: ParentNode): ShownRecord | null {
  const hosts = new Set([...deepQueryAlternatives(root, SF_ACTIVE_PAGE), ...deepQueryAlternatives(root, SF_CONSOLE_PAGE_HOST)]);
  const panels = deepQueryAlternatives(root, SF_HIGHLIGHTS_PANEL);
  const candidates: Array<{ panel: Element; anchor: Element; host: Element | null }> = [];
  for (const panel of panels) {
    const host = composedAncestors(panel).find((el) => hosts.has(el)) ?? null;
    if (hosts.size > 0 && !host) continue; // a cached page: it lost its active mark
    const anchor = deepQueryFirst(panel, SF_RECORD_HEADER_TITLE);
    if (anchor && isShown(anchor)) candidates.push({ panel, anchor, host });
  }
  if (candidates.length !== 1) return null;
  const { panel, anchor, host } = candidates[0]!;
  const bound = host ?? (isElement(root) ? root : null);
  return { panel, anchor, scope: ownSubtree(panel, panels, bound) };
}

/**
 * The largest subtree around `panel` holding no other record's highlights panel (and not above `bound`): the record
 * page of `panel`, whatever Lightning's wrappers are called. Fields outside it belong to another mounted record.
 */
function ownSubtree(panel: Element, panels: readonly Element[], bound: Element | null): Element {
  const chain = composedAncestors(panel).reverse(); // outermost first, `panel` last
  let depth = bound ? Math.max(0, chain.indexOf(bound)) : 0;
  for (const other of panels) {
    if (other === panel) continue;
    const theirs = composedAncestors(other).reverse();
    let shared = 0;
    while (shared < chain.length && chain[shared] === theirs[shared]) shared++;
    depth = Math.max(depth, shared);
  }
  return chain[Math.min(depth, chain.length - 1)]!;
}

/**
 * Not inside a hidden container (SF_HIDDEN_CONTAINER, an inline `display: none`), across shadow roots; and, where the
 * browser has `Element.checkVisibility()` (Chrome 105+), rendered: that sees what stylesheets hide too.
 */
function isShown(el: Element): boolean {
  for (const node of composedAncestors(el)) {
    if (node.matches(HIDDEN) || INLINE_HIDDEN.test(node.getAttribute('style') ?? '')) return false;
  }
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el) : true;
}

/** `el` and its ancestors, innermost first, stepping from a shadow root to its host. */
function composedAncestors(el: Element): Element[] {
  const chain: Element[] = [];
  for (let node: Element | null = el; node; node = node.parentElement ?? shadowHost(node)) chain.push(node);
  return chain;
}

function shadowHost(node: Element): Element | null {
  const root = node.getRootNode();
  return root.nodeType === DOCUMENT_FRAGMENT_NODE ? ((root as ShadowRoot).host ?? null) : null;
}

function isElement(node: ParentNode): node is Element {
  return node.nodeType === 1;
}

/**
 * The Case fields shown, each as the element holding its value, found by the mapping's entries (`findTicketField`):
 * the detail layout's item by API name (first), else by label, the layout's then the highlights panel's. Items
 * naming another object's field (a related record's component, an edit modal) are not the Case's, whatever their
 * label says. Labels compare squashed (case and punctuation aside), API names without case.
 */
function caseFields(scope: Element, panel: Element, mapping: TicketFieldMapping): Map<TicketField, Element> {
  const byName = new Map<string, Element>();
  const byLabel = new Map<string, Element>();
  for (const item of deepQueryAlternatives(scope, SF_LAYOUT_ITEM)) {
    const field = readLayoutItem(item);
    if (!field || (field.selection && field.selection.object !== 'Case')) continue;
    const name = field.selection ? nameKey(field.selection.field) : null;
    if (name !== null && !byName.has(name)) byName.set(name, field.valueEl);
    const label = squash(field.label);
    if (!byLabel.has(label)) byLabel.set(label, field.valueEl);
  }
  const byTitle = new Map<string, Element>();
  for (const item of deepQueryAlternatives(panel, SF_HIGHLIGHTS_ITEM)) {
    const labelEl = deepQueryFirst(item, SF_HIGHLIGHTS_LABEL);
    const label = squash((labelEl?.getAttribute('title') ?? '').trim() || (labelEl ? visibleText(labelEl) : ''));
    const value = deepQueryFirst(item, SF_HIGHLIGHTS_VALUE);
    if (label && value && !byTitle.has(label)) byTitle.set(label, value);
  }
  const found = new Map<TicketField, Element>();
  for (const field of TICKET_FIELDS) {
    const value = findTicketField(mapping[field] ?? [], byName, byLabel, byTitle);
    if (value) found.set(field, value);
  }
  return found;
}
