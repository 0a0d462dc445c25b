/**
 * The log as a table that stays smooth at 100,000 rows: only the rows in view (and a few around) exist in the
 * DOM, placed in a tall spacer. It is an ARIA grid driven from the keyboard: arrows, Page Up/Down, Home/End move
 * the active row, Space selects it, Enter opens it, Delete deletes the selection (or the active row).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LogRow, SortKey } from '@/utils/log/query';
import { t, uiLanguage } from '../i18n';

export const ROW_HEIGHT = 34;
const OVERSCAN = 8;

interface Column {
  key: SortKey | 'select' | 'lang';
  label: string;
  sortable: boolean;
}

export interface LogTableProps {
  entries: readonly LogRow[];
  /** Indices into `entries`, in display order. */
  rows: number[];
  sort: { key: SortKey; descending: boolean };
  /** The order or the selection is being computed: the rows shown are about to change. */
  busy?: boolean;
  onSort(key: SortKey): void;
  selected: ReadonlySet<string>;
  onSelect(urls: string[], selected: boolean): void;
  onOpen(entry: LogRow): void;
  onDelete(urls: string[]): void;
}

const minutes = (ms: number) =>
  ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`;

export function LogTable(props: LogTableProps) {
  const { entries, rows, selected } = props;
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const [active, setActive] = useState(0);
  const lang = uiLanguage();
  // One formatter for every row: building one per cell would cost more than the rest of a row.
  const day = useMemo(() => {
    const format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
    return (value: string | number | undefined) => {
      const date = value === undefined ? undefined : new Date(value);
      return date && !Number.isNaN(date.getTime()) ? format.format(date) : '';
    };
  }, [lang]);

  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // Fewer rows than before (a search, a filter): keep the active row among them.
  useEffect(() => setActive((current) => Math.min(current, Math.max(0, rows.length - 1))), [rows]);

  const columns: Column[] = [
    { key: 'select', label: t('logSelect'), sortable: false },
    { key: 'title', label: t('logColumnTitle'), sortable: true },
    { key: 'site', label: t('logColumnSite'), sortable: true },
    { key: 'publishedAt', label: t('logColumnPublished'), sortable: true },
    { key: 'lang', label: t('logColumnLang'), sortable: false },
    { key: 'statements', label: t('logColumnStatements'), sortable: true },
    { key: 'visits', label: t('logColumnVisits'), sortable: true },
    { key: 'activeMs', label: t('logColumnReadingTime'), sortable: true },
    { key: 'lastSeen', label: t('logColumnLastSeen'), sortable: true },
  ];

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  // Rows are keyed by their slot in a pool as large as the view, not by entry: scrolling then updates the text of
  // the rows in place instead of removing and creating ~50 rows of elements per frame.
  const pool = Math.ceil(height / ROW_HEIGHT) + 2 * OVERSCAN + 2;

  const moveTo = (row: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, row));
    setActive(target);
    const element = viewport.current;
    if (!element) return;
    const top = target * ROW_HEIGHT;
    const bodyHeight = element.clientHeight - ROW_HEIGHT; // minus the sticky header
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + ROW_HEIGHT > element.scrollTop + bodyHeight)
      element.scrollTop = top + ROW_HEIGHT - bodyHeight;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
    const entry = entries[rows[active] ?? -1];
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(active + 1),
      ArrowUp: () => moveTo(active - 1),
      PageDown: () => moveTo(active + page),
      PageUp: () => moveTo(active - page),
      Home: () => moveTo(0),
      End: () => moveTo(rows.length - 1),
      ' ': () => entry && props.onSelect([entry.url], !selected.has(entry.url)),
      Enter: () => entry && props.onOpen(entry),
      Delete: () => {
        if (selected.size > 0) props.onDelete([...selected]);
        else if (entry) props.onDelete([entry.url]);
      },
    };
    const action = keys[event.key];
    if (!action || event.target !== event.currentTarget) return;
    event.preventDefault();
    action();
  };

  const allSelected = rows.length > 0 && rows.every((row) => selected.has(entries[row]!.url));
  const rowId = (row: number) => `log-row-${row}`;

  return (
    <div
      ref={viewport}
      class="log-table"
      role="grid"
      aria-label={t('logTableLabel')}
      aria-rowcount={rows.length + 1}
      aria-multiselectable="true"
      aria-busy={props.busy ?? false}
      aria-activedescendant={rows.length > 0 ? rowId(active) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onScroll={(event) => setScrollTop((event.currentTarget as HTMLDivElement).scrollTop)}
    >
      <div class="log-row log-head" role="row" aria-rowindex={1}>
        {columns.map((column) => (
          <div
            key={column.key}
            role="columnheader"
            class={`log-cell log-${column.key}`}
            aria-sort={
              props.sort.key === column.key ? (props.sort.descending ? 'descending' : 'ascending') : undefined
            }
          >
            {column.key === 'select' ? (
              <input
                type="checkbox"
                aria-label={t('logSelectAll')}
                checked={allSelected}
                onChange={() =>
                  props.onSelect(
                    rows.map((row) => entries[row]!.url),
                    !allSelected,
                  )
                }
              />
            ) : column.sortable ? (
              <button type="button" class="log-sort" onClick={() => props.onSort(column.key as SortKey)}>
                {column.label}
                <span aria-hidden="true">
                  {props.sort.key === column.key ? (props.sort.descending ? ' ↓' : ' ↑') : ''}
                </span>
              </button>
            ) : (
              column.label
            )}
          </div>
        ))}
      </div>
      <div class="log-body" style={{ height: `${rows.length * ROW_HEIGHT}px` }}>
        {rows.slice(first, last).map((entryIndex, offset) => {
          const row = first + offset;
          const entry = entries[entryIndex]!;
          const isSelected = selected.has(entry.url);
          return (
            <div
              key={row % pool}
              id={rowId(row)}
              role="row"
              aria-rowindex={row + 2}
              aria-selected={isSelected}
              class={`log-row${row === active ? ' active' : ''}${isSelected ? ' selected' : ''}`}
              style={{ transform: `translateY(${row * ROW_HEIGHT}px)` }}
              onClick={() => setActive(row)}
              onDblClick={() => props.onOpen(entry)}
            >
              <div role="gridcell" class="log-cell log-select">
                <input
                  type="checkbox"
                  tabIndex={-1}
                  aria-label={t('logSelectEntry', entry.title)}
                  checked={isSelected}
                  onChange={() => props.onSelect([entry.url], !isSelected)}
                />
              </div>
              <div role="gridcell" class="log-cell log-title" lang={entry.lang}>
                {entry.starred && <span aria-label={t('logStarred')}>★ </span>}
                <button type="button" tabIndex={-1} class="link" onClick={() => props.onOpen(entry)}>
                  {entry.title || entry.url}
                </button>
              </div>
              <div role="gridcell" class="log-cell log-site">
                {entry.site}
              </div>
              <div role="gridcell" class="log-cell log-publishedAt">
                {day(entry.publishedAt)}
              </div>
              <div role="gridcell" class="log-cell log-lang">
                {entry.lang}
              </div>
              <div role="gridcell" class="log-cell log-statements">
                {entry.statementCount}
              </div>
              <div role="gridcell" class="log-cell log-visits">
                {entry.visits}
              </div>
              <div role="gridcell" class="log-cell log-activeMs">
                {minutes(entry.activeMs)}
              </div>
              <div role="gridcell" class="log-cell log-lastSeen">
                {day(entry.lastSeen)}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
