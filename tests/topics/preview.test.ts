import { describe, expect, it } from 'vitest';
import { logEntryText, previewTopic } from '../../utils/topics/preview';

const topic = { id: 'draft', name: 'Draft', query: '(OTAN OR NATO) adhésion', enabled: false };

describe('the topic editor’s preview', () => {
  it('scores a draft topic on a text even while it is disabled, with its distinct hits', () => {
    const preview = previewTopic(topic, {
      title: 'La Suède et l’OTAN',
      text: 'La demande d’adhésion à l’OTAN a été déposée. L’OTAN a salué cette adhésion.',
      lang: 'fr',
    });
    expect(preview.matched).toBe(true);
    expect(preview.score).toBeGreaterThan(1);
    expect(preview.hits.slice(0, 2).sort()).toEqual(['OTAN', 'adhésion'].sort());
  });

  it('says no match on a text that lacks a required word', () => {
    expect(previewTopic(topic, { title: 'OTAN', text: 'Le sommet de l’OTAN.', lang: 'fr' }).matched).toBe(
      false,
    );
  });

  it('reads a log entry from its excerpt and its statements’ sentences, each once', () => {
    const entry = {
      title: 'T',
      excerpt: 'Un résumé.',
      lang: 'fr',
      statements: [{ sentence: 'Une phrase.' }, { sentence: 'Une phrase.' }, { sentence: 'Une autre.' }],
    };
    expect(logEntryText(entry)).toEqual({
      title: 'T',
      text: 'Un résumé.\n\nUne phrase.\n\nUne autre.',
      lang: 'fr',
    });
  });
});
