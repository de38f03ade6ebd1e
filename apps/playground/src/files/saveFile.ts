/**
 * Saves a file through a link with `download`. The link's blob: URL is a download, not a resource
 * the page loads, so the Content-Security-Policy does not apply to it, and nothing leaves the browser.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
