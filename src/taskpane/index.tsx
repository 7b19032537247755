/** The task pane's entry: render the App inside Office's theme once Office.js is ready, bound to the Excel adapter. */
import { FluentProvider, makeStaticStyles, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { officeThemeIsDark, whenOfficeReady } from '../excel/officeShell';
import { App } from './App';
import { excelHost } from './excelHost';

const useBodyStyles = makeStaticStyles({ body: { margin: 0 } });

function Pane({ dark }: { dark: boolean }) {
  useBodyStyles();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      <App host={excelHost} />
    </FluentProvider>
  );
}

void whenOfficeReady().then(() => {
  const dark = officeThemeIsDark() ?? window.matchMedia('(prefers-color-scheme: dark)').matches;
  createRoot(document.getElementById('container')!).render(<Pane dark={dark} />);
});
