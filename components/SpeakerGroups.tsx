import type { Statement } from '@/utils/types';
import { t } from './i18n';
import { StatementItem, type StatementActions } from './StatementItem';

interface SpeakerGroup {
  speaker: string;
  statements: Statement[];
}

/** Statements grouped by canonical speaker, speakers in order of first appearance in the article. */
export function groupBySpeaker(statements: Statement[]): SpeakerGroup[] {
  const groups = new Map<string, Statement[]>();
  for (const statement of [...statements].sort((a, b) => a.start - b.start)) {
    const list = groups.get(statement.speaker);
    if (list) list.push(statement);
    else groups.set(statement.speaker, [statement]);
  }
  return [...groups.entries()].map(([speaker, list]) => ({ speaker, statements: list }));
}

export function SpeakerGroups(props: { statements: Statement[]; actions: StatementActions }) {
  const groups = groupBySpeaker(props.statements);
  return (
    <section class="statements" aria-labelledby="statements-heading">
      <h3 id="statements-heading" class="section-title">
        {t('statementsHeading')}{' '}
        <span class="count">
          {t(
            props.statements.length === 1 ? 'statementsCountOne' : 'statementsCount',
            String(props.statements.length),
          )}
        </span>
      </h3>
      {groups.length === 0 && <p class="muted">{t('emptyNoStatements')}</p>}
      {groups.map((group) => (
        <section key={group.speaker} class="speaker" aria-label={group.speaker || t('speakerUnknown')}>
          <h4 class="speaker-name">
            {group.speaker || t('speakerUnknown')}{' '}
            <span class="speaker-count">{group.statements.length}</span>
          </h4>
          <ul>
            {group.statements.map((statement) => (
              <StatementItem key={statement.id} statement={statement} actions={props.actions} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
