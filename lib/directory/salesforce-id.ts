const CHECKSUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/**
 * The 18-character form of a 15-character Salesforce record id: report exports give the 15-character,
 * case-sensitive id while Lightning URLs show the 18-character one, and one account must have one key.
 * The suffix encodes, per block of five characters, which are upper-case (Salesforce's documented checksum,
 * "What are Salesforce IDs composed of?", help.salesforce.com). Anything else is returned unchanged.
 * @example salesforceId18('001A0000006Vm9r') // '001A0000006Vm9rIAC'
 */
export function salesforceId18(id: string): string {
  if (!/^[a-zA-Z0-9]{15}$/.test(id)) return id;
  let suffix = '';
  for (let block = 0; block < 3; block++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id.charCodeAt(block * 5 + i);
      if (c >= 65 && c <= 90) bits |= 1 << i;
    }
    suffix += CHECKSUM[bits];
  }
  return id + suffix;
}
