/**
 * findings/ — what a reviewer would flag, as data: the stable codes with their severities and typed
 * parameters (codes.ts), and their Chinese wording in one message map (messages.ts, zhCN.ts).
 * Imports base/ only.
 */
export * from './codes';
export { placeOf, describeFinding, describeFindings, messageOf } from './messages';
