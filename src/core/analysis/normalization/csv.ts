/**
 * A small RFC 4180 CSV reader for sample rows: quoted fields with "" escapes and line breaks,
 * comma, semicolon or tab separators (guessed from the header line), CRLF or LF.
 */
export interface CsvResult {
  header: string[];
  rows: string[][];
  /** True when rows were left out because of `maxRows`. */
  truncated: boolean;
}

export function guessSeparator(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((s) => [s, firstLine.split(s).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0][0];
}

export function parseCsv(text: string, options: { maxRows?: number; separator?: string } = {}): CsvResult {
  const separator = options.separator ?? guessSeparator(text);
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let truncated = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    record.push(field);
    field = '';
    if (!(record.length === 1 && record[0] === '')) records.push(record);
    record = [];
  };
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      if (records.length > maxRows) {
        truncated = true;
        break;
      }
    } else field += ch;
  }
  if (!truncated && (field !== '' || record.length > 0)) endRecord();
  if (records.length > maxRows + 1) {
    records.length = maxRows + 1;
    truncated = true;
  }
  const [header = [], ...rows] = records;
  return { header: header.map((h) => h.trim()), rows, truncated };
}
