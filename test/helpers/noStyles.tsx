/**
 * Fluent's styles kept out of jsdom: jsdom lays nothing out, and computing accessible names (every
 * `getByRole({ name })`) calls getComputedStyle, which in jsdom walks every CSS rule Fluent
 * inserted — seconds per query once the pane shows its indicator table. The components, their
 * roles and names are the real ones; only the CSS text is not inserted.
 */
import { RendererProvider, createDOMRenderer } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';

const renderer = createDOMRenderer(document, { unstable_filterCSSRule: () => false });

/** Renders children with a style renderer that inserts no CSS rules. */
export function NoStyles({ children }: { readonly children: ReactNode }): ReactElement {
  return <RendererProvider renderer={renderer}>{children}</RendererProvider>;
}
