/**
 * Offers `blob` to the analyst as a download named `name` (a link with the
 * download attribute, clicked); nothing is sent anywhere.
 */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken the download over once click() returns; the URL is freed a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
