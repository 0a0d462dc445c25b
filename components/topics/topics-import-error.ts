/**
 * Why a topics file was refused, in the interface language, with what to do about it: the file's parser gives the
 * problem as data (utils/topics/topics-file.ts, whose English messages are the CLI's), this gives the words.
 */
import { TopicsFileError } from '@/utils/topics/topics-file';
import { t } from '../i18n';
import { queryErrorMessage } from './query-error';

export function topicsImportErrorMessage(error: unknown): string {
  if (error instanceof SyntaxError) return t('topicsImportFailed', t('topicsImportNotJson'));
  if (!(error instanceof TopicsFileError)) return t('topicsImportFailed', t('topicsImportUnexpected'));
  const { problem } = error;
  switch (problem.kind) {
    case 'no-topics':
      return t('topicsImportFailed', t('topicsImportNoTopics'));
    case 'field':
      return t('topicsImportFailed', t('topicsImportBadField', [problem.topic, problem.field]));
    case 'duplicate-id':
      return t('topicsImportFailed', t('topicsImportDuplicate', problem.topic));
    case 'query':
      return t('topicsImportFailed', t('topicsImportBadQuery', [problem.topic, queryErrorMessage(problem)]));
  }
}
