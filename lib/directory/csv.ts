// A run of characters with no meaning to the splitter; a quote that does not open a field is kept literally.
const PLAIN = /[^,\r\n"]+/y;

/** A CSV file split into records, each a list of raw field texts. */
export interface CsvTable {
  records: string[][];
  /** True when the file ends inside a quoted field: the last record is incomplete. */
  unterminated: boolean;
}

/**
 * Splits CSV text per RFC 4180: comma-separated, `"` quotes fields that hold commas, quotes or line breaks,
 * `""` is a literal quote, records end with CRLF or LF (a lone CR too, as old Mac exports do). A final line
 * break does not start an empty record. Lenient where the RFC is silent: a quote inside an unquoted field is
 * kept literally, text after a closing quote is appended. A leading byte-order mark is dropped.
 * @example parseCsv('a,"b,c"\r\n1,"say ""hi"""').records // [['a', 'b,c'], ['1', 'say "hi"']]
 */
export function parseCsv(text: string): CsvTable {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  if (i >= n) return { records, unterminated: false };

  const endRecord = () => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
  };

  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      // Copy the run of ordinary characters at once: large files are mostly this.
      const next = text.indexOf('"', i);
      const stop = next === -1 ? n : next;
      field += text.slice(i, stop);
      i = stop;
      continue;
    }
    if (c === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else {
      PLAIN.lastIndex = i;
      const run = PLAIN.exec(text)?.[0] ?? c;
      field += run;
      i += run.length;
    }
  }
  // The text ended without a final line break: the last record is still open.
  const last = text[n - 1];
  if (quoted || (last !== '\n' && last !== '\r')) endRecord();
  return { records, unterminated: quoted };
}
