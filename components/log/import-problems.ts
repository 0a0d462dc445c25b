/**
 * What is wrong in a refused import, in the interface language: the field's place in the file as it is written
 * there (`entries[3].url`), and what was expected, from the locales (utils/log/validate.ts gives it as a code).
 */
import type { Problem } from '@/utils/log/validate';
import { t } from '../i18n';

/** How many problems a message shows: enough to find the first ones in the file. */
const SHOWN = 3;

/** The locale key of what a field should have held. */
export const problemKey = (problem: Problem): string => `importProblem_${problem.expected}`;

export function importProblemsText(problems: readonly Problem[]): string {
  return problems
    .slice(0, SHOWN)
    .map((problem) =>
      t('importProblemAt', [
        problem.path,
        t(problemKey(problem), problem.limit === undefined ? undefined : String(problem.limit)),
      ]),
    )
    .join('; ');
}
