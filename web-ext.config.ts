import { defineWebExtConfig } from 'wxt';

// `wxt dev` would try to open a browser of its own; our scripts start Chromium themselves.
export default defineWebExtConfig({ disabled: true });
