import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/directory/csv';

describe('CSV splitting follows RFC 4180', () => {
  it.each<[string, string, string[][]]>([
    [
      'plain fields',
      'a,b,c\n1,2,3',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    [
      'a final line break starts no empty record',
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'CRLF line breaks',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a lone CR (old Mac exports)',
      'a,b\r1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['a comma inside quotes', 'name\n"Stark, Industries"', [['name'], ['Stark, Industries']]],
    ['a doubled quote is one quote', 'name\n"The ""Best"" Co"', [['name'], ['The "Best" Co']]],
    [
      'a line break inside quotes',
      'name,note\n"Globex","line 1\nline 2"\n',
      [
        ['name', 'note'],
        ['Globex', 'line 1\nline 2'],
      ],
    ],
    ['a CRLF inside quotes is kept', 'a\n"x\r\ny"', [['a'], ['x\r\ny']]],
    [
      'an empty quoted field',
      'a,b\n"",x',
      [
        ['a', 'b'],
        ['', 'x'],
      ],
    ],
    [
      'empty fields',
      'a,b,c\n,,',
      [
        ['a', 'b', 'c'],
        ['', '', ''],
      ],
    ],
    ['a leading byte-order mark is dropped', '\uFEFFname\nInitech', [['name'], ['Initech']]],
    ['a quote inside an unquoted field is kept', 'a\nsay "hi"', [['a'], ['say "hi"']]],
    ['text after a closing quote is appended', 'a\n"ab"cd', [['a'], ['abcd']]],
    ['a blank line is an empty record', 'a\n\nb', [['a'], [''], ['b']]],
    ['an empty text has no records', '', []],
  ])('%s', (_, text, records) => {
    expect(parseCsv(text)).toEqual({ records, unterminated: false });
  });

  it('says when the text ends inside a quoted field', () => {
    expect(parseCsv('a,b\n1,"never closed\n2,3')).toEqual({
      records: [
        ['a', 'b'],
        ['1', 'never closed\n2,3'],
      ],
      unterminated: true,
    });
  });
});
