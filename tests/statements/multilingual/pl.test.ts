/** Polish reporting style (PAP): "powiedział, że", "– Tekst – dodał", „…”, "według X", "Jak podkreślił, …". */
import { describe, expect, test } from 'vitest';
import { extract, statementStarting } from './helpers';

describe('Polish statements', () => {
  test('indirect speech: cue, comma, "że"', () => {
    const s = statementStarting(
      extract('Premier Donald Tusk powiedział w środę, że Polska zwiększy wydatki na obronność.', 'pl'),
      'Polska',
    );
    expect(s).toMatchObject({ kind: 'indirect', speaker: 'Donald Tusk', cue: 'powiedział' });
  });

  test('dash-introduced direct speech with the cue after the closing dash; role back to the name', () => {
    const statements = extract(
      'Premier Donald Tusk zapowiedział, że wydatki wzrosną.\n– Nie zostawimy Ukrainy samej – podkreślił szef rządu.',
      'pl',
    );
    expect(statementStarting(statements, 'Nie zostawimy')).toMatchObject({
      kind: 'direct',
      speaker: 'Donald Tusk',
      mention: 'szef rządu',
    });
  });

  test('direct speech in „…” after a colon', () => {
    const [s] = extract('Prezydent Andrzej Duda oświadczył: „Polska nie ustąpi”.', 'pl');
    expect(s).toMatchObject({ kind: 'direct', speaker: 'Andrzej Duda', content: 'Polska nie ustąpi' });
  });

  test('"według X," and "X – poinformowały Y" (postposed)', () => {
    const a = statementStarting(
      extract('Według rzecznika MSZ Pawła Wrońskiego, rozmowy będą kontynuowane.', 'pl'),
      'rozmowy',
    );
    // (In the nominative, though the article gives none: the genitive's endings taken back.)
    expect(a.speaker).toBe('Paweł Wroński');
    const b = statementStarting(
      extract('Rosjanie wystrzelili w nocy 120 dronów – poinformowały Siły Powietrzne Ukrainy.', 'pl'),
      'Rosjanie',
    );
    expect(b.kind).toBe('indirect');
  });

  test('"Jak dodał, …": a dropped subject goes back to the last speaker', () => {
    const statements = extract(
      'Minister obrony Władysław Kosiniak-Kamysz zapewnił, że sprzęt trafi do jednostek. Jak dodał, pierwsze dostawy nastąpią w marcu.',
      'pl',
    );
    expect(statementStarting(statements, 'pierwsze dostawy')).toMatchObject({
      speaker: 'Władysław Kosiniak-Kamysz',
      mention: '',
    });
  });

  test('"Jego zdaniem," goes back to the last speaker', () => {
    const statements = extract(
      'Minister Radosław Sikorski ocenił, że sankcje działają. Jego zdaniem, to przełomowa decyzja.',
      'pl',
    );
    expect(statementStarting(statements, 'to przełomowa').speaker).toBe('Radosław Sikorski');
  });

  test('"Jak poinformował rzecznik, Name, …": the name in apposition is not content', () => {
    const [s] = extract('Jak poinformował rzecznik wojewody, Adam Zieliński, drogi są już przejezdne.', 'pl');
    expect(s).toMatchObject({ speaker: 'Adam Zieliński', content: 'drogi są już przejezdne' });
  });

  test('"…, o czym poinformował X": the clause before the comma is the content', () => {
    const [s] = extract('Drony uszkodziły port w Odessie, o czym poinformował gubernator Ołeh Kiper.', 'pl');
    expect(s).toMatchObject({ content: 'Drony uszkodziły port w Odessie', speaker: 'Ołeh Kiper' });
  });

  test('"Jego zdaniem" needs no comma: the rest of the sentence is the content', () => {
    const statements = extract(
      'Wojewoda Adam Nowak powiedział, że most zostanie otwarty. Jego zdaniem remont potrwa jeszcze miesiąc.',
      'pl',
    );
    expect(statements.map((s) => [s.speaker, s.content])).toContainEqual([
      'Adam Nowak',
      'remont potrwa jeszcze miesiąc',
    ]);
  });

  test('a dashed sentence right after a dashed quotation goes on quoting the same speaker', () => {
    const statements = extract(
      'Minister Anna Kowalska przyjechała do Gdańska.\n\n– Port jest bezpieczny – powiedziała. – Jeśli będzie trzeba, wzmocnimy ochronę.\n\nWizyta trwała dwie godziny.',
      'pl',
    );
    expect(statements.map((s) => [s.kind, s.speaker, s.content])).toEqual([
      ['direct', 'Anna Kowalska', 'Port jest bezpieczny'],
      ['direct', 'Anna Kowalska', 'Jeśli będzie trzeba, wzmocnimy ochronę'],
    ]);
  });

  test('"wskazał", "odparł" and "uznał" report a clause', () => {
    const statements = extract(
      'Prezes NBP Jan Wróbel wskazał, że inflacja spada. Minister finansów odparł, że to zasługa rządu. Ekonomiści uznali, że jest za wcześnie na obniżki.',
      'pl',
    );
    expect(statements.map((s) => s.cue)).toEqual(['wskazał', 'odparł', 'uznali']);
  });

  test('an acronym after a role is its complement ("Szef MSWiA", "rzecznik MSWiA Jacek Nowak"), not a name', () => {
    const statements = extract(
      'Rzecznik MSWiA Jacek Nowak powiedział, że granica jest szczelna. Szef MSWiA poinformował, że śledztwo trwa.',
      'pl',
    );
    expect(statementStarting(statements, 'granica')).toMatchObject({ speaker: 'Jacek Nowak' });
    expect(statementStarting(statements, 'śledztwo')).toMatchObject({ mention: 'Szef MSWiA' });
    expect(statementStarting(statements, 'śledztwo').speaker).not.toBe('MSWiA');
  });

  test('"Według X treść" with no comma: the genitive source ends where the clause opens', () => {
    const statements = extract(
      'Według prokuratury podejrzany przyznał się do winy. Zdaniem Kowalskiego Warszawa straci na reformie. Według unijnych dyplomatów nowe sankcje wejdą w życie w marcu. Według rzecznika rządu Adama Nowaka decyzja zapadnie w piątek.',
      'pl',
    );
    expect(statements.map((s) => [s.cue, s.mention, s.content])).toEqual([
      ['Według', 'prokuratury', 'podejrzany przyznał się do winy'],
      ['Zdaniem', 'Kowalskiego', 'Warszawa straci na reformie'],
      ['Według', 'unijnych dyplomatów', 'nowe sankcje wejdą w życie w marcu'],
      ['Według', 'rzecznika rządu Adama Nowaka', 'decyzja zapadnie w piątek'],
    ]);
  });

  test('with a comma after the source, the comma still ends it', () => {
    const [s] = extract('Według rzecznika MSZ Pawła Wrońskiego, rozmowy będą kontynuowane.', 'pl');
    expect(s).toMatchObject({
      mention: 'rzecznika MSZ Pawła Wrońskiego',
      content: 'rozmowy będą kontynuowane',
    });
  });

  test('a dateline or a title before a dash or a comma is no content of the cue after it', () => {
    const statements = extract(
      'Kraków (PAP) – Prezydent miasta Anna Lis zapowiedziała w środę, że tramwaje wrócą na trasę.\n\nWiceminister, pełnomocnik rządu Piotr Zych ocenił, że plan jest realny.',
      'pl',
    );
    expect(statements.map((s) => s.content)).toEqual(['tramwaje wrócą na trasę', 'plan jest realny']);
  });

  test('a genitive source may hold a conjunction inside its name', () => {
    const [s] = extract(
      'Według Ministerstwa Rolnictwa i Rozwoju Wsi tegoroczne zbiory będą rekordowe.',
      'pl',
    );
    expect(s).toMatchObject({
      mention: 'Ministerstwa Rolnictwa i Rozwoju Wsi',
      content: 'tegoroczne zbiory będą rekordowe',
    });
  });

  test('a lower-case portfolio and its adjective stay in a genitive source without a comma', () => {
    const [s] = extract('Według ministerstwa zdrowia publicznego szpitale otrzymają nowe karetki.', 'pl');
    expect(s).toMatchObject({
      mention: 'ministerstwa zdrowia publicznego',
      content: 'szpitale otrzymają nowe karetki',
    });
  });

  test('after a lower-case role, a consonant-final capitalised word is the subject of the clause', () => {
    const statements = extract(
      'Prezes banku centralnego Tomasz Lis powiedział, że inflacja spada. Zdaniem prezesa Senat powinien przyjąć ustawę.',
      'pl',
    );
    expect(statements.map((s) => [s.speaker, s.content])).toEqual([
      ['Tomasz Lis', 'inflacja spada'],
      ['Tomasz Lis', 'Senat powinien przyjąć ustawę'],
    ]);
  });

  test('a surname or a whole name in the genitive is shown as the name written before in the nominative', () => {
    const statements = extract(
      'Wojewoda Marek Zieliński oświadczył, że drogi są przejezdne. Według wojewody Zielińskiego opady ustaną w nocy. Rzecznik straży Jan Nowicki dodał, że akcja trwa. Według rzecznika Jana Nowickiego pomoc dotarła.',
      'pl',
    );
    expect(statements.map((s) => s.speaker)).toEqual([
      'Marek Zieliński',
      'Marek Zieliński',
      'Jan Nowicki',
      'Jan Nowicki',
    ]);
  });

  test('"zarzucił X-owi, że": the dative object is the addressee, the clause the content', () => {
    const [s] = extract('Lider opozycji Adam Wiśniewski zarzucił rządowi, że ukrywa koszty budowy.', 'pl');
    expect(s).toMatchObject({
      speaker: 'Adam Wiśniewski',
      cue: 'zarzucił',
      content: 'ukrywa koszty budowy',
    });
  });

  test('a setting before the subject is no content when the cue has its own "że" clause', () => {
    const statements = extract(
      'Zapytany o koszty inwestycji, burmistrz Piotr Kowal odpowiedział, że budżet je pokryje.',
      'pl',
    );
    expect(statements.map((s) => s.content)).toEqual(['budżet je pokryje']);
  });
});
