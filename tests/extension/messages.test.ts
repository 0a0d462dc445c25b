import { describe, expect, it } from 'vitest';
import { envelope, parseEnvelope } from '@/utils/messages';

describe('the message protocol', () => {
  it('accepts each message in its declared shape', () => {
    expect(parseEnvelope(envelope('tab:analyse', { tabId: 3 }))).not.toBeNull();
    expect(parseEnvelope(envelope('page:highlight', { quote: 'a', context: 'b' }))).not.toBeNull();
    expect(parseEnvelope(envelope('debug:stats', {}))).not.toBeNull();
    expect(parseEnvelope(envelope('statement:count', {}))).not.toBeNull();
  });

  it('refuses what is not one of ours or not in shape', () => {
    const bad: unknown[] = [
      null,
      'tab:analyse',
      [],
      { name: 'tab:analyse', payload: { tabId: 1 } }, // no marker
      { veille: 1, name: 'tab:nope', payload: {} },
      { veille: 1, name: 'toString', payload: {} }, // inherited names are not messages
      { veille: 1, name: 'tab:analyse', payload: { tabId: -1 } },
      { veille: 1, name: 'tab:analyse', payload: { tabId: 1.5 } },
      { veille: 1, name: 'tab:analyse', payload: { tabId: '1' } },
      { veille: 1, name: 'tab:analyse', payload: { tabId: 1, extra: true } },
      { veille: 1, name: 'tab:analyse' },
      {
        veille: 1,
        name: 'page:highlight',
        // Pages are read by the background itself: nothing in a page can push HTML to it.
        payload: { quote: 'a', context: 'b', html: 'h' },
      },
      // What the content script of older versions sent: gone from the protocol, so an old script left in a page
      // after an update is not listened to.
      { veille: 1, name: 'page:analyse', payload: { url: 'u', reason: 'load' } },
      { veille: 1, name: 'page:reading-time', payload: { url: 'https://a.example/1', ms: 5_000 } },
      { veille: 1, name: 'log:list', payload: { limit: 0 } },
      { veille: 1, name: 'log:save', payload: { tabId: 1, articleIndex: 0, saved: 'yes' } },
      { veille: 1, name: 'statement:count', payload: { since: 0 } },
    ];
    for (const message of bad) expect(parseEnvelope(message), JSON.stringify(message)).toBeNull();
  });

  it('refuses oversized strings', () => {
    const url = 'https://a.example/' + 'x'.repeat(10_000);
    expect(parseEnvelope(envelope('log:entries', { urls: [url] }))).toBeNull();
  });
});

describe('the reading log messages', () => {
  const entry = {
    url: 'https://a.example/1',
    title: 'T',
    lang: 'fr',
    excerpt: '',
    topics: [],
    statements: [],
    firstSeen: 1,
    lastSeen: 2,
    visits: 1,
    saved: false,
    activeMs: 0,
    starred: false,
    tags: [],
    note: '',
  };

  const passage = {
    url: 'https://a.example/1',
    pageTitle: 'A',
    quote: 'des mots',
    speaker: 'Léa Roux',
    savedAt: 1,
  };

  it('accepts pages, edits, deletions and imports in shape', () => {
    for (const [name, payload] of [
      ['log:rows', { limit: 500 }],
      ['log:rows', { after: { lastSeen: 1_700_000_000_000, url: 'https://a.example/1' }, limit: 500 }],
      ['log:rows', { after: { lastSeen: 1, url: 'https://a.example/1' }, limit: 500, count: true }],
      ['log:edit', { url: 'https://a.example/1', starred: true, tags: ['brief'] }],
      ['log:delete', { urls: ['https://a.example/1'] }],
      ['log:delete', { all: true }],
      ['log:undo', { batch: 'b' }],
      ['log:import-stage', { importId: 'i', entries: [entry] }],
      ['log:import-stage', { importId: 'i', entries: [], saved: [passage] }],
      ['log:import-commit', { importId: 'i', total: 1 }],
      ['log:import-commit', { importId: 'i', total: 0, savedTotal: 1 }],
    ] as const)
      expect(parseEnvelope({ veille: 1, name, payload }), name).not.toBeNull();
  });

  it('refuses them out of shape: a bad entry, a delete of nothing said, an edit of something else', () => {
    for (const [name, payload] of [
      ['log:import-stage', { importId: 'i', entries: [{ ...entry, visits: -1 }] }],
      ['log:import-stage', { importId: 'i', entries: [{ ...entry, url: 'javascript:alert(1)' }] }],
      [
        'log:import-stage',
        { importId: 'i', entries: [], saved: [{ ...passage, url: 'javascript:alert(1)' }] },
      ],
      ['log:import-stage', { importId: 'i', entries: [], saved: [{ ...passage, savedAt: -1 }] }],
      ['log:import-stage', { importId: 'i', entries: [], saved: passage }],
      ['log:import-commit', { importId: 'i', total: 1, savedTotal: 'all' }],
      ['log:delete', { all: false }],
      ['log:delete', {}],
      ['log:edit', { url: 'https://a.example/1', visits: 100 }],
      ['log:rows', { limit: 1_000_000 }],
      ['log:rows', { after: 'https://a.example/1', limit: 500 }],
      ['log:rows', { limit: 500, count: 'yes' }],
      ['log:rows', { after: { lastSeen: 'yesterday', url: 'https://a.example/1' }, limit: 500 }],
    ] as const)
      expect(parseEnvelope({ veille: 1, name, payload }), name).toBeNull();
  });
});
