import { useState } from 'preact/hooks';
import { t } from '../i18n';

/**
 * A list of keywords as chips, with a field to add one (Enter, or leaving the field) and a button on each chip to
 * remove it; Backspace in the empty field removes the last one. Keywords are shown as text, never as HTML.
 */
export function ChipInput(props: {
  label: string;
  hint: string;
  values: string[];
  onChange: (values: string[]) => void;
  kind: 'any' | 'all' | 'none';
}) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const keyword = draft.replace(/\s+/g, ' ').trim();
    if (keyword && !props.values.includes(keyword)) props.onChange([...props.values, keyword]);
    setDraft('');
  };
  return (
    <div class={`chips chips-${props.kind}`} role="group" aria-label={props.label}>
      <span class="chips-label">{props.label}</span>
      <ul>
        {props.values.map((value, index) => (
          <li key={value} class="chip">
            <span>{value}</span>
            <button
              type="button"
              aria-label={t('chipRemove', value)}
              onClick={() => props.onChange(props.values.filter((_, i) => i !== index))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        type="text"
        value={draft}
        aria-label={`${props.label} — ${props.hint}`}
        placeholder={props.hint}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onBlur={add}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add();
          } else if (event.key === 'Backspace' && draft === '' && props.values.length > 0) {
            props.onChange(props.values.slice(0, -1));
          }
        }}
      />
    </div>
  );
}
