/**
 * Salesforce Lightning: URLs it must read and URLs it must not, with what the registry's `matchPage` says of each. Real URL shapes
 * from the tool's documentation (cited in lib/sites/salesforce/urls.ts). test/sites/registry.test.ts runs every tool's
 * table and checks that each tool rejects the URLs every other tool accepts.
 */
import type { UrlTable } from '../url-table';

const SF_ID = '001Dn00000AbCdEIAZ';
const sf = (recordId: string) => ({ tool: 'salesforce', kind: 'account', recordId }) as const;

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
  ],
  reject: [
    'https://acme.lightning.force.com/lightning/r/Contact/003Dn00000XyZaBIAV/view', // contact record
    'https://acme.lightning.force.com/lightning/r/003Dn00000XyZaBIAV/view', // object-less, contact key prefix
    'https://acme.lightning.force.com/lightning/o/Account/list?filterName=Recent', // list view
    `https://acme.lightning.force.com/lightning/r/Account/${SF_ID}/related/Contacts/view`, // related list page
    `https://acme.lightning.force.com/lightning/r/Account/${SF_ID}/edit`,
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
