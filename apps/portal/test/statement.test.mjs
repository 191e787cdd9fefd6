// The accessibility statement (issue 24, item 5), on the model of GOV.UK's sample statement: each
// section under its heading in both languages, a status in words for every WCAG and MIIT row, the
// review date as a <time>, the contact as mailto:/tel: links with 44 px targets, and tables that
// fit 320 px at 200% text with nothing clipped.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { contentValidator, STATUSES } from '../scripts/content-schema.mjs';
import { useBuiltSite } from './built-site.mjs';

const readJson = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const site = readJson('../content/site.json');
const lock = readJson('../../../package-lock.json');
const LANGS = ['en', 'zh'];
const ENTRY = /^(Reading tools|阅读辅助)$/;

const served = useBuiltSite();

async function statementPage(lang, viewport = { width: 1280, height: 900 }) {
  const context = await served.browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${served.base}/${lang}/accessibility/`);
  return { page, context };
}

describe('the accessibility statement', () => {
  for (const lang of LANGS) {
    const a = site[lang].accessibility;

    test(`${lang}: every section is there under its heading, headings in order`, async () => {
      const { page, context } = await statementPage(lang);
      const levels = await page.evaluate(() =>
        [...document.querySelectorAll('main :is(h1, h2, h3, h4, h5, h6)')].map((h) => Number(h.localName[1])),
      );
      assert.equal(levels[0], 1);
      for (let i = 1; i < levels.length; i += 1)
        assert.ok(levels[i] <= levels[i - 1] + 1, `h${levels[i - 1]} is followed by h${levels[i]}`);
      for (const heading of [
        a.aidsHeading,
        a.complianceHeading,
        a.problemsHeading,
        a.testingHeading,
        a.contactHeading,
        a.complaintsHeading,
        a.preparationHeading,
      ])
        assert.equal(
          await page.getByRole('heading', { level: 2, name: heading, exact: true }).count(),
          1,
          heading,
        );
      for (const problem of a.problems)
        assert.equal(
          await page.getByRole('heading', { level: 3, name: problem.heading, exact: true }).count(),
          1,
        );
      const main = await page.locator('main').innerText();
      assert.ok(main.includes(a.compliance), 'the compliance sentence');
      assert.ok(main.includes(a.testing.screenReaders), 'what was done about screen readers');
      for (const problem of a.problems) assert.ok(main.includes(problem.plan), problem.heading);
      await context.close();
    });

    test(`${lang}: every WCAG and MIIT row shows a status in words from the allowed set`, async () => {
      const { page, context } = await statementPage(lang);
      const allowed = STATUSES.map((key) => a.statusLabels[key]);
      for (const [caption, rows] of [
        [a.wcag.caption, a.wcag.rows],
        [a.miit.caption, a.miit.rows],
      ]) {
        const shown = await page
          .getByRole('table', { name: caption })
          .locator('tbody tr')
          .evaluateAll((trs) =>
            trs.map((tr) => tr.querySelector('td .statement-status')?.textContent.trim()),
          );
        assert.equal(shown.length, rows.length);
        shown.forEach((label, i) => {
          assert.ok(allowed.includes(label), `${caption} row ${i + 1}: "${label}"`);
          assert.equal(label, a.statusLabels[rows[i].status]);
        });
      }
      await context.close();
    });

    test(`${lang}: the test date and the review date are valid <time> elements`, async () => {
      const { page, context } = await statementPage(lang);
      const times = await page.locator('main time').evaluateAll((elements) =>
        elements.map((time) => ({
          datetime: time.getAttribute('datetime'),
          text: time.textContent.trim(),
        })),
      );
      const datetimes = times.map((time) => time.datetime);
      for (const date of [a.testing.date, a.prepared.date, a.reviewed.date])
        assert.ok(datetimes.includes(date));
      for (const time of times) {
        assert.match(time.datetime, /^\d{4}-\d{2}-\d{2}$/);
        assert.ok(!Number.isNaN(Date.parse(time.datetime)), time.datetime);
        assert.ok(time.text && time.text !== time.datetime, `${time.datetime} is shown in words`);
      }
      const reviewed = page
        .locator('main p', { hasText: a.reviewed.text.split('{date}')[0] })
        .locator('time');
      assert.equal(await reviewed.getAttribute('datetime'), a.reviewed.date);
      await context.close();
    });

    test(`${lang}: the contact e-mail and phone are mailto: and tel: links of at least 44 × 44 px`, async () => {
      for (const width of [320, 1280]) {
        const { page, context } = await statementPage(lang, { width, height: 900 });
        const email = page.getByRole('link', { name: a.contact.email, exact: true });
        const phone = page.getByRole('link', { name: a.contact.phone, exact: true });
        assert.equal(await email.getAttribute('href'), `mailto:${a.contact.email}`);
        assert.match(await phone.getAttribute('href'), /^tel:\+?\d+$/);
        for (const link of [email, phone]) {
          const box = await link.boundingBox();
          assert.ok(box.width >= 44 && box.height >= 44, `${width}px: ${box.width} × ${box.height}`);
        }
        await context.close();
      }
    });
  }

  test('the stated tool versions are the ones the tests install', () => {
    const installed = (name) => lock.packages[`node_modules/${name}`]?.version;
    for (const lang of LANGS) {
      const tools = site[lang].accessibility.testing.tools;
      const version = (pattern) => tools.find((tool) => pattern.test(tool.name))?.version;
      assert.equal(version(/^axe-core/), installed('axe-core'));
      assert.equal(version(/vnu-jar/), installed('vnu-jar'));
    }
  });

  // The reading tools set the root font size; the tables must fit with nothing cut off.
  test('at 320 px with 200% text no element is wider than the screen and no table cell is clipped', async () => {
    const context = await served.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${served.base}/en/accessibility/`);
    await page.getByRole('button', { name: ENTRY }).click();
    await page
      .locator('civic-reading-tools')
      .getByRole('radio', { name: /^200\s?%$/ })
      .check();
    for (const lang of LANGS) {
      await page.goto(`${served.base}/${lang}/accessibility/`);
      await page.waitForLoadState('networkidle');
      const root = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      assert.equal(root, 32, 'the reading tools set 200%');
      const problems = await page.evaluate(() => {
        const found = [];
        const viewport = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth > viewport)
          found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px`);
        for (const element of document.querySelectorAll('body *')) {
          const box = element.getBoundingClientRect();
          if (box.width === 0 || box.height === 0 || element.closest('civic-reading-tools')) continue;
          if (box.right > viewport + 0.5 || box.left < -0.5)
            found.push(`${element.localName}.${element.className}: ${box.left}–${box.right}px`);
        }
        for (const scroller of document.querySelectorAll('.table-scroll'))
          if (scroller.scrollWidth > scroller.clientWidth)
            found.push(`a table scrolls: ${scroller.scrollWidth} in ${scroller.clientWidth}px`);
        // Cells shown on screen: the column headings may be kept for screen readers only.
        const shown = (cell) => getComputedStyle(cell.closest('thead') ?? cell).clipPath === 'none';
        for (const cell of [...document.querySelectorAll('.conformance :is(th, td)')].filter(shown))
          if (cell.scrollWidth > cell.clientWidth + 0.5)
            found.push(`"${cell.textContent.trim().slice(0, 30)}" is clipped`);
        return found;
      });
      assert.deepEqual(problems, [], lang);
    }
    await context.close();
  });
});

describe('the statement in the content schema', () => {
  const withRow = (change) => {
    const copy = structuredClone(site);
    change(copy.en.accessibility);
    return contentValidator(copy).siteErrors;
  };

  test('accepts the content as it is', () => {
    assert.deepEqual(contentValidator(site).siteErrors, []);
  });

  test('refuses a status outside meets, partly, fails and not-applicable', () => {
    const wcag = withRow((a) => (a.wcag.rows[0].status = 'mostly'));
    assert.ok(
      wcag.some((line) => /wcag.*status/s.test(line)),
      wcag.join('\n'),
    );
    const miit = withRow((a) => delete a.miit.rows[0].status);
    assert.ok(
      miit.some((line) => /miit.*status/s.test(line)),
      miit.join('\n'),
    );
  });

  test('refuses a review date that is not a date, and contact details that are not an address and a number', () => {
    assert.ok(withRow((a) => (a.reviewed.date = '2026-02-30')).length > 0);
    assert.ok(withRow((a) => (a.contact.email = 'write to us')).length > 0);
    assert.ok(withRow((a) => (a.contact.phone = 'call the office')).length > 0);
  });
});
