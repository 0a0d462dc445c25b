/**
 * Writing an export to a file through the downloads API, piece by piece: the page stays responsive and shows how
 * far it got, even for a log of 100,000 entries.
 */
import { browser } from 'wxt/browser';
import type { ExportFormat, ExportInput } from '@/utils/export';
import { exportFileName } from '@/utils/export';
import { nextTask } from './useLog';

/** Work this long between two yields to the browser: well under the 50 ms of a long task. */
const SLICE_MS = 12;

export async function downloadExport(
  format: ExportFormat,
  input: ExportInput,
  onProgress: (done: number) => void,
): Promise<void> {
  const parts: string[] = [];
  let sliceStart = performance.now();
  for (const piece of format.write(input)) {
    parts.push(piece.text);
    if (performance.now() - sliceStart > SLICE_MS) {
      onProgress(input.entries.length === 0 ? 1 : piece.entriesDone / input.entries.length);
      await nextTask();
      sliceStart = performance.now();
    }
  }
  onProgress(1);
  await downloadFile(parts, format.mimeType, exportFileName(format, input.exportedAt));
}

/** Text written to a file in the downloads folder (through a Blob URL, as the downloads API wants). */
export async function downloadFile(parts: BlobPart[], mimeType: string, filename: string): Promise<void> {
  const url = URL.createObjectURL(new Blob(parts, { type: mimeType }));
  try {
    await browser.downloads.download({ url, filename, saveAs: false });
  } finally {
    // The download has its own copy once started; the page's URL can go after a while.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
