/**
 * Salesforce Lightning: URLs it must read and URLs it must not, with what the registry's `matchPage` says of each. Real URL shapes
 * from the tool's documentation (cited in lib/sites/salesforce/urls.ts). test/sites/registry.test.ts runs every tool's
 * table and checks that each tool rejects the URLs every other tool accepts.
 */
import type { UrlTable } from '../url-table';

const SF_ID = '001Dn00000AbCdEIAZ';
const CASE_ID = '500Dn000001AbCdIAK';
const sf = (recordId: string) => ({ tool: 'salesforce', kind: 'account', recordId }) as const;
const sfCase = (recordId: string) => ({ tool: 'salesforce', kind: 'ticket', recordId }) as const;
const caseList = { tool: 'salesforce', kind: 'ticket-list', recordId: null } as const;

export const URL_TABLE: UrlTable = {
  accept: [
    [`https://acme.lightning.force.com/lightning/r/Account/${SF_ID}/view`, sf(SF_ID)],
    ['https://acme.lightning.force.com/lightning/r/Account/001Dn00000AbCdE/view', sf('001Dn00000AbCdE')], // 15-char id
    [`https://acme.lightning.force.com/lightning/r/${SF_ID}/view`, sf(SF_ID)], // object-less record pageReference
    [`https://acme.my.salesforce.com/lightning/r/Account/${SF_ID}/view`, sf(SF_ID)],
    [`https://acme--uat.sandbox.lightning.force.com/lightning/r/Account/${SF_ID}/view`, sf(SF_ID)],
    [`https://acme--uat.sandbox.my.salesforce.com/lightning/r/Account/${SF_ID}/view`, sf(SF_ID)],
    [`https://acme-dev-ed.develop.lightning.force.com/lightning/r/Account/${SF_ID}/view`, sf(SF_ID)], // Developer Edition
    [`https://acme.lightning.force.com/lightning/r/Account/${SF_ID}/view?ws=%2Flightning%2Fr%2FCase%2F500Dn000001AbCdIAK%2Fview`, sf(SF_ID)], // console
    [`https://acme.lightning.force.com/lightning/r/Account/${SF_ID}/view/#tab`, sf(SF_ID)],
    // Cases (next-tools-and-anchors.md §2a): the record page, in the Service Console too (same URL, `?ws=` ignored).
    [`https://acme.lightning.force.com/lightning/r/Case/${CASE_ID}/view`, sfCase(CASE_ID)],
    ['https://acme.lightning.force.com/lightning/r/Case/500Dn000001AbCd/view', sfCase('500Dn000001AbCd')], // 15-char id
    [`https://acme.lightning.force.com/lightning/r/${CASE_ID}/view`, sfCase(CASE_ID)], // object-less, Case key prefix
    [`https://acme.lightning.force.com/lightning/r/Case/${CASE_ID}/view?ws=%2Flightning%2Fr%2FCase%2F${CASE_ID}%2Fview`, sfCase(CASE_ID)],
    [`https://acme--uat.sandbox.my.salesforce.com/lightning/r/Case/${CASE_ID}/view`, sfCase(CASE_ID)],
    // Case lists: the object home's list view (the filter is a query parameter) and an account's Cases related list.
    ['https://acme.lightning.force.com/lightning/o/Case/list?filterName=AllOpenCases', caseList],
    ['https://acme.lightning.force.com/lightning/o/Case/list?filterName=00BDn00000AbCdEMAV', caseList], // list view by id
    ['https://acme.lightning.force.com/lightning/o/Case/list', caseList], // the default (recent) list view
    [`https://acme.lightning.force.com/lightning/r/Account/${SF_ID}/related/Cases/view`, caseList],
  ],
  reject: [
    'https://acme.lightning.force.com/lightning/r/Contact/003Dn00000XyZaBIAV/view', // contact record
    'https://acme.lightning.force.com/lightning/r/003Dn00000XyZaBIAV/view', // object-less, contact key prefix
    'https://acme.lightning.force.com/lightning/o/Account/list?filterName=Recent', // list view
    `https://acme.lightning.force.com/lightning/r/Account/${SF_ID}/related/Contacts/view`, // related list page
    `https://acme.lightning.force.com/lightning/r/Account/${SF_ID}/edit`,
    `https://acme.lightning.force.com/lightning/r/Case/${CASE_ID}/edit`, // a Case's edit page, not its record page
    'https://acme.lightning.force.com/lightning/r/Case/001Dn00000AbCdEIAZ/view', // "Case" with an account's id
    'https://acme.lightning.force.com/lightning/r/Case/500Dn000001AbCdIA/view', // 17 chars
    'https://acme.lightning.force.com/lightning/o/Case/home', // Case object home without a list
    'https://acme.lightning.force.com/lightning/o/Case/new', // new-Case form
    `https://acme.lightning.force.com/lightning/r/Case/${CASE_ID}/related/CaseComments/view`, // a Case's related list
    `https://acme.lightning.force.com/lightning/r/Contact/003Dn00000XyZaBIAV/related/Cases/view`, // a contact's Cases related list: not a page Lens reads (yet)
    `https://acme.my.salesforce.com/${CASE_ID}`, // Salesforce Classic
    'https://acme.lightning.force.com/lightning/r/Account/001Dn00000AbCdEIA/view', // 17 chars
    `https://acme.my.salesforce.com/${SF_ID}`, // Salesforce Classic
    `http://acme.lightning.force.com/lightning/r/Account/${SF_ID}/view`,
    `https://acme.lightning.force.com:8443/lightning/r/Account/${SF_ID}/view`,
    `https://lightning.force.com/lightning/r/Account/${SF_ID}/view`,
    `https://acme.lightning.force.com.evil.example/lightning/r/Account/${SF_ID}/view`,
    `https://evil-lightning.force.com/lightning/r/Account/${SF_ID}/view`,
    `https://acme.lightning.force.co/lightning/r/Account/${SF_ID}/view`,
    `https://login.salesforce.com/lightning/r/Account/${SF_ID}/view`,
  ],
};
