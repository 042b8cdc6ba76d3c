/**
 * pdf.js for the side panel, with its worker shipped inside the extension (Vite copies it and
 * gives its URL; nothing is loaded from the network). Imported only when the user chooses a
 * PDF, so neither file is in the panel's first load. The `legacy` build, as in the CLI: the
 * same code in both, and it brings the few newer JavaScript functions pdf.js needs
 * (`Promise.try`, …) for browsers the extension supports that lack them.
 */
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import type { PdfjsApi } from '@/lib/extract/pdf-reader';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

export const browserPdfjs: PdfjsApi = pdfjs;
