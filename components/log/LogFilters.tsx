/** The filters over the log: search, topic, speaker (one person per option), statement type, site, language, dates. */
import { isCueClass } from '@/utils/log/cue-class';
import type { LogFacets, LogFilter } from '@/utils/log/query';
import type { SpeakerGroup } from '@/utils/log/speakers';
import { t } from '../i18n';

export interface LogFiltersProps {
  facets: LogFacets;
  topicName(id: string): string;
  /** The log's speakers grouped as people, once computed; until then each name is its own option. */
  speakerGroups: SpeakerGroup[] | null;
  filter: LogFilter;
  search: string;
  onFilter(filter: LogFilter): void;
  onSearch(search: string): void;
}

function Choice(props: {
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  onChange(value: string | undefined): void;
}) {
  return (
    <label class="log-filter">
      <span>{props.label}</span>
      <select
        value={props.value ?? ''}
        onChange={(event) => props.onChange((event.currentTarget as HTMLSelectElement).value || undefined)}
      >
        <option value="">{t('logFilterAny')}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function LogFilters(props: LogFiltersProps) {
  const { facets, filter } = props;
  const set = (change: Partial<LogFilter>) => props.onFilter({ ...filter, ...change });
  return (
    <div class="log-filters" role="search">
      <label class="log-filter log-search">
        <span>{t('logSearch')}</span>
        <input
          type="search"
          value={props.search}
          placeholder={t('logSearchPlaceholder')}
          onInput={(event) => props.onSearch((event.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <Choice
        label={t('logFilterTopic')}
        value={filter.topic}
        options={facets.topics.map((id) => ({ value: id, label: props.topicName(id) }))}
        onChange={(topic) => set({ topic })}
      />
      <Choice
        label={t('logFilterSpeaker')}
        value={filter.speaker}
        options={
          props.speakerGroups?.map(({ key, label, statements }) => ({
            value: key,
            label: `${label} (${statements})`,
          })) ??
          facets.speakers.map(({ name, statements }) => ({ value: name, label: `${name} (${statements})` }))
        }
        onChange={(speaker) => set({ speaker })}
      />
      <Choice
        label={t('logFilterCueClass')}
        value={filter.cueClass}
        options={facets.cueClasses.map((cueClass) => ({ value: cueClass, label: t(`cueClass_${cueClass}`) }))}
        onChange={(value) => set({ cueClass: value && isCueClass(value) ? value : undefined })}
      />
      <Choice
        label={t('logFilterSite')}
        value={filter.site}
        options={facets.sites.map((site) => ({ value: site, label: site }))}
        onChange={(site) => set({ site })}
      />
      <Choice
        label={t('logFilterLang')}
        value={filter.lang}
        options={facets.langs.map((lang) => ({ value: lang, label: lang }))}
        onChange={(lang) => set({ lang })}
      />
      <label class="log-filter">
        <span>{t('logFilterFrom')}</span>
        <input
          type="date"
          value={filter.from ?? ''}
          onChange={(event) => set({ from: (event.currentTarget as HTMLInputElement).value || undefined })}
        />
      </label>
      <label class="log-filter">
        <span>{t('logFilterTo')}</span>
        <input
          type="date"
          value={filter.to ?? ''}
          onChange={(event) => set({ to: (event.currentTarget as HTMLInputElement).value || undefined })}
        />
      </label>
    </div>
  );
}
