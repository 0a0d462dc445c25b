import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Onboarding } from '@/components/Onboarding';
import '@/components/theme.css';
import './style.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('onboardingTitle');
const root = document.getElementById('app');
if (root) render(<Onboarding />, root);
