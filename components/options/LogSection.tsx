/**
 * The whole reading log (issue 4): search and filters, a virtualised sortable table, an entry's details, a
 * speaker's statements across articles, deletion with undo, export and import. The log lives in the background
 * (IndexedDB); this page reads it through the message protocol and asks the background for every change.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Deleted, EntryEdit, LogEntry } from '@/utils/log';
import { narrowToCueClass } from '@/utils/log/cue-class';
import { selectInSteps, sortIndicesInSteps, type LogFilter, type SortKey } from '@/utils/log/query';
import { sendToBackground, type LogWriteError } from '@/utils/messages';
import { logProblemItem, settingsItem, type LogProblem } from '@/utils/storage';
import { DEFAULT_TOPICS } from '@/utils/topics';
import type { Topic } from '@/utils/types';
import { t, uiLanguage } from '../i18n';
import { EntryDetails } from '../log/EntryDetails';
import { ExportPanel } from '../log/ExportPanel';
import { ImportPanel } from '../log/ImportPanel';
import { LogFilters } from '../log/LogFilters';
import { LogTable } from '../log/LogTable';
import { SpeakerView } from '../log/SpeakerView';
import { confirmDeleteAll, deletedMessage } from '../log/deletion-words';
import { useSavedCount } from '../log/useSavedPassages';
import { useSpeakerGroups } from '../log/useSpeakerGroups';
import { fetchEntries, useLog } from '../log/useLog';
import { useSteps } from '../log/useSteps';
import '../log/log.css';

/** How long the undo button stays after a deletion (the background keeps deleted entries longer). */
const UNDO_SHOWN_MS = 120_000;

interface Undo {
  batch: string;
  deleted: Deleted;
}

export function LogSection() {
  const { log, progress, failed, reload, replaceRow } = useLog();
  const [topics, setTopics] = useState<Topic[]>(DEFAULT_TOPICS);
  const [filter, setFilter] = useState<LogFilter>({});
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'lastSeen',
    descending: true,
  });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [openUrl, setOpenUrl] = useState<string | null>(null);
  /** The speaker view's person: a group's key, or a name before the log's names are grouped. */
  const [speaker, setSpeaker] = useState<string | null>(null);
  // Whole entries for the details and the speaker view, asked of the background (the page keeps only rows).
  const [openEntry, setOpenEntry] = useState<LogEntry | null>(null);
  const [speakerEntries, setSpeakerEntries] = useState<{ speaker: string; entries: LogEntry[] } | null>(null);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [problem, setProblem] = useState<LogProblem | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  const [writeFailed, setWriteFailed] = useState(false);
  /** An entry or a speaker's entries could not be read: the click opened nothing, and the page says why. */
  const [readFailed, setReadFailed] = useState(false);
  // "Delete everything…" takes the saved passages too: with passages alone (saved from private windows, say)
  // there is still something to delete.
  const savedCount = useSavedCount();
  const everything: Deleted = { entries: log.rows.length, passages: savedCount ?? 0 };
  const nothingToDelete = everything.entries === 0 && everything.passages === 0;

  useEffect(() => {
    void settingsItem.getValue().then((settings) => setTopics(settings.topics ?? DEFAULT_TOPICS));
    void logProblemItem.getValue().then(setProblem);
    return logProblemItem.watch(setProblem);
  }, []);
  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), UNDO_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [undo]);
  // Build the fuzzy search's index while the reader has not typed yet, a step per idle moment.
  useEffect(() => {
    if (progress !== null) return;
    const steps = log.index.warm()[Symbol.iterator]();
    let idle = 0;
    const step = () => {
      if (!steps.next().done) idle = requestIdleCallback(step);
    };
    idle = requestIdleCallback(step);
    return () => cancelIdleCallback(idle);
  }, [log, progress]);

  useEffect(() => {
    // After an edit the open entry is read again (its row changed); until then the old one stays shown.
    if (!openUrl) return setOpenEntry(null);
    let cancelled = false;
    fetchEntries([openUrl]).then(
      ([entry]) => !cancelled && setOpenEntry(entry ?? null),
      (error: unknown) => {
        console.warn('Veille: could not read an entry', error);
        setReadFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [openUrl, log]);
  const people = useSpeakerGroups(log, progress === null, uiLanguage());
  const person = (key: string) => people.person(key);
  useEffect(() => {
    if (!speaker) return setSpeakerEntries(null);
    let cancelled = false;
    const names = new Set(person(speaker).names);
    const urls = log.rows.filter((row) => row.speakers.some((name) => names.has(name))).map((row) => row.url);
    fetchEntries(urls).then(
      (entries) => !cancelled && setSpeakerEntries({ speaker, entries }),
      (error: unknown) => {
        console.warn('Veille: could not read a speaker’s entries', error);
        setReadFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [speaker, log, people]);

  const topicName = (id: string) => topics.find((topic) => topic.id === id)?.name ?? id;
  // Sorting is done once per order, filtering once per search or filter, both in steps between which the page
  // stays responsive (a 100,000-entry log). Each result keeps the log it was computed from: until the new one is
  // ready, the table shows the previous rows of the previous log (positions differ after a deletion).
  const {
    value: sorted,
    busy: sorting,
    current: sortedCurrent,
  } = useSteps(
    function* () {
      const indices = log.rows.map((_, index) => index);
      return { log, order: yield* sortIndicesInSteps(log.rows, indices, sort.key, sort.descending) };
    },
    [log, sort],
    { log, order: [] as number[] },
  );
  const found = useMemo(() => sorted.log.index.search(search), [sorted, search]);
  // The speaker filter holds a person: the rows holding any of their names pass.
  const rowFilter = useMemo<LogFilter>(
    () =>
      filter.speaker ? { ...filter, speakerNames: new Set(people.person(filter.speaker).names) } : filter,
    [filter, people],
  );
  const {
    value: selection,
    busy: filtering,
    current: selectionCurrent,
  } = useSteps(
    function* () {
      return { log: sorted.log, rows: yield* selectInSteps(sorted.log.rows, sorted.order, rowFilter, found) };
    },
    [sorted, found, rowFilter],
    { log, rows: [] as number[] },
  );
  const rows = selection.rows;
  // Said only once the log is read and the search settled: an empty table meanwhile is not yet an answer.
  const nothingShown =
    rows.length === 0 && log.rows.length > 0 && progress === null && !sorting && !filtering;
  const shownEntries = async (onProgress: (done: number) => void) =>
    narrowToCueClass(
      await fetchEntries(
        rows.map((index) => selection.log.rows[index]!.url),
        onProgress,
      ),
      filter.cueClass,
      rowFilter.speakerNames,
    );
  const allEntries = (onProgress: (done: number) => void) =>
    fetchEntries(
      log.rows.map((row) => row.url),
      onProgress,
    );

  const failedWrite = (error: LogWriteError) => {
    if (error === 'storage-full') setProblem({ kind: 'storage-full', at: Date.now() });
    else setWriteFailed(true);
  };

  const remove = async (request: { urls: string[] } | { all: true }) => {
    // No answer (a rejected message) is a failed write like any other: said, never lost in the console.
    const result = await sendToBackground('log:delete', request).catch(() => null);
    if (!result) return failedWrite('failed');
    if (!result.ok) return failedWrite(result.error);
    setWriteFailed(false);
    setUndo({ batch: result.batch, deleted: result.deleted });
    setSelected(new Set());
    setOpenUrl(null);
    reload();
  };

  const edit = async (url: string, change: EntryEdit) => {
    const result = await sendToBackground('log:edit', { url, ...change }).catch(() => null);
    if (!result) return failedWrite('failed');
    if (!result.ok) return failedWrite(result.error);
    setWriteFailed(false);
    // Once the log is read whole, the edited row is replaced where it stands; while it is still being read, the
    // pages already read may predate the edit, so it is read again.
    if (result.entry && progress === null) replaceRow(result.entry);
    else reload();
  };

  const undoDeletion = async () => {
    if (!undo) return;
    const result = await sendToBackground('log:undo', { batch: undo.batch }).catch(() => null);
    if (!result?.ok) return failedWrite(result?.error ?? 'failed');
    setUndo(null);
    reload();
  };

  return (
    <section class="log-section" aria-labelledby="log-heading">
      <h1 id="log-heading">{t('optionsSection_log')}</h1>
      {problem?.kind === 'storage-full' && (
        <p role="alert" class="log-problem">
          {t('logStorageFull')}
        </p>
      )}
      {writeFailed && (
        <p role="alert" class="log-problem">
          {t('logWriteFailed')}
        </p>
      )}
      {(failed || readFailed) && (
        <p role="alert" class="log-problem">
          {t('logLoadFailed')}
        </p>
      )}
      {progress !== null && (
        <p role="status">
          {t('logLoading')} <progress value={progress} max={1} />
        </p>
      )}
      <LogFilters
        facets={log.facets}
        speakerGroups={people.groups}
        topicName={topicName}
        filter={filter}
        search={search}
        onFilter={setFilter}
        onSearch={setSearch}
      />
      {filter.speaker && (
        <button type="button" class="chip" onClick={() => setSpeaker(filter.speaker ?? null)}>
          {t('logSpeakerViewOpen', person(filter.speaker).label)}
        </button>
      )}
      <div class="log-bar">
        <p role="status" class="log-count">
          {t('logCount', [String(rows.length), String(selection.log.rows.length)])}
        </p>
        <button
          type="button"
          disabled={selected.size === 0}
          onClick={() => void remove({ urls: [...selected] })}
        >
          {t('logDeleteSelected', String(selected.size))}
        </button>
        {confirmAll && !nothingToDelete ? (
          <button
            type="button"
            class="danger"
            onClick={() => {
              setConfirmAll(false);
              void remove({ all: true });
            }}
          >
            {confirmDeleteAll(t, everything)}
          </button>
        ) : (
          <button type="button" disabled={nothingToDelete} onClick={() => setConfirmAll(true)}>
            {t('logDeleteAll')}
          </button>
        )}
        {undo && (
          <span class="log-undo" role="status">
            {deletedMessage(t, undo.deleted)}{' '}
            <button type="button" class="primary" onClick={() => void undoDeletion()}>
              {t('logUndo')}
            </button>
          </span>
        )}
      </div>
      {nothingShown && (
        <p class="muted" role="status">
          {t('logNoMatch')}
        </p>
      )}
      {log.rows.length === 0 && progress === null ? (
        <p class="muted">{t('logEmpty')}</p>
      ) : (
        <LogTable
          entries={selection.log.rows}
          rows={rows}
          sort={sort}
          // Busy for assistive technology (and tests) from the click on: the rows shown are not yet the answer.
          busy={sorting || filtering || !sortedCurrent || !selectionCurrent}
          onSort={(key) =>
            setSort((current) => ({
              key,
              descending: current.key === key ? !current.descending : key !== 'title' && key !== 'site',
            }))
          }
          selected={selected}
          onSelect={(urls, on) =>
            setSelected((current) => {
              const next = new Set(current);
              for (const url of urls) {
                if (on) next.add(url);
                else next.delete(url);
              }
              return next;
            })
          }
          onOpen={(entry) => {
            setSpeaker(null);
            setOpenUrl(entry.url);
          }}
          onDelete={(urls) => void remove({ urls })}
        />
      )}
      {openEntry && openEntry.url === openUrl && (
        <EntryDetails
          entry={openEntry}
          topicName={topicName}
          onEdit={(change) => void edit(openEntry.url, change)}
          onDelete={() => void remove({ urls: [openEntry.url] })}
          onSpeaker={(name) => {
            setOpenUrl(null);
            setSpeaker(people.keyOf(name));
          }}
          onClose={() => setOpenUrl(null)}
        />
      )}
      {speaker && speakerEntries?.speaker === speaker && (
        <SpeakerView
          person={person(speaker)}
          entries={speakerEntries.entries}
          cueClass={filter.cueClass}
          onClose={() => setSpeaker(null)}
        />
      )}
      <div class="log-tools">
        <ExportPanel
          all={allEntries}
          allCount={log.rows.length}
          shown={shownEntries}
          shownCount={rows.length}
          nothingShown={nothingShown}
          narrowedTo={filter.cueClass}
          topics={topics}
          savedPassages={() => sendToBackground('statement:list', {})}
        />
        <ImportPanel
          onImported={reload}
          onStorageFull={() => setProblem({ kind: 'storage-full', at: Date.now() })}
        />
      </div>
    </section>
  );
}
