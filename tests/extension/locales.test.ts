import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REASON_MESSAGES } from '@/components/topics/query-error';
import { defaultTopicKey } from '@/components/topics/topic-name';
import { CUE_CLASSES } from '@/utils/log/cue-class';
import { DEFAULT_TOPICS } from '@/utils/topics';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
const en = load('en');
const fr = load('fr');

describe('the interface strings', () => {
  it('have the same keys and placeholders in English and French', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(Object.keys(fr[key]!.placeholders ?? {}), key).toEqual(Object.keys(en[key]!.placeholders ?? {}));
      for (const name of Object.keys(en[key]!.placeholders ?? {})) {
        expect(fr[key]!.message.toLowerCase(), key).toContain(`$${name}$`);
      }
    }
  });

  it('cover every key the components ask for', () => {
    const used = new Set<string>();
    const sources = ['components', 'entrypoints'].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.tsx?$/.test(file))
        .map((file) => join(dir, file)),
    );
    for (const file of sources) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\b(?:t|getMessage)\('([A-Za-z_]+)'/g)) used.add(match[1]!);
    }
    for (const kind of ['direct', 'indirect', 'mixed']) used.add(`kind_${kind}`);
    for (const cueClass of CUE_CLASSES) used.add(`cueClass_${cueClass}`);
    for (const { key } of Object.values(REASON_MESSAGES)) used.add(key);
    for (const topic of DEFAULT_TOPICS) used.add(defaultTopicKey(topic.id));
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(en[key], key).toBeDefined();
  });
});
