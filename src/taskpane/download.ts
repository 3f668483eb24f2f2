/**
 * Saving bytes the pane produced (a scored .xlsx, a Word report) through the browser's download,
 * which works in a plain browser and in Office on the web.
 */

/** Offers bytes as a file download with the given name and MIME type. */
export function downloadBytes(bytes: Uint8Array, fileName: string, mime: string): void {
  // Copy into a fresh ArrayBuffer: a Uint8Array view may share a larger (or Node) buffer.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const url = URL.createObjectURL(new Blob([copy.buffer], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** MIME type of .xlsx files. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** MIME type of .docx files. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
