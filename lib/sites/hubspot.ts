/**
 * Reads a HubSpot company record page into a RawRecord: each property in the record sidebar by its
 * LABEL (the property label the portal shows), value as displayed in its control.
 */
import { deepQueryAlternatives, deepQueryFirst } from './deep-query';
import { controlValue, visibleText } from './dom-text';
import {
  HS_PROPERTY_CONTROL,
  HS_PROPERTY_LABEL,
  HS_PROPERTY_SET,
  HS_RECORD_SIDEBAR,
  HS_RECORD_TITLE,
} from './hubspot.selectors';
import type { PageMatch, RawRecord } from './types';

/**
 * The company shown on `root`, or null when `url` is not a HubSpot company record or no property has
 * rendered yet (the sidebar cards load after the page; callers retry on DOM mutations).
 * The first property with a given label wins.
 */
export function readHubspotCompany(root: ParentNode, page: PageMatch, url: URL): RawRecord | null {
  if (page.tool !== 'hubspot' || page.kind !== 'account' || page.recordId === null) return null;

  const scope: ParentNode = deepQueryFirst(root, HS_RECORD_SIDEBAR) ?? root;
  const controls = deepQueryAlternatives(scope, HS_PROPERTY_CONTROL);
  // A wrapper and the element inside it can both carry the hook; read the outermost only.
  const outermost = controls.filter((c) => !controls.some((other) => other !== c && other.contains(c)));

  const fields: Record<string, string> = {};
  let read = 0;
  for (const control of outermost) {
    const label = propertyLabel(control, scope);
    if (!label) continue;
    read += 1;
    if (!(label in fields)) fields[label] = controlValue(control) ?? visibleText(control);
  }
  if (read === 0) return null;

  const title = deepQueryFirst(root, HS_RECORD_TITLE);
  return {
    tool: 'hubspot',
    kind: 'account',
    recordId: page.recordId,
    url: url.href,
    name: (title ? visibleText(title) : '') || null,
    fields,
  };
}

/** `<label for=id>` of the control (HTML's own association), else the label in the control's wrapper. */
function propertyLabel(control: Element, scope: ParentNode): string {
  const id = control.getAttribute('id');
  if (id) {
    const byFor = Array.from(scope.querySelectorAll('label[for]')).find((l) => l.getAttribute('for') === id);
    if (byFor) return visibleText(byFor);
  }
  for (const setSelector of HS_PROPERTY_SET) {
    const set = control.closest(setSelector);
    if (!set) continue;
    const label = deepQueryFirst(set, HS_PROPERTY_LABEL);
    if (label) return visibleText(label);
  }
  return '';
}
