import { describe, expect, it } from 'vitest';
import { CUE_CLASSES, narrowToCueClass } from '@/utils/log/cue-class';
import { matchesFilter, toLogRow } from '@/utils/log/query';
import { bySpeaker, reported } from '@/utils/log/reported';
import { sameStatements } from '@/utils/log/same-statement';
import { article, QUOTE } from './statement-entries';

describe('the same statement in several articles', () => {
  const same = (a: string, b: string, groups: [string, string] = ['p', 'p']) =>
    sameStatements([
      { group: groups[0], content: a },
      { group: groups[1], content: b },
    ]).length === 1;

  it('is found whatever the quotation marks, punctuation and case', () => {
    expect(same(QUOTE, `« ${QUOTE.toUpperCase()}. »`)).toBe(true);
    expect(same(QUOTE, `"${QUOTE.replaceAll(' ', ', ')}!"`)).toBe(true);
  });

  it('is found with a word or two changed, or cut short', () => {
    expect(same(QUOTE, QUOTE.replace('never', 'not ever'))).toBe(true);
    expect(same(QUOTE, QUOTE.replace('one inch', 'an inch'))).toBe(true);
    expect(same(QUOTE, QUOTE.split(' ').slice(0, 9).join(' ') + '…')).toBe(true);
    expect(same(QUOTE.split(' ').slice(4).join(' '), QUOTE)).toBe(true);
  });

  it('is not found between different people, different words, or a few common words', () => {
    expect(same(QUOTE, QUOTE, ['p', 'q'])).toBe(false);
    expect(same(QUOTE, '')).toBe(false);
    expect(same(QUOTE, 'We will never accept new sanctions against our country and our people')).toBe(false);
    expect(same('We will see.', 'We will see.')).toBe(false);
    expect(same('No, no, no.', 'No, no, no.')).toBe(false);
  });

  it('groups every copy of a statement reported many times, and nothing else, in a large set', () => {
    const items: { group: string; content: string }[] = [];
    // Statements made of varied invented words: none is another's copy.
    let seed = 7;
    const word = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return `w${seed % 5000}`;
    };
    for (let i = 0; i < 20_000; i++)
      items.push({ group: `p${i % 50}`, content: Array.from({ length: 12 }, word).join(' ') });
    // The same statement reported by 300 articles (some with the end cut off), plus a pair.
    for (let i = 0; i < 300; i++) items.push({ group: 'p7', content: i % 3 ? QUOTE : QUOTE.slice(0, 50) });
    items.push({ group: 'p8', content: 'a pair of statements that say the same thing' });
    items.push({ group: 'p8', content: 'A pair of statements that say the same thing!' });
    const clusters = sameStatements(items);
    expect(clusters.map((cluster) => cluster.length).sort((a, b) => a - b)).toEqual([2, 300]);
  });
});

describe('a statement with its sources', () => {
  const entries = [
    article('https://b.example/2', '2024-05-02', [['Vladimir Putin', `“${QUOTE}”`, 'warn']]),
    article('https://a.example/1', '2024-05-01', [
      ['Vladimir Poutine', QUOTE, 'warn'],
      ['Olena Petrenko', 'Our partners have kept every promise they made to us this year', 'praise'],
    ]),
    article('https://c.example/3', '2024-05-03', [['Putin', QUOTE.slice(0, 60), 'say']]),
    article('https://d.example/4', '2024-05-04', [['Hunter Example', QUOTE, 'say']]),
  ];

  it('keeps every source, earliest first, and counts the articles', () => {
    const { statements, groupOf } = bySpeaker(entries);
    expect(groupOf.get('Putin')?.key).toBe('alias:vladimir-putin');
    const putin = statements.find((statement) => statement.sources.length > 1)!;
    expect(putin.articles).toBe(3);
    expect(putin.sources.map(({ entry }) => entry.url)).toEqual([
      'https://a.example/1',
      'https://b.example/2',
      'https://c.example/3',
    ]);
    // Every statement is there once: none lost, none twice.
    expect(statements.reduce((sum, statement) => sum + statement.sources.length, 0)).toBe(5);
    expect(statements.filter((statement) => statement.sources.length > 1)).toHaveLength(1);
  });

  it('is one statement per article reporting it even when one article says it twice', () => {
    const twice = article('https://e.example/5', '2024-05-05', [
      ['X Person', QUOTE],
      ['X Person', QUOTE],
    ]);
    const said = twice.statements.map((statement) => ({ statement, entry: twice }));
    expect(reported(said, () => 'x')).toMatchObject([{ articles: 1 }]);
  });

  it('statement types filter the rows, and narrow an export to the statements of that type', () => {
    const rows = entries.map(toLogRow);
    expect(rows[1]!.cueClasses.sort()).toEqual(['praise', 'warn']);
    expect(rows.filter((row) => matchesFilter(row, { cueClass: 'warn' })).map((row) => row.url)).toEqual([
      'https://b.example/2',
      'https://a.example/1',
    ]);
    const narrowed = narrowToCueClass(entries, 'praise');
    expect(narrowed).toHaveLength(1);
    expect(narrowed[0]!.statements.map((statement) => statement.cueClass)).toEqual(['praise']);
    expect(entries[1]!.statements).toHaveLength(2); // the log's entries are not changed
    expect(narrowToCueClass(entries, undefined)).toEqual(entries);
    expect(CUE_CLASSES).toHaveLength(9);
  });

  it('a speaker filter holding a person passes the rows of any of their names', () => {
    const rows = entries.map(toLogRow);
    const names = new Set(['Vladimir Putin', 'Vladimir Poutine', 'Putin']);
    const passed = rows.filter((row) =>
      matchesFilter(row, { speaker: 'alias:vladimir-putin', speakerNames: names }),
    );
    expect(passed).toHaveLength(3);
  });

  it('with a speaker and a type chosen, one statement must be both, in the rows and in an export', () => {
    const rows = entries.map(toLogRow);
    const petrenko = new Set(['Olena Petrenko']);
    // Article 1 holds a warning (Poutine) and Petrenko's praise: it is not Petrenko's warning.
    const warnings = rows.filter((row) =>
      matchesFilter(row, { speaker: 'Olena Petrenko', speakerNames: petrenko, cueClass: 'warn' }),
    );
    expect(warnings).toEqual([]);
    const praise = rows.filter((row) =>
      matchesFilter(row, { speaker: 'Olena Petrenko', speakerNames: petrenko, cueClass: 'praise' }),
    );
    expect(praise.map((row) => row.url)).toEqual(['https://a.example/1']);
    const putin = new Set(['Vladimir Putin', 'Vladimir Poutine', 'Putin']);
    const exported = narrowToCueClass(entries, 'warn', putin);
    expect(exported.map((entry) => entry.statements.map((statement) => statement.speaker))).toEqual([
      ['Vladimir Putin'],
      ['Vladimir Poutine'],
    ]);
    expect(narrowToCueClass(entries, 'warn', petrenko)).toEqual([]);
  });
});
