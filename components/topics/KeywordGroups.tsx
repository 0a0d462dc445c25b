import { emptyGroup, type KeywordGroup } from '@/utils/topics/keywords';
import { t, uiLanguage } from '../i18n';
import { ChipInput } from './ChipInput';

/** The languages the default topics are written for; a group may also be for any language (''). */
const LANGUAGES = ['', 'en', 'fr', 'de', 'es', 'it', 'pl', 'uk', 'ru'];

function languageName(code: string): string {
  if (!code) return t('keywordsAnyLanguage');
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The simple mode: one group of keyword chips per language, each "any of", "all of" and "none of". */
export function KeywordGroups(props: { groups: KeywordGroup[]; onChange: (groups: KeywordGroup[]) => void }) {
  const { groups, onChange } = props;
  const update = (index: number, group: KeywordGroup) =>
    onChange(groups.map((old, i) => (i === index ? group : old)));
  return (
    <div class="keyword-groups">
      {groups.map((group, index) => (
        <fieldset key={index} class="keyword-group">
          <legend>{t('keywordsGroup', String(index + 1))}</legend>
          <label class="inline">
            {t('keywordsLanguage')}
            <select
              value={group.lang}
              onChange={(event) => update(index, { ...group, lang: event.currentTarget.value })}
            >
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {languageName(code)}
                </option>
              ))}
            </select>
          </label>
          <ChipInput
            kind="any"
            label={t('keywordsAnyOf')}
            hint={t('keywordsAnyOfHint')}
            values={group.anyOf}
            onChange={(anyOf) => update(index, { ...group, anyOf })}
          />
          <ChipInput
            kind="all"
            label={t('keywordsAllOf')}
            hint={t('keywordsAllOfHint')}
            values={group.allOf}
            onChange={(allOf) => update(index, { ...group, allOf })}
          />
          <ChipInput
            kind="none"
            label={t('keywordsNoneOf')}
            hint={t('keywordsNoneOfHint')}
            values={group.noneOf}
            onChange={(noneOf) => update(index, { ...group, noneOf })}
          />
          {groups.length > 1 && (
            <button
              type="button"
              class="link-button"
              onClick={() => onChange(groups.filter((_, i) => i !== index))}
            >
              {t('keywordsRemoveGroup')}
            </button>
          )}
        </fieldset>
      ))}
      <button type="button" class="secondary" onClick={() => onChange([...groups, emptyGroup()])}>
        {t('keywordsAddGroup')}
      </button>
    </div>
  );
}
