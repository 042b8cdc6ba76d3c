import type { MessageKey } from './nl';

/** English UI text. Same keys as nl.ts (the compiler checks it). */
export const en: Record<MessageKey, string> = {
  'app.name': 'Regiovisie-toets',
  'app.tagline': 'Check a regional youth-care vision against the LOC recommendations.',
  'app.language': 'Language',
  'app.language.nl': 'Nederlands',
  'app.language.en': 'English',

  'check.button': 'Check this page',
  'check.again': 'Check again',
  'check.busy': 'Reading the page…',
  'check.busyAnalyse': 'Checking…',
  'check.intro': 'Open your region’s regiovisie in this tab. Then click the button.',
  'check.done': 'Done. The page has been read and checked.',

  'doc.heading': 'Page read',
  'doc.title': 'Title',
  'doc.url': 'Address',
  'doc.counts': '{blocks} text blocks, {words} words',
  'doc.collapsed': '{count} blocks were in collapsed parts of the page.',
  'doc.language': 'Page language: {language}',

  'error.restricted': 'The extension cannot read this page. That is true for the browser’s own pages and for the web store. Open the regiovisie on your municipality’s website, then try again.',
  'error.pdf': 'This is a PDF. The browser’s PDF viewer does not let the extension read it. Save the PDF and use the command line, or find the regiovisie as a web page.',
  'error.file': 'This is a file on your computer. The browser only lets the extension read it if you allow that in the extension’s settings.',
  'error.empty': 'This page has too little text to check. Is the regiovisie perhaps in a PDF or on another page?',
  'error.notDutch': 'This page does not seem to be in Dutch. The check only works well for Dutch text.',
  'error.truncated': 'This page is very long. We read the first part: {characters} characters.',
  'error.simplified': 'This page is very large. We read its text in a simple way. Check that nothing is missing.',
  'error.noTab': 'There is no tab to check. Open the regiovisie first.',
  'error.failed': 'Reading the page failed. Reload the page and try again.',
  'error.noAccess': 'The extension may not read this page right now. First click the Regiovisie-toets icon in the toolbar. Then click the button again.',
};
