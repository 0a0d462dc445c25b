import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { settingsItem, type MonitoringMode } from '@/utils/storage';
import { DEFAULT_TOPICS } from '@/utils/topics';
import type { Topic } from '@/utils/types';
import { t } from './i18n';
import { topicDisplayName } from './topics/topic-name';

/** The host patterns of "all sites"; the same as `optional_host_permissions` in wxt.config.ts. */
export const ALL_SITES = ['http://*/*', 'https://*/*'];

/** `lemonde.fr` or `https://www.lemonde.fr/international` → `https://www.lemonde.fr/*`; null when not a web address. */
export function sitePattern(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
    return `${url.origin}/*`;
  } catch {
    return null;
  }
}

type Outcome =
  { kind: 'saved' } | { kind: 'denied' } | { kind: 'bad-site'; site: string } | { kind: 'failed' } | null;

/** Onboarding: what Veille does, where data stays, when it reads pages, and the topics to start with. */
export function Onboarding() {
  const [mode, setMode] = useState<MonitoringMode>('click');
  const [sites, setSites] = useState('');
  const [topics, setTopics] = useState<Topic[]>(DEFAULT_TOPICS);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [shortcut, setShortcut] = useState('');

  useEffect(() => {
    void browser.commands
      ?.getAll()
      .then((commands) => setShortcut(commands.find((c) => c.name === '_execute_action')?.shortcut ?? ''))
      .catch(() => {});
    void settingsItem.getValue().then((settings) => {
      setMode(settings.monitoring);
      setSites(settings.sites.join('\n'));
      if (settings.topics) setTopics(settings.topics);
    });
  }, []);

  async function save(event: Event) {
    event.preventDefault();
    const lines = sites.split('\n').filter((line) => line.trim());
    const patterns: string[] = [];
    if (mode === 'sites') {
      for (const line of lines) {
        const pattern = sitePattern(line);
        if (!pattern) return setOutcome({ kind: 'bad-site', site: line.trim() });
        patterns.push(pattern);
      }
    }
    const wanted = mode === 'all' ? ALL_SITES : patterns;
    // The request must come first in the click's user gesture.
    const granted = wanted.length === 0 || (await browser.permissions.request({ origins: wanted }));
    if (!granted) return setOutcome({ kind: 'denied' });
    const { origins = [] } = await browser.permissions.getAll();
    const extra = origins.filter((origin) => !wanted.includes(origin));
    if (extra.length > 0) await browser.permissions.remove({ origins: extra });
    const settings = await settingsItem.getValue();
    await settingsItem.setValue({
      ...settings,
      topics,
      monitoring: mode,
      sites: patterns.map((pattern) => pattern.slice(0, -2)),
      onboarded: true,
    });
    setOutcome({ kind: 'saved' });
  }

  const option = (value: MonitoringMode, label: string, hint: string) => (
    <label class="choice">
      <input
        type="radio"
        name="mode"
        value={value}
        checked={mode === value}
        onChange={() => setMode(value)}
      />
      <span>
        <strong>{label}</strong>
        <span class="muted">{hint}</span>
      </span>
    </label>
  );

  return (
    <main class="onboarding">
      <header>
        <img src="/icon/48.png" alt="" width={40} height={40} />
        <h1>{t('onboardingTitle')}</h1>
      </header>
      <p>{t('onboardingIntro')}</p>
      <section aria-labelledby="what-heading">
        <h2 id="what-heading">{t('onboardingWhatTitle')}</h2>
        <ul class="onboarding-points">
          <li>{t('onboardingWhatTopics')}</li>
          <li>{t('onboardingWhatStatements')}</li>
          <li>{t('onboardingWhatLog')}</li>
          <li>{shortcut ? t('onboardingShortcut', shortcut) : t('onboardingNoShortcut')}</li>
        </ul>
      </section>
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('onboardingPrivacyTitle')}</h2>
        <p>{t('onboardingPrivacy')}</p>
      </section>
      <form
        onSubmit={(event) =>
          void save(event).catch((error: unknown) => {
            console.warn('Veille: the monitoring choice could not be saved', error);
            setOutcome({ kind: 'failed' });
          })
        }
      >
        <fieldset>
          <legend>{t('onboardingChoose')}</legend>
          {option('all', t('onboardingAll'), t('onboardingAllHint'))}
          {option('sites', t('onboardingSites'), t('onboardingSitesHint'))}
          {mode === 'sites' && (
            <label class="sites">
              <span>{t('onboardingSitesLabel')}</span>
              <textarea rows={4} value={sites} onInput={(e) => setSites(e.currentTarget.value)} />
            </label>
          )}
          {option('click', t('onboardingClick'), t('onboardingClickHint'))}
        </fieldset>
        <fieldset>
          <legend>{t('onboardingTopics')}</legend>
          {topics.map((topic) => (
            <label key={topic.id} class="choice">
              <input
                type="checkbox"
                checked={topic.enabled}
                onChange={(event) => {
                  const enabled = event.currentTarget.checked;
                  setTopics(topics.map((old) => (old.id === topic.id ? { ...old, enabled } : old)));
                }}
              />
              <span>
                <strong>{topicDisplayName(topic)}</strong>
              </span>
            </label>
          ))}
          <p class="muted">
            {t('onboardingTopicsHint')}{' '}
            <a href="/options.html#topics" target="_blank">
              {t('onboardingTopicsLink')}
            </a>
          </p>
        </fieldset>
        <button type="submit" class="primary">
          {t('onboardingSave')}
        </button>
        <p role="status" class="outcome">
          {outcome?.kind === 'saved' && t('onboardingSaved')}
          {outcome?.kind === 'denied' && t('onboardingDenied')}
          {outcome?.kind === 'bad-site' && t('onboardingBadSite', outcome.site)}
          {outcome?.kind === 'failed' && t('onboardingFailed')}
        </p>
      </form>
    </main>
  );
}
