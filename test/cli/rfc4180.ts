/** A strict RFC 4180 reader for the CSV tests: records end in CRLF, fields are quoted when needed. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i++;
      continue;
    }
    if (ch === ',') {
      row.push(field);
      field = '';
      i++;
      continue;
    }
    if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
      continue;
    }
    if (ch === '\n' || ch === '\r') throw new Error(`bare line break at character ${i}: lines must end in CRLF`);
    if (ch === '"') throw new Error(`stray quote at character ${i}`);
    field += ch;
    i++;
  }
  if (field !== '' || row.length) throw new Error('the last record does not end in CRLF');
  return rows;
}

/** Rows as objects keyed by the header. */
export function csvObjects(text: string): Array<Record<string, string>> {
  const [head, ...rows] = readCsv(text);
  if (!head) throw new Error('no header');
  for (const r of rows)
    if (r.length !== head.length) throw new Error(`a row has ${r.length} fields, the header ${head.length}`);
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] as string])));
}
