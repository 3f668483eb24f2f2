/**
 * Browser mode's file worker (a Web Worker): holds the opened workbook in exceljs and answers the
 * page's open / apply / export requests (fileWorkerProtocol.ts), so parsing never blocks the tab.
 */
import ExcelJS from 'exceljs';
import { type Request, createWorkbookHost } from './fileWorkerProtocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<Request>) => void) | null;
  postMessage: (m: unknown, transfer?: Transferable[]) => void;
};
const host = createWorkbookHost(ExcelJS, (reply, transfer) =>
  scope.postMessage(reply, transfer ?? []),
);
scope.onmessage = (e) => {
  void host.handle(e.data);
};
