import type { ComponentChildren } from 'preact';

/** Why there is nothing to show, in words, with what the reader can do about it. */
export function EmptyState(props: { title: string; body?: string; children?: ComponentChildren }) {
  return (
    <section class="empty" role="status">
      <h2>{props.title}</h2>
      {props.body && <p>{props.body}</p>}
      {props.children}
    </section>
  );
}
