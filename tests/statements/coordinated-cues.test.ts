/**
 * A second cue coordinated with the first after its reported clause, sharing its subject: "said the levy was
 * dead and then said …", "…, then added that …", "… and added: “…”", "has attacked … and has called for …".
 * The first content ends before the conjunction and the second cue reports a statement of the same speaker.
 * Every sentence here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../utils/statements';
import type { Statement } from '../../utils/types';
import { expectExactOffsets } from './helpers';

function read(text: string, lang = 'en', positions = false): Statement[] {
  return extractStatements(text, { lang, articleKey: 'test', positions });
}

/** Speaker, cue, content and kind of each statement, in text order. */
function summary(statements: Statement[]): [string, string, string, string][] {
  return statements.map((s) => [s.speaker, s.cue, s.content, s.kind]);
}

describe('English second cue after the reported clause', () => {
  it('reads a bare clause after "and then said" as the same speaker’s', () => {
    const text =
      'Senator Ruth Calder said the bridge levy was dead and then said talks with the county would resume in May.';
    const statements = read(text);
    expect(summary(statements)).toEqual([
      ['Ruth Calder', 'said', 'the bridge levy was dead', 'indirect'],
      ['Ruth Calder', 'said', 'talks with the county would resume in May', 'indirect'],
    ]);
    expectExactOffsets(text, statements);
  });

  it('ends the first content before ", then added", which reports the same speaker', () => {
    const text =
      'Senator Ruth Calder said the bridge levy was dead, then added that no vote was planned before the summer.';
    const statements = read(text);
    expect(summary(statements)).toEqual([
      ['Ruth Calder', 'said', 'the bridge levy was dead', 'indirect'],
      ['Ruth Calder', 'added', 'no vote was planned before the summer', 'indirect'],
    ]);
    expectExactOffsets(text, statements);
  });

  it('leaves the quotation after "and added:" to the second cue', () => {
    const text =
      'Mayor Tom Ellery said the ferry contract was a mistake and added: “We will not sign another one.”';
    expect(summary(read(text))).toEqual([
      ['Tom Ellery', 'said', 'the ferry contract was a mistake', 'indirect'],
      ['Tom Ellery', 'added', 'We will not sign another one', 'direct'],
    ]);
  });

  it('keeps one statement for "said that A and that B", and a plural subject after "and"', () => {
    expect(
      summary(
        read('Ruth Calder said that the levy was dead and that the county would look for other funds.'),
      ),
    ).toEqual([
      ['Ruth Calder', 'said', 'the levy was dead … that the county would look for other funds', 'indirect'],
    ]);
    expect(summary(read('Ruth Calder said the levy and claims against the county were dead.'))).toEqual([
      ['Ruth Calder', 'said', 'the levy and claims against the county were dead', 'indirect'],
    ]);
  });

  it('leaves a cue after a subordinate clause of the content to that clause', () => {
    expect(
      summary(read('Ruth Calder said she left the hall when the wardens found her and told her to go home.')),
    ).toEqual([
      [
        'Ruth Calder',
        'said',
        'she left the hall when the wardens found her and told her to go home',
        'indirect',
      ],
    ]);
  });
});

describe('English second cue repeating the first one’s auxiliary', () => {
  it('gives its object to the first cue’s subject even after a clause', () => {
    const text =
      'Mayor Tom Ellery has attacked the tolls that burden commuters, and has called for scrapping the levy.';
    const statements = read(text);
    expect(summary(statements)).toEqual([
      ['Tom Ellery', 'has attacked', 'the tolls that burden commuters', 'indirect'],
      ['Tom Ellery', 'has called for', 'scrapping the levy', 'indirect'],
    ]);
    expectExactOffsets(text, statements);
  });

  it('leaves a bare verb after a clause with a pronoun subject to that clause', () => {
    expect(
      summary(read('Mayor Tom Ellery said he had failed commuters and called it a tax on the poor.')),
    ).toEqual([['Tom Ellery', 'said', 'he had failed commuters', 'indirect']]);
  });
});

describe('positions mode: a stance or an intention joined to the cue', () => {
  it('reports it beside the first statement, with the same speaker', () => {
    const statements = read(
      'Ruth Calder says the bridge levy is dead and plans to cut the ferry fares next year.',
      'en',
      true,
    );
    expect(summary(statements).map(([speaker, , content, kind]) => [speaker, content, kind])).toEqual([
      ['Ruth Calder', 'the bridge levy is dead', 'indirect'],
      ['Ruth Calder', 'to cut the ferry fares next year', 'indirect'],
    ]);
    expect(statements[1]!.cueClass).toBe('position');
  });

  it('reads "warned against" as a warning whose object names the danger', () => {
    expect(summary(read('Ruth Calder warned against any new tolls on the bridge.', 'en', true))).toEqual([
      ['Ruth Calder', 'warned against', 'any new tolls on the bridge', 'indirect'],
    ]);
    expect(read('Ruth Calder warned against any new tolls on the bridge.')).toEqual([]);
  });

  it('reads "said … and warned against …" as two statements of the same speaker', () => {
    expect(
      summary(
        read(
          'The senator said the bill was dead and warned against any compromise with the county.',
          'en',
          true,
        ),
      ),
    ).toEqual([
      ['senator', 'said', 'the bill was dead', 'indirect'],
      ['senator', 'warned against', 'any compromise with the county', 'indirect'],
    ]);
  });

  it('reads "encouraged X to …" as a demand whose content is the infinitive with its addressee', () => {
    expect(
      summary(
        read('Ruth Calder said the levy was dead and encouraged voters to write to the county.', 'en', true),
      ),
    ).toEqual([
      ['Ruth Calder', 'said', 'the levy was dead', 'indirect'],
      ['Ruth Calder', 'encouraged', 'voters to write to the county', 'indirect'],
    ]);
    expect(read('Ruth Calder encouraged voters to write to the county.')).toEqual([]);
  });

  it('lets a participle share the first cue’s auxiliary', () => {
    const statements = read(
      'Ruth Calder has criticized the ferry contract and opposed any new tolls on the bridge.',
      'en',
      true,
    );
    expect(summary(statements)).toEqual([
      ['Ruth Calder', 'has criticized', 'the ferry contract', 'indirect'],
      ['Ruth Calder', 'opposed', 'any new tolls on the bridge', 'indirect'],
    ]);
  });
});

describe('French second cue after the reported clause', () => {
  it('lets a participle after "et" share the first cue’s auxiliary: "a affirmé que … et averti que …"', () => {
    expect(
      summary(
        read(
          'Le maire Paul Verdier a affirmé que le péage était abandonné et averti que toute hausse serait refusée.',
          'fr',
        ),
      ),
    ).toEqual([
      ['Paul Verdier', 'a affirmé', 'le péage était abandonné', 'indirect'],
      ['Paul Verdier', 'averti', 'toute hausse serait refusée', 'indirect'],
    ]);
  });

  it('reads "a affirmé que … et a averti que …" and "…, puis a ajouté : « … »" as two statements', () => {
    expect(
      summary(
        read(
          'Le maire Paul Verdier a affirmé que le péage était abandonné et a averti que toute hausse serait refusée.',
          'fr',
        ),
      ),
    ).toEqual([
      ['Paul Verdier', 'a affirmé', 'le péage était abandonné', 'indirect'],
      ['Paul Verdier', 'a averti', 'toute hausse serait refusée', 'indirect'],
    ]);
    expect(
      summary(
        read(
          'Le maire Paul Verdier a affirmé que le péage était abandonné, puis a ajouté : « Nous chercherons ailleurs. »',
          'fr',
        ),
      ),
    ).toEqual([
      ['Paul Verdier', 'a affirmé', 'le péage était abandonné', 'indirect'],
      ['Paul Verdier', 'a ajouté', 'Nous chercherons ailleurs', 'direct'],
    ]);
  });
});
