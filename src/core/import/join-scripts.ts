/**
 * A migrations folder as one script: the files in name order (numbered migrations sort as
 * numbers: 2_x before 10_x), each ended by a `;` line so a missing final semicolon cannot glue
 * two files' statements together. `locate` turns a line of the joined text back into file:line.
 */
export interface ScriptFile {
  name: string;
  text: string;
}

export interface JoinedScripts {
  text: string;
  locate(line: number): { name: string; line: number };
}

export function joinScripts(files: readonly ScriptFile[]): JoinedScripts {
  const sorted = [...files].sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
  const starts: { name: string; line: number }[] = [];
  const parts: string[] = [];
  let line = 1;
  for (const file of sorted) {
    const body = sorted.length === 1 ? file.text : file.text.replace(/\s*$/, '\n;\n');
    starts.push({ name: file.name, line });
    parts.push(body);
    line += body.split('\n').length - 1;
  }
  return {
    text: parts.join(''),
    locate(at) {
      let k = starts.length - 1;
      while (k > 0 && starts[k].line > at) k--;
      const start = starts[k] ?? { name: '', line: 1 };
      return { name: start.name, line: at - start.line + 1 };
    },
  };
}
