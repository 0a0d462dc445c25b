import { useMemo, useRef } from 'preact/hooks';
import type { QuerySyntaxError } from '@/utils/topics';
import { queryTokens } from '@/utils/topics/query-tokens';
import { t } from '../i18n';
import { queryErrorMessage } from './query-error';

/**
 * The expert mode: the query in a textarea drawn over its highlighted copy. The copy is built from the parser's
 * pieces as text spans (the query is never parsed as HTML); the character where the parser expected something
 * else is marked, and the message under the field names its column.
 */
export function QueryEditor(props: {
  id: string;
  query: string;
  error: QuerySyntaxError | null;
  onChange: (query: string) => void;
}) {
  const { query, error } = props;
  const backdrop = useRef<HTMLPreElement>(null);
  const pieces = useMemo(() => highlighted(query, error?.column ?? null), [query, error]);
  const errorId = `${props.id}-error`;
  return (
    <div class="query-editor">
      <label for={props.id}>{t('queryLabel')}</label>
      <div class="query-field">
        <pre class="query-highlight" aria-hidden="true" ref={backdrop}>
          {pieces}
        </pre>
        <textarea
          id={props.id}
          class="query-input"
          rows={5}
          spellcheck={false}
          value={query}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={`${errorId} ${props.id}-help`}
          onInput={(event) => props.onChange(event.currentTarget.value)}
          onScroll={(event) => {
            if (backdrop.current) backdrop.current.scrollTop = event.currentTarget.scrollTop;
          }}
        />
      </div>
      <p id={errorId} class="query-error" role="status" data-column={error?.column}>
        {error ? queryErrorMessage(error) : ''}
      </p>
      <p id={`${props.id}-help`} class="muted query-help">
        {t('queryHelp')}
      </p>
    </div>
  );
}

/** Spans for the pieces of the query, the character at the error column cut out and marked. */
function highlighted(query: string, errorColumn: number | null) {
  const errorAt = errorColumn === null ? -1 : errorColumn - 1;
  const spans = [];
  for (const token of queryTokens(query)) {
    const end = token.start + token.text.length;
    if (errorAt >= token.start && errorAt < end) {
      const offset = errorAt - token.start;
      if (offset > 0) spans.push(<span class={`q-${token.kind}`}>{token.text.slice(0, offset)}</span>);
      spans.push(
        <mark class="error-at" data-column={errorColumn}>
          {token.text[offset]}
        </mark>,
      );
      if (offset + 1 < token.text.length)
        spans.push(<span class={`q-${token.kind}`}>{token.text.slice(offset + 1)}</span>);
    } else {
      spans.push(<span class={`q-${token.kind}`}>{token.text}</span>);
    }
  }
  // Past the end (an unclosed parenthesis or quote): a marked space after the last character.
  if (errorAt >= query.length)
    spans.push(
      <mark class="error-at" data-column={errorColumn}>
        {' '}
      </mark>,
    );
  // A trailing newline needs a character after it to take up its line, as it does in the textarea.
  spans.push('\n');
  return spans;
}
