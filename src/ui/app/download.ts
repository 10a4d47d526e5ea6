/** Saves a blob as a file through the browser's download. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoke later: some browsers read the blob after click() returns, and big images take a while.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Saves text as a file through the browser's download. */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  downloadBlob(fileName, new Blob([text], { type: mimeType }));
}

/** A file name from a diagram name: letters, digits, dash and underscore; never empty. */
export function fileNameFor(name: string, extension: string): string {
  const base = name.trim().replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'diagram';
  return `${base}${extension}`;
}
