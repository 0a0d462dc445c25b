/**
 * The log's speakers grouped as people (utils/log/speakers.ts), for the speaker filter and the speaker view:
 * computed once the log is loaded, in slices between which the page gets its main thread back, from the names the
 * log holds (counted by the background as it sent the rows).
 */
import { useMemo } from 'preact/hooks';
import { groupOfName, groupSpeakersInSteps, type SpeakerGroup } from '@/utils/log/speakers';
import type { LoadedLog } from './useLog';
import { useSteps } from './useSteps';

/** One person: the names they appear under in the log. */
export interface Person {
  key: string;
  label: string;
  names: string[];
}

export interface People {
  /** null until computed (each name is then a person of its own). */
  groups: SpeakerGroup[] | null;
  /** The person of a group key, or of a name not grouped (yet). */
  person(key: string): Person;
  /** The key of the group a name belongs to (the name itself until grouped). */
  keyOf(name: string): string;
}

export function useSpeakerGroups(log: LoadedLog, loaded: boolean, lang: string): People {
  // While a reload is grouped again, the groups of the log before stay in use.
  const { value: groups } = useSteps(
    () =>
      loaded
        ? groupSpeakersInSteps(
            log.facets.speakers.map(({ name, statements }) => ({ name, statements })),
            { lang },
          )
        : null,
    [log, loaded, lang],
    null as SpeakerGroup[] | null,
  );

  return useMemo(() => {
    const byKey = new Map((groups ?? []).map((group) => [group.key, group]));
    const byName = groupOfName(groups ?? []);
    return {
      groups,
      person(key) {
        const group = byKey.get(key) ?? byName.get(key);
        return group
          ? { key: group.key, label: group.label, names: group.members.map((member) => member.name) }
          : { key, label: key, names: [key] };
      },
      keyOf: (name) => byName.get(name)?.key ?? name,
    };
  }, [groups]);
}
