/** Browser mode: the pane over an .xlsx file, outside Office. Loaded as a lazy chunk. */
export { BrowserApp, EXAMPLE_URL, type BrowserAppProps } from './BrowserApp';
export { createFilePort, openFilePort, type FilePort, type FilePortEvents } from './filePort';
