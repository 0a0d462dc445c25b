import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { LogSection } from './LogSection';
import { SavedSection } from './SavedSection';
import { StatementsSection } from './StatementsSection';
import { TopicsSection } from './TopicsSection';

/** The options page: one section per concern, chosen from the address (`options.html#log`) so it can be linked. */
const SECTIONS = {
  topics: TopicsSection,
  statements: StatementsSection,
  log: LogSection,
  saved: SavedSection,
} as const;
type SectionId = keyof typeof SECTIONS;

function sectionFromHash(): SectionId {
  const id = location.hash.slice(1);
  return id in SECTIONS ? (id as SectionId) : 'topics';
}

export function OptionsApp() {
  const [section, setSection] = useState<SectionId>(sectionFromHash);
  useEffect(() => {
    const follow = () => setSection(sectionFromHash());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const Section = SECTIONS[section];
  return (
    <div class="options">
      <nav aria-label={t('optionsSections')}>
        {(Object.keys(SECTIONS) as SectionId[]).map((id) => (
          <a key={id} href={`#${id}`} aria-current={id === section ? 'page' : undefined}>
            {t(`optionsSection_${id}`)}
          </a>
        ))}
      </nav>
      <main>
        <Section />
      </main>
    </div>
  );
}
