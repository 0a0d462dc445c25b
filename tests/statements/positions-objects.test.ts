/**
 * The positions mode, English cues whose content is their object: speech named by its topic ("spoke of",
 * "discussed", "likened X to Y"), citations ("cited the figure"), feelings voiced ("expressed concern about"),
 * stances taken in acts ("defended", "voted against", "pushed for"), views and verdicts ("sees X as Y", "rated X
 * as Y", "ruled that"). None of them is a statement in the default mode, where our sets and GGT count speech only.
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

describe('positions mode, English object cues', () => {
  test.each([
    // Speech named by its topic.
    [
      'The senator Ruth Calder spoke of her years as a nurse in Ohio.',
      'her years as a nurse in Ohio',
      'Calder',
    ],
    [
      'Mayor Dan Ortiz talked about the flooding that closed the river road.',
      'the flooding that closed the river road',
      'Ortiz',
    ],
    [
      'The governor discussed the new budget with local farmers.',
      'the new budget with local farmers',
      'governor',
    ],
    ['Judge Mira Patel likened the new fees to a hidden tax.', 'the new fees to a hidden tax', 'Patel'],
    [
      'Senator Kim Park referenced an old interview with the governor.',
      'an old interview with the governor',
      'Park',
    ],
    // Citations.
    [
      // The object ends before the setting of the speech act (Lexicon.objectSettings).
      'Senator Alan Voss cited the rising cost of rent in his remarks.',
      'the rising cost of rent',
      'Voss',
    ],
    // Feelings voiced.
    [
      'Several teachers have expressed concern about the new testing schedule.',
      'the new testing schedule',
      'teachers',
    ],
    // Stances taken in acts.
    [
      'The mayor Lena Brook defended her decision to close the pool.',
      'her decision to close the pool',
      'Brook',
    ],
    ['Councilman Eric Hale voted against the parking plan last week.', 'the parking plan last week', 'Hale'],
    [
      'The nurses union pushed for higher staffing levels at the clinic.',
      'higher staffing levels at the clinic',
      'union',
    ],
    ['The board decided against raising tuition for next year.', 'raising tuition for next year', 'board'],
    // Views and verdicts.
    [
      'Many farmers see the new canal as a threat to their wells.',
      'the new canal as a threat to their wells',
      'farmers',
    ],
    ['The fact-checkers rated the claim as mostly false.', 'the claim as mostly false', 'fact-checkers'],
    [
      'The appeals court ruled that the county map was drawn unfairly.',
      'the county map was drawn unfairly',
      'appeals court',
    ],
    ['A state judge ruled against the new voting map.', 'the new voting map', 'judge'],
    // Evidence or a case put forward.
    [
      'Senator Ida Marsh pointed to the closed mills as proof of the decline.',
      'the closed mills as proof of the decline',
      'Marsh',
    ],
    ['The coach Tim Lowe made it clear he would not resign.', 'he would not resign', 'Lowe'],
    [
      'The mayor Nina Cole made the case that the bridge must be rebuilt.',
      'the bridge must be rebuilt',
      'Cole',
    ],
    // What is echoed or denounced.
    ['The pastor John Reed echoed her concerns about the shelter.', 'her concerns about the shelter', 'Reed'],
    [
      'The bishop Paul Irving denounced the eviction of the families.',
      'the eviction of the families',
      'Irving',
    ],
    // Speech acts named with their topic.
    [
      'The goalkeeper Ana Reis complained about the referee after the match.',
      'the referee after the match',
      'Reis',
    ],
    ['Governor Joe Park weighed in on the school dispute.', 'the school dispute', 'Park'],
    // Votes, findings, stances against.
    ['The town council voted to close the old library.', 'to close the old library', 'town council'],
    [
      'Auditors discovered that the fund had lost two million dollars.',
      'the fund had lost two million dollars',
      'Auditors',
    ],
    ['The judge Mary Lind rejected the request for a new trial.', 'the request for a new trial', 'Lind'],
    ['The minister Omar Diaz downplayed the risk of a new outbreak.', 'the risk of a new outbreak', 'Diaz'],
    // Questions named by their topic.
    ['The senator Joan Pike raised questions about the new contract.', 'the new contract', 'Pike'],
    ['The moderator Paul Cray asked about the missing funds.', 'the missing funds', 'Cray'],
    // Wishes and stances held as a state.
    ['The mayor Dan Ruiz would like to reopen the park.', 'to reopen the park', 'Ruiz'],
    ['The senator Ann Lowe is determined to block the bill.', 'to block the bill', 'Lowe'],
    ['The senator Ann Lowe was confident that the bill would pass.', 'the bill would pass', 'Lowe'],
  ])('%s', (text, content, speaker) => {
    const found = positions(text);
    const statement = found.find((s) => s.content === content);
    expect(statement, JSON.stringify(found.map((s) => [s.speaker, s.content]))).toBeDefined();
    expect(statement!.speaker.toLowerCase()).toContain(speaker.toLowerCase());
    expect(speech(text).map((s) => s.content)).not.toContain(content);
  });

  test('nouns and prepositions that look like these cues are none: "advocates", "regarding", "rules", "compared with"', () => {
    for (const text of [
      'Voting rights advocates gathered outside the courthouse on Monday.',
      'The mayor sent a letter regarding the closure of the pool.',
      'The new rules could lead to the closing of several plants.',
      'Sales rose by 4 percent compared with the same month last year.',
      'The speaker made several references to the old factory.',
      'The police discovered the stolen car near the river.',
      'The band voted on Monday.',
      'The road is sure to flood.',
      'The mayor Dan Ruiz tried to stop the sale of the park.',
    ])
      expect(positions(text), text).toEqual([]);
  });

  test('a name after a cue that ends in its preposition is its object, never an inverted subject', () => {
    const found = positions('Older voters, in many towns, have expressed doubts about Mrs. Dalton.');
    expect(found.map((s) => s.content)).toEqual(['Mrs. Dalton']);
    expect(found[0]!.speaker).not.toContain('Dalton');
  });

  test('an object runs on over a title\'s full stop: "called for Mr. Reyes\'s resignation"', () => {
    expect(speech("The council called for Mr. Reyes's resignation on Monday.").map((s) => s.content)).toEqual(
      ["Mr. Reyes's resignation on Monday"],
    );
  });

  test('an object runs on over the comma before its examples: "the new rules, including …"', () => {
    for (const [text, content] of [
      [
        'The union leader Rosa Vega criticized the new rules, including the fee on building permits.',
        'the new rules, including the fee on building permits',
      ],
      [
        'The council member Joan Pike attacked the budget cuts, such as the end of the night buses.',
        'the budget cuts, such as the end of the night buses',
      ],
    ] as const) {
      const found = positions(text);
      expect(
        found.map((s) => s.content),
        text,
      ).toEqual([content]);
      expect(found[0]!.kind).toBe('indirect');
    }
  });

  test('an object ends before the setting "since …" and before a subordinate gerund ("while campaigning")', () => {
    for (const [text, content, speaker] of [
      [
        'The mayor Nina Cole has attacked the port deal since the televised debate.',
        'the port deal',
        'Nina Cole',
      ],
      [
        'Senator Ruth Calder mocked the budget plan while campaigning in Dayton.',
        'the budget plan',
        'Ruth Calder',
      ],
    ] as const) {
      const found = positions(text);
      expect(
        found.map((s) => [s.speaker, s.content]),
        text,
      ).toEqual([[speaker, content]]);
    }
  });

  test('a view needs its predicate: "saw the mayor" is no statement', () => {
    expect(positions('Many residents saw the mayor at the market on Sunday.')).toEqual([]);
  });
});
