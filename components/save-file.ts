/**
 * Save a file from an extension page: Blob → object URL → a clicked <a download> → revoke
 * the URL after a delay (revoking at once can cancel the download in Firefox). The MV3
 * service worker cannot do this; the side panel and options pages can.
 */
export function saveFile(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
