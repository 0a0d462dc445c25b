/* global chrome, document, location, URLSearchParams */
// The least an extension page that shows stored results can do: read the tab's state where the popup reads it and
// add one element. The popup bench opens it next to the popup in the same browser (scripts/bench/popup.ts), so the
// popup's first render reads against what this machine charges for any extension page. Only in the e2e build.
const tabId = new URLSearchParams(location.search).get('tab');
void chrome.storage.session.get(`tab:${tabId}`).then(() => {
  const element = document.createElement('p');
  element.className = 'statement';
  document.body.append(element);
});
