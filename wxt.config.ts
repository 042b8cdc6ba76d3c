import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The extension asks for the fewest permissions that work: no host permissions at
// install. The content script is registered at runtime and injected into the active
// tab only after the user clicks "Controleer deze pagina" (activeTab + scripting).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: ['activeTab', 'scripting', 'storage'],
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          sidebar_action: { default_title: '__MSG_extName__', open_at_install: false },
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
});
