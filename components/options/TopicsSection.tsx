/** The topic editor (issue 5). */
export function TopicsSection() {
  return <section />;
}
