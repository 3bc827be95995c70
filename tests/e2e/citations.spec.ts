import { expect, test } from '@playwright/test';
import { builtPages } from './support/site';

/** Guide and overview pages: `/{locale}/{country}/` and `/{locale}/{country}/{carrier}/`. */
const contentPages = () => builtPages().filter((p) => p.doc.querySelector('article[data-pagefind-body]'));

test('every guide and overview numbers its citations after its source list, and the list links back to each citation', () => {
  const pages = contentPages();
  const problems: string[] = [];
  let markers = 0;
  for (const page of pages) {
    const sources = page.doc.querySelectorAll('ol.sources > li[id^="source-"]');
    const numberOf = new Map(sources.map((li, i) => [li.id, i + 1]));
    const cites = page.doc.querySelectorAll('sup.cite > a');
    markers += cites.length;
    if (sources.length === 0) problems.push(`${page.url}: no sources`);
    for (const a of cites) {
      const target = a.getAttribute('href')!.slice(1);
      const n = numberOf.get(target);
      if (n === undefined) problems.push(`${page.url}: citation ${a.id} points to no source (${target})`);
      else if (a.text !== `[${n}]`)
        problems.push(`${page.url}: ${a.id} reads ${a.text}, its source is number ${n}`);
    }
    const markerIds = new Set(cites.map((a) => a.id));
    for (const li of sources) {
      const back = li.querySelectorAll('.backlinks a').map((a) => a.getAttribute('href')!.slice(1));
      if (back.length === 0) problems.push(`${page.url}: ${li.id} is cited nowhere`);
      for (const id of back)
        if (!markerIds.has(id)) problems.push(`${page.url}: ${li.id} links back to a missing ${id}`);
    }
  }
  console.log(`citations: ${markers} markers on ${pages.length} pages`);
  expect(problems).toEqual([]);
  expect(markers).toBeGreaterThan(pages.length * 5);
});

test('every carrier guide shows its contacts block, each contact with its citation', () => {
  const guides = contentPages().filter((p) => p.url.split('/').length === 5);
  const problems: string[] = [];
  for (const page of guides) {
    const block = page.doc.querySelector('#contacts');
    if (!block) problems.push(`${page.url}: no #contacts`);
    for (const item of block?.querySelectorAll('li') ?? [])
      if (!item.querySelector('sup.cite')) problems.push(`${page.url}: a contact without a citation`);
  }
  expect(guides.length).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test('every guide and overview ends with a link to report a mistake, and every step has its own', () => {
  const problems: string[] = [];
  for (const page of contentPages()) {
    const report = page.doc.querySelector('.report-mistake a');
    if (!report) problems.push(`${page.url}: no report link`);
    else if (!decodeURIComponent(report.getAttribute('href')!).includes(page.url))
      problems.push(`${page.url}: the report link does not name the page`);
    for (const step of page.doc.querySelectorAll('li.step')) {
      const anchor = step.querySelector('.step-title')!.id;
      const href = decodeURIComponent(step.querySelector('.report-link')?.getAttribute('href') ?? '');
      if (!href.includes(`${page.url}#${anchor}`))
        problems.push(`${page.url}: step ${anchor} has no report link naming it`);
    }
  }
  expect(problems).toEqual([]);
});
