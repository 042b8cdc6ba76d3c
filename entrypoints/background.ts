import { browser } from 'wxt/browser';
import { answerStoreItems } from './sidepanel/store-relay';

/** The side panel (Chromium) and sidebar (Firefox) calls used below, typed here. */
interface SidePanelApi {
  open(options: { windowId: number }): Promise<void>;
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface SidebarApi {
  toggle(): Promise<void>;
}

/**
 * The toolbar button opens the panel. Handling the click ourselves (instead of the side
 * panel's openPanelOnActionClick) makes sure the click also grants activeTab for the tab,
 * which is what lets the panel read the page without any host permission.
 * Opening must happen synchronously inside the click handler: no await before it.
 */
export default defineBackground(() => {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarApi; browserAction?: typeof browser.action };
  const action = browser.action ?? api.browserAction;
  void api.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
  action.onClicked.addListener((tab) => {
    if (api.sidePanel && tab.windowId !== undefined) void api.sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
    else if (api.sidebarAction) void api.sidebarAction.toggle().catch(() => undefined);
  });
  // Firefox: the sidebar hands its saves to this page, which stays open when the sidebar closes
  // (see sidepanel/store-relay.ts).
  if (import.meta.env.FIREFOX) browser.runtime.onMessage.addListener((message: unknown, sender) => answerStoreItems(message, sender));
});
