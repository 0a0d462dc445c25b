/**
 * A quotation in parts: each part is its own statement, and a part with no attribution of its own names the
 * part it continues (`Statement.continues`). Every sentence here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract, find } from './helpers';

describe('statements in parts', () => {
  it('links a further quotation of the same speaker to the one before it', () => {
    const statements = extract(
      '“The bridge will reopen in May,” Nora Quill said. “Nobody wants another winter of detours.”',
      'en',
    );
    const first = find(statements, 'The bridge will reopen in May');
    const second = find(statements, 'Nobody wants another winter of detours');
    expect(second.speaker).toBe('Nora Quill');
    expect(second.continues).toBe(first.id);
    expect(first.continues).toBeUndefined();
  });

  it('chains three parts one after another', () => {
    const statements = extract(
      '“We asked twice,” the mayor, Ada Brisk, said. “We waited a year.” “Now we build.”',
      'en',
    );
    const [a, b, c] = [
      find(statements, 'We asked twice'),
      find(statements, 'We waited a year'),
      find(statements, 'Now we build'),
    ];
    expect(b.continues).toBe(a.id);
    expect(c.continues).toBe(b.id);
  });

  it('leaves a newly attributed quotation unlinked', () => {
    const statements = extract(
      '“The bridge will reopen in May,” Nora Quill said. “It will not,” said Omar Vance.',
      'en',
    );
    expect(statements.every((s) => s.continues === undefined)).toBe(true);
  });

  it('gives the parts of a split quotation within one sentence', () => {
    const text =
      '“The bridge will reopen in May,” Nora Quill said, “and nobody wants another winter of detours.”';
    const [s] = extract(text, 'en');
    expect(s?.parts?.map(([a, b]) => text.slice(a, b))).toEqual([
      'The bridge will reopen in May',
      'and nobody wants another winter of detours',
    ]);
  });
});
