/** Every language the default topics are written for: adding one is adding its file and a line here. */
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { pl } from './pl';
import { ru } from './ru';
import type { DefaultTopicTerms } from './types';
import { uk } from './uk';

export const DEFAULT_TOPIC_LANGUAGES: readonly DefaultTopicTerms[] = [en, fr, de, es, it, pl, uk, ru];
