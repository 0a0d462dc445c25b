/**
 * German press conventions (dpa, Spiegel, FAZ, Tagesschau) around the cue: the newspaper spoken to, written in
 * „…“ after its article, between the cue and the reported clause.
 */
import { describe, expect, test } from 'vitest';
import { extract, statementStarting } from './helpers';

describe('German: the newspaper spoken to', () => {
  test('"sagte der „…“, …": the addressee, then the Konjunktiv clause', () => {
    const s = statementStarting(
      extract('Die Ministerin sagte der „Rheinischen Post“, die Reform komme noch vor dem Sommer.', 'de'),
      'die Reform',
    );
    expect(s).toMatchObject({ kind: 'indirect', addressee: 'Rheinischen Post' });
  });

  test('"sagte dem „…“: „…“": the quotation after the colon is the content', () => {
    const statements = extract('Der Bürgermeister sagte dem „Tagesspiegel“: „Wir bauen weiter.“', 'de');
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({
      kind: 'direct',
      content: 'Wir bauen weiter',
      addressee: 'Tagesspiegel',
    });
  });
});
