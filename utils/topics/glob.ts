/**
 * Globs over single word parts, without regular expressions: a user's `*` can never make matching backtrack.
 * A pattern is split at its stars once; matching is then a prefix test, a suffix test and ordered `indexOf`
 * calls for the pieces in between, which is exact for globs (leftmost placement of the middle pieces never
 * loses a match) and linear in the word's length.
 */

export function globPieces(pattern: string): string[] {
  return pattern.split('*');
}

export function globMatches(pieces: readonly string[], word: string): boolean {
  if (pieces.length === 1) return word === pieces[0];
  const head = pieces[0]!;
  const tail = pieces[pieces.length - 1]!;
  if (word.length < head.length + tail.length || !word.startsWith(head) || !word.endsWith(tail)) return false;
  let from = head.length;
  const limit = word.length - tail.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i]!;
    if (piece === '') continue;
    const at = word.indexOf(piece, from);
    if (at < 0 || at + piece.length > limit) return false;
    from = at + piece.length;
  }
  return true;
}
