import { useState } from 'preact/hooks';
import type { Statement } from '@/utils/types';
import { t } from './i18n';

export interface StatementActions {
  /** Scroll the page to the statement and highlight it; resolves to whether it was found. */
  show(statement: Statement): Promise<boolean>;
  copy(statement: Statement): Promise<void>;
}

/** One statement: the words as published (as text, never as HTML), how it was said, and what to do with it. */
export function StatementItem(props: { statement: Statement; actions: StatementActions }) {
  const { statement, actions } = props;
  const [notFound, setNotFound] = useState(false);
  const [copied, setCopied] = useState<boolean | 'failed'>(false);
  const details = [
    statement.role,
    statement.cue,
    statement.addressee && t('statementTo', statement.addressee),
    statement.via && t('statementVia', statement.via),
  ].filter(Boolean);
  return (
    <li class="statement" data-statement-id={statement.id}>
      <button
        type="button"
        class="statement-quote"
        title={t('showOnPage')}
        onClick={async () => setNotFound(!(await actions.show(statement)))}
      >
        <span class={`kind kind-${statement.kind}`}>{t(`kind_${statement.kind}`)}</span>
        {/* Saying is what most statements do: only the other speech acts (denies, warns, praises…) get a tag. */}
        {statement.cueClass && statement.cueClass !== 'say' && (
          <span class={`kind cue-class cue-class-${statement.cueClass}`}>
            {t(`cueClass_${statement.cueClass}`)}
          </span>
        )}
        {/* Reported speech is not a quotation: only direct and mixed statements get quotation marks. */}
        {statement.kind === 'indirect' ? (
          <span class="reported">{statement.content}</span>
        ) : (
          <q>{statement.content}</q>
        )}
      </button>
      <div class="statement-meta">
        <span class="statement-details">{details.join(' · ')}</span>
        {notFound && (
          <span class="statement-missing" role="status">
            {t('showOnPageNotFound')}
          </span>
        )}
        <button
          type="button"
          class="link-button"
          onClick={async () => {
            // The clipboard can refuse (a popup that lost focus): say so rather than nothing.
            setCopied(
              await actions.copy(statement).then(
                () => true,
                () => 'failed' as const,
              ),
            );
          }}
        >
          {copied === true ? t('copied') : t('copyCitation')}
        </button>
        {copied === 'failed' && (
          <span class="statement-missing" role="alert">
            {t('copyFailed')}
          </span>
        )}
      </div>
    </li>
  );
}
