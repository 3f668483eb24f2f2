/**
 * Composition root of the pane inside WPS 表格: the same React pane as in Excel, over the WPS port.
 * The pane never imports a host; only this entry knows it runs in WPS (no office.js is loaded).
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { TaskPane } from '../taskpane/TaskPane';
import { messagesFor } from '../taskpane/i18n';
import { MessagesContext } from '../taskpane/messagesContext';
import { createWpsPort } from '../wps';

/** Fluent's light theme with the Chinese fonts of Windows and of UOS/Kylin first. */
const theme = {
  ...webLightTheme,
  fontFamilyBase:
    "'Microsoft YaHei UI', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Source Han Sans SC', sans-serif",
};

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element');
const messages = messagesFor('zh');
document.title = messages.appTitle;
createRoot(container).render(
  <FluentProvider theme={theme} lang="zh-CN" style={{ minHeight: '100vh' }}>
    <MessagesContext.Provider value={messages}>
      <TaskPane port={createWpsPort()} />
    </MessagesContext.Provider>
  </FluentProvider>,
);
