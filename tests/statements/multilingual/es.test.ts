/** Spanish reporting style (EFE): «…», "afirmó que", "según X" before or after, role then name, dropped subjects. */
import { describe, expect, test } from 'vitest';
import { extract, statementStarting } from './helpers';

describe('Spanish statements', () => {
  test('indirect speech with "que"; the name in apposition to the role is the speaker', () => {
    const s = statementStarting(
      extract(
        'El presidente del Gobierno, Pedro Sánchez, afirmó que España cumplirá sus compromisos con la OTAN.',
        'es',
      ),
      'España',
    );
    expect(s).toMatchObject({ kind: 'indirect', speaker: 'Pedro Sánchez', cue: 'afirmó' });
  });

  test('direct speech in «…» with the cue after it', () => {
    const [s] = extract(
      '«No vamos a dejar sola a Ucrania», aseguró la ministra de Defensa, Margarita Robles.',
      'es',
    );
    expect(s).toMatchObject({
      kind: 'direct',
      speaker: 'Margarita Robles',
      content: 'No vamos a dejar sola a Ucrania',
    });
  });

  test('"según X" before and after the clause', () => {
    const a = statementStarting(
      extract('Según el Kremlin, las conversaciones no han dado resultados.', 'es'),
      'las conversaciones',
    );
    expect(a).toMatchObject({ speaker: 'Kremlin', cue: 'Según' });
    const b = statementStarting(
      extract('Las negociaciones continuarán la próxima semana, según fuentes diplomáticas.', 'es'),
      'Las negociaciones',
    );
    expect(b).toMatchObject({ speaker: 'fuentes diplomáticas', cue: 'según' });
  });

  test('a dropped subject ("…», dijo.") and a surname go back to the full name', () => {
    const statements = extract(
      'El portavoz del Kremlin, Dmitri Peskov, dijo que Moscú no aceptará tropas de la OTAN en Ucrania. «La decisión es definitiva», añadió. Peskov insistió en que no habrá más conversaciones.',
      'es',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Dmitri Peskov', 'Dmitri Peskov', 'Dmitri Peskov']);
    expect(statementStarting(statements, 'La decisión').kind).toBe('direct');
  });

  test('"advirtió de que" and a quoted fragment make a mixed statement', () => {
    const [s] = extract(
      'La alta representante Kaja Kallas advirtió de que Rusia «no tiene ningún interés» en la paz.',
      'es',
    );
    expect(s).toMatchObject({
      kind: 'mixed',
      speaker: 'Kaja Kallas',
      content: 'Rusia «no tiene ningún interés» en la paz',
    });
  });

  test('an indirect-object clitic between subject and cue ("le reprochó") is no speaker', () => {
    const [s] = extract(
      'La portavoz de la oposición, Marta Gil, le reprochó que haya firmado el acuerdo sin consultar a las Cortes.',
      'es',
    );
    expect(s).toMatchObject({ speaker: 'Marta Gil', cue: 'reprochó' });
  });

  test('a role whose complement is capitalised after a linker keeps the name in apposition', () => {
    const [s] = extract(
      'El comisario europeo para Asuntos Económicos, Luis Vidal, afirmó que la inflación seguirá bajando.',
      'es',
    );
    expect(s).toMatchObject({ speaker: 'Luis Vidal', content: 'la inflación seguirá bajando' });
  });

  test('a relative clause with its own commas: the speaker is its antecedent', () => {
    const [s] = extract(
      'El jefe del Gobierno, que se reunió en Madrid con el canciller alemán, Friedrich Merz, aseguró que la ayuda a Ucrania continuará.',
      'es',
    );
    expect(s).toMatchObject({ content: 'la ayuda a Ucrania continuará', mention: 'El jefe del Gobierno' });
    expect(s!.speaker).not.toBe('Friedrich Merz');
  });

  test('the agency’s apposition taking up the report ends the content', () => {
    expect(
      extract(
        'El Ejército aseguró, por su parte, que sus unidades derribaron tres aviones, una información que no ha podido ser confirmada.',
        'es',
      ).map((s) => s.content),
    ).toEqual(['sus unidades derribaron tres aviones']);
    expect(
      extract(
        'La alcaldesa dijo que el puente está dañado, extremo que la empresa constructora niega.',
        'es',
      ).map((s) => s.content),
    ).toEqual(['el puente está dañado']);
    // (Inside the speaker's own quotation it is part of what was said.)
    expect(
      extract('«El puente está dañado, algo que nadie discute», dijo la alcaldesa.', 'es').map(
        (s) => s.content,
      ),
    ).toEqual(['El puente está dañado, algo que nadie discute']);
  });

  test('"informó de que" and "según informó X"', () => {
    expect(
      extract('La portavoz municipal informó de que el metro funcionará toda la noche.', 'es').map((s) => [
        s.mention,
        s.content,
      ]),
    ).toEqual([['La portavoz municipal', 'el metro funcionará toda la noche']]);
    const [s] = extract('El metro funcionará toda la noche, según informó el Ayuntamiento.', 'es');
    expect(s).toMatchObject({ content: 'El metro funcionará toda la noche', mention: 'el Ayuntamiento' });
  });

  test('"a juicio del", "en opinión del": the contracted article', () => {
    const [s] = extract('A juicio del sindicato mayoritario, la reforma llega tarde.', 'es');
    expect(s).toMatchObject({ content: 'la reforma llega tarde', mention: 'sindicato mayoritario' });
  });

  test('"según el ministro, Rusia …": a capitalised subject after the comma is no apposed name', () => {
    const [s] = extract('Según el ministro, Rusia prepara una nueva ofensiva.', 'es');
    expect(s).toMatchObject({ mention: 'el ministro', content: 'Rusia prepara una nueva ofensiva' });
  });

  test('an addressee named after its noun, and a name with "von der"', () => {
    const [s] = extract(
      'La comisaria, Ursula von der Leyen, declaró a la agencia RIA Nóvosti que el diálogo sigue abierto.',
      'es',
    );
    expect(s).toMatchObject({ speaker: 'Ursula von der Leyen', content: 'el diálogo sigue abierto' });
  });

  test('an agency in capitals in the dateline is nobody a role refers to', () => {
    const [s] = extract('Madrid, 14 nov (EUROPA PRESS) - El ministro anunció que habrá más fondos.', 'es');
    expect(s).toMatchObject({ speaker: 'ministro', content: 'habrá más fondos' });
  });

  test('the subject, a short predicate and a colon introduce a quotation', () => {
    const [s] = extract(
      'El alcalde de Sevilla, Luis Romero, fue contundente: «No habrá más recortes».',
      'es',
    );
    expect(s).toMatchObject({ kind: 'direct', speaker: 'Luis Romero', content: 'No habrá más recortes' });
    expect(extract('El motivo es sencillo: «No hay dinero».', 'es')).toEqual([]);
  });

  test('"Para X, …" opening the sentence attributes a view; "Para ello" does not', () => {
    const [s] = extract('Para la Comisión Europea, la subida salarial es excesiva.', 'es');
    expect(s).toMatchObject({ cue: 'Para', content: 'la subida salarial es excesiva' });
    expect(extract('Para ello, el Gobierno aprobó un decreto.', 'es')).toEqual([]);
  });

  test('an agency named after its common noun speaks by its own name', () => {
    const [s] = extract(
      'El Gobierno retiró a su embajador en Managua, informó la agencia estatal Prensa Latina.',
      'es',
    );
    expect(s).toMatchObject({
      cue: 'informó',
      speaker: 'Prensa Latina',
      content: 'El Gobierno retiró a su embajador en Managua',
    });
  });

  test('"el titular de …" is a role that points back to the minister named before', () => {
    const statements = extract(
      'El ministro de Agricultura, Luis Planas, dijo que la cosecha será buena. El titular de Agricultura reiteró que los precios bajarán.',
      'es',
    );
    expect(statementStarting(statements, 'los precios')).toMatchObject({
      speaker: 'Luis Planas',
      cue: 'reiteró',
    });
  });

  test('a role of the other gender does not point back to the minister named before', () => {
    const statements = extract(
      'El ministro de Transportes, Óscar Puente, aseguró que los trenes volverán el lunes. La vicepresidenta, por su parte, defendió que las obras eran necesarias.',
      'es',
    );
    expect(statementStarting(statements, 'las obras').speaker).not.toBe('Óscar Puente');
  });

  test('"Para la patronal X, …": an employers’ organisation named after its noun', () => {
    const [s] = extract('Para la patronal Cepyme, la reforma llega en mal momento.', 'es');
    expect(s).toMatchObject({ speaker: 'Cepyme', content: 'la reforma llega en mal momento' });
  });

  test('"apostilló" reports a quotation, its subject dropped', () => {
    const statements = extract(
      'El fiscal general, Álvaro Ruiz, defendió su gestión. «No tengo nada que ocultar», apostilló.',
      'es',
    );
    expect(statementStarting(statements, 'No tengo')).toMatchObject({
      cue: 'apostilló',
      speaker: 'Álvaro Ruiz',
    });
  });

  test('a second verb after "y" takes the subject set off before its apposition', () => {
    const statements = extract(
      'La alcaldesa de Valencia, María Catalá, visitó la zona y subrayó que las obras terminarán en junio.',
      'es',
    );
    expect(statementStarting(statements, 'las obras')).toMatchObject({ speaker: 'María Catalá' });
  });

  test('a name set off after a role whose complement ends on an organisation’s name is the speaker', () => {
    const [s] = extract(
      'La portavoz del conservador Partido Popular, Ester Muñoz, afirmó que la ley es inconstitucional.',
      'es',
    );
    expect(s).toMatchObject({ speaker: 'Ester Muñoz', content: 'la ley es inconstitucional' });
  });

  test('a contrast opening on experts or analysts ends the reported clause', () => {
    const [s] = extract(
      'La ministra afirmó que el paro bajará este año, pero los expertos lo ponen en duda.',
      'es',
    );
    expect(s?.content).toBe('el paro bajará este año');
  });

  test('"Según X" with no comma ends before the article of the clause\'s subject', () => {
    const [s] = extract('Según la alcaldesa Marta Gil las obras terminarán en mayo.', 'es');
    expect(s).toMatchObject({ speaker: 'Marta Gil', content: 'las obras terminarán en mayo' });
  });
});
