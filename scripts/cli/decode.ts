/**
 * Bytes of a saved page to text: a byte-order mark or the page's `<meta charset>` says the encoding (Russian and
 * Polish sites still serve windows-1251 or iso-8859-2); UTF-8 otherwise. Bytes that are valid UTF-8 are read as
 * UTF-8 whatever the page declares: saved pages are often re-encoded without their declaration being updated,
 * and text in a legacy encoding is almost never valid UTF-8 by accident.
 */

/** Where browsers look for the charset declaration. */
const PRESCAN_BYTES = 2048;
const CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i;

export function decodePage(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: the page's declaration decides.
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const declared = CHARSET.exec(head)?.[1]?.toLowerCase();
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An encoding label TextDecoder does not know: UTF-8 is the best guess left.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}
