// The background's wiring (badge, log, messages) is the extension issue's work; until then it only starts.
export default defineBackground(() => {});
