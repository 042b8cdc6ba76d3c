/**
 * pdf.js for the side panel: its browser build, with the worker shipped inside the extension
 * (Vite copies it and gives its URL; nothing is loaded from the network). Imported only when
 * the user chooses a PDF, so neither file is in the panel's first load.
 */
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfjsApi } from '@/lib/extract/pdf-reader';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

export const browserPdfjs: PdfjsApi = pdfjs;
