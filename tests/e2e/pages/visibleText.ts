import type { Page } from 'playwright-core';

/** What a reader meets as text: all of it, and the part in the app's own words (what it translates). */
export interface VisibleText {
  all: string;
  ownWords: string;
}

/**
 * The page's text as rendered, the options of every pick list, tooltips and the names screen readers read. A source
 * note (`.note`) is left out: it is the curator's remark on a row, shown as written. `ownWords` also leaves out what
 * is shown as the data wrote it (`data-free-text`: English names, descriptions, source titles) and text marked English.
 */
export function visibleText(page: Page): Promise<VisibleText> {
  return page.evaluate(() => {
    const read = (leaveOut: string) => {
      const root = document.body.cloneNode(true) as HTMLElement;
      for (const element of root.querySelectorAll(leaveOut)) element.remove();
      root.style.position = 'absolute';
      document.body.append(root);
      const shown = root.innerText;
      const labels = [...root.querySelectorAll('option, [title], [aria-label], [placeholder]')].map((element) =>
        [element.tagName === 'OPTION' ? element.textContent : '', ...['title', 'aria-label', 'placeholder'].map((name) => element.getAttribute(name))].join(' '),
      );
      root.remove();
      return [shown, ...labels].join('\n');
    };
    return { all: read('.note'), ownWords: read('.note, [data-free-text], [lang="en"]') };
  });
}
