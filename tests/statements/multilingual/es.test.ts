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
});
