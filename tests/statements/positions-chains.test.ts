/**
 * The positions mode, English verb chains before a cue: negated cues of `positionCues` ("has not mentioned", "did
 * not immediately respond to", "never criticized"), whose position withheld is one taken, the negation standing in
 * the auxiliary chain. The default mode, where our sets and GGT count speech only, reads none of them; speech
 * withheld reports nothing in either mode.
 */
import { describe, expect, test } from 'vitest';
import { extractStatements } from '../../utils/statements';
import type { Statement } from '../../utils/types';

function positions(text: string): Statement[] {
  return extractStatements(text, { lang: 'en', articleKey: 'test', positions: true });
}

function speech(text: string): Statement[] {
  return extractStatements(text, { lang: 'en', articleKey: 'test' });
}

describe('positions mode, English negated cues', () => {
  test.each([
    ['Senator Ruth Calder has not mentioned the pension scandal.', 'the pension scandal', 'Ruth Calder'],
    [
      'The mayor Nina Cole did not immediately respond to requests for comment.',
      'requests for comment',
      'Nina Cole',
    ],
    ['The governor Rita Lane never criticized the pipeline deal.', 'the pipeline deal', 'Rita Lane'],
    ['The senator Joan Pike would not support the new tax.', 'the new tax', 'Joan Pike'],
    ["The senator Joan Pike didn't mention the new tax.", 'the new tax', 'Joan Pike'],
  ])('%s', (text, content, speaker) => {
    const found = positions(text);
    expect(found.map((s) => [s.speaker, s.content, s.kind])).toEqual([[speaker, content, 'indirect']]);
    expect(speech(text)).toEqual([]);
  });

  test('speech withheld reports nothing: "did not say that …"', () => {
    const text = 'The mayor Nina Cole did not say that the deal was signed.';
    expect(positions(text)).toEqual([]);
    expect(speech(text)).toEqual([]);
  });
});
