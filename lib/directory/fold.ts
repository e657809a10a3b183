// Letters NFKD does not decompose but people type without the mark (ß → ss, ø → o…).
const SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const SPECIAL_CHARS = /[ßæœøłđðþı]/g;

/**
 * Lower-cases and strips accents, so `Société Générale` and `societe generale` compare equal.
 * @example fold('Zürich Øresund') // 'zurich oresund'
 */
export function fold(text: string): string {
  // Most names are ASCII: skip Unicode normalisation for them (it dominates building a 50,000-name index).
  if (!/[\u0080-\uffff]/.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(SPECIAL_CHARS, (c) => SPECIAL[c]!);
}

/**
 * Splits folded text into words of letters and digits.
 * @example words('stark-industries.com') // ['stark', 'industries', 'com']
 */
export function words(folded: string): string[] {
  // A hand-written scan for lower-case ASCII (most names); the Unicode split as soon as anything else shows up.
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
    } else if (c < 65 || (c > 90 && c < 128)) {
      if (start >= 0) out.push(folded.slice(start, i));
      start = -1;
    } else {
      return folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
    }
  }
  if (start >= 0) out.push(folded.slice(start));
  return out;
}
