/** The whole reading log (issue 4). */
export function LogSection() {
  return <section />;
}
