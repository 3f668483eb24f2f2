/**
 * The pane's message map as React context, so every component speaks the locale the composition
 * root chose without threading it through props.
 */
import { createContext, useContext } from 'react';
import { type Messages, messagesFor } from './i18n';

/** The current message map; Chinese unless a provider says otherwise. */
export const MessagesContext = createContext<Messages>(messagesFor('zh'));

/** The message map of the nearest provider. */
export function useMessages(): Messages {
  return useContext(MessagesContext);
}
