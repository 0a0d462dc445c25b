import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SaveStatement } from '@/components/SaveStatement';
import '@/components/theme.css';
import './style.css';

/**
 * Opened by the context menu's "Save as statement": `statement.html?tab=<id>&quote=<selected words>`, and `&cut=1`
 * when the selection was longer than the address carries (components/statement-window.ts).
 */
const params = new URLSearchParams(location.search);
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('statementTitle');
const root = document.getElementById('app');
if (root)
  render(
    <SaveStatement
      tabId={Number(params.get('tab'))}
      quote={params.get('quote') ?? ''}
      cut={params.has('cut')}
    />,
    root,
  );
