/**
 * Every statement of one person across the articles shown, by publication date: under all the names the log holds
 * for them (utils/log/speakers.ts), and each statement once, "reported by N articles" with every source when
 * several carried it (utils/log/same-statement.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import type { LogEntry } from '@/utils/log';
import { statementsBySpeaker } from '@/utils/log/query';
import { fullestVersion, reportedInSteps, type ReportedStatement } from '@/utils/log/reported';
import type { CueClass } from '@/utils/types';
import { formatDate } from '../citation';
import { t, uiLanguage } from '../i18n';
import type { Person } from './useSpeakerGroups';
import { useSteps } from './useSteps';

/**
 * Statements rendered at a time: a public figure can have thousands in a large log, and rendering them all at once
 * would hold the page for hundreds of milliseconds; the reader asks for more.
 */
const STATEMENTS_SHOWN = 200;

export function SpeakerView(props: {
  person: Person;
  entries: LogEntry[];
  /** The statement-type filter: only statements of this type are shown. */
  cueClass?: CueClass;
  onClose(): void;
}) {
  const { person, entries, cueClass } = props;
  // Thousands of statements for a public figure: found in slices, the page free in between.
  const found = useSteps(
    () => {
      const all = statementsBySpeaker(entries, new Set(person.names));
      const shown = cueClass ? all.filter(({ statement }) => statement.cueClass === cueClass) : all;
      // One person: every statement is in the same group.
      return reportedInSteps(shown, () => person.key);
    },
    [entries, person.key, person.names.join('\n'), cueClass],
    [] as ReportedStatement[],
  );
  // Another person's statements are never shown under this one's name while these are found.
  const said = found.current ? found.value : [];
  const [shownCount, setShownCount] = useState(STATEMENTS_SHOWN);
  useEffect(() => setShownCount(STATEMENTS_SHOWN), [person.key, cueClass]);
  const left = said.length - shownCount;
  const lang = uiLanguage();
  const others = person.names.filter((name) => name !== person.label);
  const statements = said.reduce((sum, statement) => sum + statement.sources.length, 0);
  return (
    <section class="log-panel" aria-labelledby="speaker-view-title">
      <header class="log-panel-head">
        <h2 id="speaker-view-title">{t('logSpeakerViewTitle', person.label)}</h2>
        <button type="button" onClick={props.onClose}>
          {t('logClose')}
        </button>
      </header>
      {others.length > 0 && <p class="muted speaker-names">{t('logSpeakerNames', others.join(', '))}</p>}
      <p class="muted">{t('logSpeakerViewCount', String(statements))}</p>
      <ol class="speaker-statements">
        {said.slice(0, shownCount).map((statement) => {
          const shown = fullestVersion(statement);
          const first = statement.sources[0]!;
          return (
            <li key={`${first.entry.url}#${first.statement.id}`} lang={shown.lang}>
              <blockquote>{shown.kind === 'direct' ? `“${shown.content}”` : shown.content}</blockquote>
              {statement.sources.length > 1 && (
                <p class="reported-by">{t('logReportedBy', String(statement.articles))}</p>
              )}
              <ul class="statement-sources">
                {statement.sources.map(({ statement: version, entry }) => (
                  <li key={`${entry.url}#${version.id}`} class="muted">
                    {version.cue} ·{' '}
                    <a href={entry.url} target="_blank" rel="noreferrer">
                      {entry.title || entry.url}
                    </a>
                    {[entry.site, formatDate(entry.publishedAt, lang)]
                      .filter(Boolean)
                      .map((fact) => ` · ${fact}`)}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
      {left > 0 && (
        <button type="button" onClick={() => setShownCount(shownCount + STATEMENTS_SHOWN)}>
          {t('logSpeakerViewMore', [String(Math.min(left, STATEMENTS_SHOWN)), String(left)])}
        </button>
      )}
    </section>
  );
}
