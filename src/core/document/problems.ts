/** A problem found in a document: where (a JSON path such as `diagram.tables[2].name`) and what. */
export interface DocumentProblem {
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? '(document)' : text;
}

export function formatProblem(problem: DocumentProblem): string {
  return `${problem.path}: ${problem.message}`;
}
