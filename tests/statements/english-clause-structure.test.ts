/**
 * Where the clause structure around a known cue bounds what it reports and who reports it (English): a cue
 * inside a relative clause set off by commas reports up to the clause's closing comma, not the main clause's
 * predicate after it; its source is the phrase before the relative pronoun, not the clause's first phrase.
 */
import { describe, expect, test } from 'vitest';
import { extractStatements } from '../../utils/statements';
import { extract, find } from './helpers';

describe('a cue in a relative clause set off by commas', () => {
  test.each([
    [
      'The union, which argued that wages were far too low, called a strike on Monday.',
      'wages were far too low',
      'Union',
    ],
    [
      'Senator Ruth Calder, who believed that the treaty was vital, told her staff to keep pressing.',
      'the treaty was vital',
      'Ruth Calder',
    ],
    [
      'The regulator, which has said that the merger would raise prices, is now reviewing the deal.',
      'the merger would raise prices',
      'regulator',
    ],
  ])('%s', (text, content, speaker) => {
    const statement = find(extract(text, 'en'), content);
    expect(statement.speaker).toContain(speaker);
  });

  test('a relative clause opened inside the content keeps its own closing comma', () => {
    const text =
      'Senator Ruth Calder, who argued that the tariffs, which took effect in May, were hurting farmers, will vote against the bill.';
    const statement = find(
      extract(text, 'en'),
      'the tariffs, which took effect in May, were hurting farmers',
    );
    expect(statement.speaker).toBe('Ruth Calder');
  });

  test('a restrictive relative clause, not set off, is not cut', () => {
    const text = 'Officials who said the bridge was safe, had not inspected it, critics claimed.';
    const found = extract(text, 'en');
    expect(found.some((s) => s.content === 'the bridge was safe')).toBe(false);
  });

  test('a participle after the comma opens an adjunct of the report, which goes on', () => {
    const text =
      'The mayor, who said that the budget was balanced, citing new figures from the treasury, left.';
    const found = extract(text, 'en');
    expect(found.some((s) => s.content.startsWith('the budget was balanced, citing'))).toBe(true);
  });
});

describe('the antecedent of a relative pronoun as the source', () => {
  test.each([
    [
      'The merger was attacked by the regulator, which said that it would raise prices.',
      'it would raise prices',
      'the regulator',
    ],
    [
      'Growers rallied outside the watchdog, which said that quotas would stay.',
      'quotas would stay',
      'the watchdog',
    ],
    ['The bid was praised by a farm lobby, which said that it was sound.', 'it was sound', 'a farm lobby'],
  ])('%s', (text, content, mention) => {
    expect(find(extract(text, 'en'), content).mention).toBe(mention);
  });
});

describe('the setting of a speech act ends its noun-phrase object', () => {
  test.each([
    [
      'Senator Ruth Calder criticized the new tariff plan during a televised debate on Monday.',
      'the new tariff plan',
    ],
    ['The mayor attacked the housing board in early-morning tweets.', 'the housing board'],
    ['The governor praised the rescue teams at a rally in Toledo.', 'the rescue teams'],
  ])('%s', (text, content) => {
    expect(find(extract(text, 'en'), content).kind).toBe('indirect');
  });

  test('not a setting inside a clause of the object', () => {
    const text = 'Ruth Calder criticized the aides who leaked the memo during the campaign.';
    const content = 'the aides who leaked the memo during the campaign';
    expect(find(extract(text, 'en'), content).kind).toBe('indirect');
  });
});

describe('a second verb sharing its subject after an object holding a cue noun', () => {
  test('positions mode: "plan" in the first verb\'s object is a noun, not a cue', () => {
    const text = 'The Labour candidate also outlined her housing plan and vowed to build more homes.';
    const found = extractStatements(text, { lang: 'en', articleKey: 'test', positions: true });
    expect(find(found, 'to build more homes').speaker).toContain('Labour candidate');
  });
});

describe('a report of its own after a comma and a conjunction', () => {
  test.each([
    [
      'The governor said the levee was sound, and hydrologists warned that it could fail in spring.',
      'the levee was sound',
      'it could fail in spring',
      'hydrologists',
    ],
    [
      'The minister insisted that prices would fall, but farm lobbies argued that they would rise.',
      'prices would fall',
      'they would rise',
      'farm lobbies',
    ],
  ])('%s', (text, first, second, mention) => {
    const found = extract(text, 'en');
    find(found, first);
    expect(find(found, second).mention).toBe(mention);
  });

  test('not after a subordinator, which opens no report of its own here', () => {
    const found = extract('The mayor said the bridge was safe while engineers checked it.', 'en');
    expect(find(found, 'the bridge was safe while engineers checked it').speaker).toBe('mayor');
  });
});

describe('a negated stance (positions mode)', () => {
  const positions = (text: string) =>
    extractStatements(text, { lang: 'en', articleKey: 'test', positions: true });

  test.each([
    ["The regulators didn't know what to make of the bid.", 'what to make of the bid', 'regulators'],
    ["Most voters don't expect a new mayor to emerge soon.", 'a new mayor to emerge soon', 'voters'],
  ])('%s', (text, content, speaker) => {
    expect(find(positions(text), content).speaker).toBe(speaker);
  });

  // (Before a reported question it leaves a position open, which the positions mode reports: see
  // positions-stances.test.ts.)
  test('a negated report of speech with a that-clause is still none', () => {
    expect(positions("The mayor didn't say that the bridge would reopen.")).toEqual([]);
  });
});
