import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The extension asks for the fewest permissions that work: no host permissions at
// install. The content script is registered at runtime and injected into the active
// tab only after the user clicks "Controleer deze pagina" (activeTab + scripting).
// The extension sends nothing anywhere: its pages and workers may connect to nothing but the
// extension itself (connect-src 'self'), so even a library cannot call out.
const CSP = "script-src 'self'; object-src 'self'; connect-src 'self'";

// Firefox's sidebar: a translated title, and not opened by itself when the add-on is installed.
// WXT writes `sidebar_action` from the sidepanel entrypoint's own options (the page's <title>,
// and `manifest.*` meta tags), replacing what `manifest` below would say; so these are set
// again once the manifest is generated.
const FIREFOX_SIDEBAR = { default_title: '__MSG_extName__', open_at_install: false } as const;

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: ['activeTab', 'scripting', 'storage'],
    action: { default_title: '__MSG_actionTitle__' },
    content_security_policy: browser === 'firefox' ? CSP : { extension_pages: CSP },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'regiovisie-toets@example.nl',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox' && manifest.sidebar_action) Object.assign(manifest.sidebar_action, FIREFOX_SIDEBAR);
    },
  },
});
