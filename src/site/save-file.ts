/** Offers a file made in the browser as a download named `name`, as a link to it would. */
export function saveFile(blob: Blob, name: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  // The download has started by then; the address is released so the file's memory can be.
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
