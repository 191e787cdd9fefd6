// Page templates. Lit renders them on the server (declarative shadow DOM for the components);
// every value is escaped by Lit, so content text can never become markup.
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { articleHeaderHtml } from '@civic-elements/article-header/article-header.content.js';
import { formatPublicationDate, parseIsoDate } from '@civic-elements/article-header/publication-date.js';
import { sponsorFooterHtml } from '@civic-elements/sponsor-footer/sponsor-footer.content.js';
import { findCurrent } from '@civic-elements/column-nav/current-link.js';

/** A column's listing, page `number` of it (the first page is the column itself). */
export const columnHref = (lang, column, number = 1) =>
  `/${lang}/columns/${column}/${number > 1 ? `page/${number}/` : ''}`;
export const articleHref = (lang, article) => `/${lang}/columns/${article.column}/${article.slug}/`;

// The locale <civic-article-header> formats its dates in for a page language: a bare "en" or
// "zh" means "en-GB" or "zh-CN", as in @civic-elements/core's LocaleController.
const dateLocale = (htmlLang) => ({ en: 'en-GB', zh: 'zh-CN' })[htmlLang] ?? htmlLang;

/** A date exactly as the article header shows it (the publisher's wall clock), so lists agree. */
function displayDate(iso, htmlLang) {
  const date = parseIsoDate(iso);
  return date ? formatPublicationDate(date, dateLocale(htmlLang)) : iso;
}

// The server marks the current link with the nav's own rule (findCurrent), so the element finds
// nothing to change when it upgrades. The origin only resolves the paths; any would do.
const RESOLVE_BASE = 'https://portal.invalid/';

// The article header's text-size toggle offers the reading tools' steps and, like them, scales
// the whole page (no `for`): one scale, one stored value, the same level pressed in both.
const PAGE_TEXT_SIZES = '1,1.25,1.5,1.75,2';

/**
 * The masthead's language switch: a link to this page (or, where it has none, the nearest page)
 * in every other language, each named in its own language and marked as such.
 */
function languageSwitch({ site, lang, alternates = [] }) {
  return html`<ul class="language-switch" aria-label=${site[lang].languageSwitchLabel}>
    ${alternates.map(
      ({ lang: other, path }) =>
        html`<li>
          <a href=${path} hreflang=${site[other].hreflang} lang=${site[other].htmlLang}
            >${site[other].languageName}</a
          >
        </li>`,
    )}
  </ul>`;
}

function siteHeader(context) {
  const { site, lang, path, readingTarget } = context;
  const t = site[lang];
  // A 404 page is served at any unknown URL: it marks no column, on the server or the client.
  const current = path.endsWith('/404.html') ? '/404' : path;
  const links = [
    { href: `/${lang}/`, text: t.home },
    ...site.columnOrder.map((column) => ({ href: columnHref(lang, column), text: t.columns[column].name })),
  ];
  const match = findCurrent(links, current, RESOLVE_BASE);
  return html`<header class="site-header">
    <div class="masthead">
      <div class="wrap masthead-inner">
        <a class="site-name" href="/${lang}/">${t.siteName}</a>
        <div class="masthead-tools">
          <a
            class="search-link"
            href="/${lang}/search/"
            aria-current=${path === `/${lang}/search/` ? 'page' : nothing}
            >${t.search.linkText}</a
          >
          ${languageSwitch(context)}
          <civic-reading-tools for=${readingTarget} lang=${t.htmlLang}></civic-reading-tools>
        </div>
      </div>
    </div>
    <div class="wrap">
      <civic-column-nav
        strings=${JSON.stringify({ label: t.navLabel })}
        current=${current}
        lang=${t.htmlLang}
      >
        <ul>
          ${links.map(
            (link) =>
              html`<li>
                <a href=${link.href} aria-current=${match?.link === link ? match.kind : nothing}
                  >${link.text}</a
                >
              </li>`,
          )}
        </ul>
      </civic-column-nav>
    </div>
  </header>`;
}

// The header and the footer are written in their HTML-first form: their text is light-DOM
// markup that reads in every engine, with or without JavaScript or declarative shadow DOM.
export function siteFooter({ site, lang }) {
  const t = site[lang];
  const f = t.footer;
  return html`<civic-sponsor-footer lang=${t.htmlLang}
    >${sponsorFooterHtml(
      {
        sponsor: f.sponsor,
        operator: f.operator,
        coSponsor: f.coSponsor,
        technicalSupport: f.technicalSupport,
        icp: f.icp,
        policeFiling: f.policeFiling,
        siteCode: f.siteCode,
        contactEmail: f.contactEmail,
        contactPhone: f.contactPhone,
        copyright: f.copyright,
      },
      {
        lang: t.htmlLang,
        links: html`<p class="footer-links">
            <a href="/${lang}/accessibility/">${t.accessibility.linkText}</a>
          </p>
          <p class="demo-notice">${t.demoNotice}</p>`,
      },
    )}</civic-sponsor-footer
  >`;
}

/**
 * The body of every page: skip link, banner with the column nav and reading tools, main, footer.
 * With `{ footer: false }` the body ends before the footer, which comes next: for the build, which
 * renders each language's footer once for all its pages.
 */
export function pageBody(context, main, { footer = true } = {}) {
  const t = context.site[context.lang];
  return html`<a class="skip-link" href="#main">${t.skipLink}</a>
    ${siteHeader(context)}
    <main id="main" tabindex="-1">
      <div class="wrap">${main}</div>
    </main>
    ${footer ? siteFooter(context) : nothing}`;
}

function articleList({ site, lang }, articles) {
  const t = site[lang];
  return html`<ul class="article-list">
    ${articles.map(
      (article) =>
        html`<li>
          <a class="article-link" href=${articleHref(lang, article)}>${article[lang].title}</a>
          <p class="article-meta">
            <span>${t.columns[article.column].name}</span>
            <span aria-hidden="true"> · </span>
            <time datetime=${article.published}>${displayDate(article.published, t.htmlLang)}</time>
          </p>
          ${article[lang].summary ? html`<p class="article-summary">${article[lang].summary}</p>` : nothing}
        </li>`,
    )}
  </ul>`;
}

/** Every column, linked, with its description: on the home page and the search page. */
function columnList({ site, lang }) {
  const t = site[lang];
  return html`<ul class="column-list">
    ${site.columnOrder.map(
      (column) =>
        html`<li>
          <a href=${columnHref(lang, column)}>${t.columns[column].name}</a>
          <p>${t.columns[column].description}</p>
        </li>`,
    )}
  </ul>`;
}

export function homeMain(context, articles) {
  const { site, lang } = context;
  const t = site[lang];
  return html`<h1>${t.siteName}</h1>
    <p class="lead">${t.tagline}</p>
    <div class="home-grid">
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">${t.latest}</h2>
        ${articleList(context, articles.slice(0, 5))}
      </section>
      <section aria-labelledby="columns-heading">
        <h2 id="columns-heading">${t.columnsHeading}</h2>
        ${columnList(context)}
      </section>
    </div>`;
}

/** `{name}` placeholders of a site string replaced. */
export const formatText = (text, values) =>
  text.replace(/\{(\w+)\}/g, (placeholder, name) => (name in values ? String(values[name]) : placeholder));

/**
 * One page of a column's listing: `pagination` is `{ number, count, href(n) }`, page 1 of 1 for a
 * short column (which shows no page links).
 */
export function columnMain(context, column, articles, pagination = { number: 1, count: 1 }) {
  const t = context.site[context.lang];
  const { number, count } = pagination;
  const listHeading =
    count > 1 ? `${t.inColumn} – ${formatText(t.pagination.pageTitle, { number, count })}` : t.inColumn;
  return html`<h1>${t.columns[column].name}</h1>
    <p class="lead">${t.columns[column].description}</p>
    <h2>${listHeading}</h2>
    ${articles.length > 0 ? articleList(context, articles) : html`<p>${t.noArticles}</p>`}
    ${paginationNav(context, pagination)}`;
}

/**
 * Links to the other pages of a listing: previous, the first, the last and two either side of the
 * current one (a gap shows as "…", hidden from screen readers), next. Each number is named "Page
 * 3", which holds its visible text; the current page is marked aria-current="page".
 */
function paginationNav({ site, lang }, { number, count, href }) {
  if (count <= 1) return nothing;
  const p = site[lang].pagination;
  const numbers = [...new Set([1, number - 2, number - 1, number, number + 1, number + 2, count])]
    .filter((n) => n >= 1 && n <= count)
    .sort((a, b) => a - b);
  const items = numbers.flatMap((n, i) => [
    i > 0 && n - numbers[i - 1] > 1 ? html`<li class="pagination-gap" aria-hidden="true">…</li>` : nothing,
    html`<li>
      <a
        href=${href(n)}
        aria-label=${formatText(p.page, { number: n })}
        aria-current=${n === number ? 'page' : nothing}
        >${n}</a
      >
    </li>`,
  ]);
  return html`<nav class="pagination" aria-label=${p.label}>
    ${number > 1 ? html`<a class="pagination-step" href=${href(number - 1)} rel="prev">${p.previous}</a>` : nothing}
    <ul>
      ${items}
    </ul>
    ${number < count ? html`<a class="pagination-step" href=${href(number + 1)} rel="next">${p.next}</a>` : nothing}
  </nav>`;
}

export function articleMain(context, article) {
  const { site, lang } = context;
  const t = site[lang];
  const content = article[lang];
  // Site search indexes the article's text alone (data-pagefind-body), under its title: not the
  // page around it, nor the header's column, source and dates, which would fill every excerpt.
  return html`<article class="article" data-pagefind-body data-pagefind-meta="title:${content.title}">
    <civic-article-header lang=${t.htmlLang} data-pagefind-ignore="all"
      >${articleHeaderHtml(
        {
          heading: content.title,
          column: t.columns[article.column].name,
          columnHref: columnHref(lang, article.column),
          source: content.source,
          published: article.published,
          modified: article.updated,
          translator: content.translator,
        },
        { lang: t.htmlLang, strings: { translator: t.translatorLabel } },
      )}
      <civic-font-size-toggle
        slot="actions"
        levels=${PAGE_TEXT_SIZES}
        lang=${t.htmlLang}
      ></civic-font-size-toggle>
    </civic-article-header>
    <div id="article-body" class="article-body">
      ${content.body.map((paragraph) => html`<p>${paragraph}</p>`)}
    </div>
  </article>`;
}

/**
 * The site search (/{lang}/search/): a form that works from the keyboard, a polite status that
 * says how many results were found, and the results. Search runs in the page
 * (src/islands/search-page.ts, with the Pagefind index the build writes); without JavaScript the
 * page says how else to find an article (a <noscript>: nothing appears or goes as the page loads),
 * and it always lists the columns. `indexes` are the URLs of the shards of the search index for
 * the page's language (scripts/search-index.mjs).
 */
export function searchMain({ site, lang }, indexes = []) {
  const t = site[lang];
  const s = t.search;
  const strings = {
    resultsOne: s.resultsOne,
    resultsOther: s.resultsOther,
    noResults: s.noResults,
    searching: s.searching,
    unavailable: s.unavailable,
  };
  return html`<h1>${s.title}</h1>
    <form
      class="search-form"
      action="/${lang}/search/"
      method="get"
      role="search"
      aria-label=${s.title}
      data-search-form
      data-strings=${JSON.stringify(strings)}
      data-indexes=${indexes.join(' ')}
    >
      <label for="search-query">${s.label}</label>
      <p class="search-hint" id="search-hint">${s.hint}</p>
      <div class="search-row">
        <input
          id="search-query"
          name="q"
          type="search"
          aria-describedby="search-hint"
          autocomplete="off"
          spellcheck="false"
        />
        <button type="submit">${s.button}</button>
      </div>
    </form>
    ${noScript(s.noScript)}
    <p class="search-status" role="status" data-search-status></p>
    <ul class="article-list search-results" data-search-results hidden></ul>
    <h2>${s.browseHeading}</h2>
    ${columnList({ site, lang })}`;
}

/** Text for HTML written by hand (a document shell, a <noscript>): & < > " ' escaped. */
export const escapeText = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

// Lit cannot bind inside <noscript> (the parser reads its content as text when scripting is on),
// so the element is written whole, its text escaped here.
const noScript = (lines) =>
  unsafeHTML(
    `<noscript><div class="search-no-script">${lines.map((line) => `<p>${escapeText(line)}</p>`).join('')}</div></noscript>`,
  );

export function notFoundMain(context) {
  const t = context.site[context.lang];
  return html`<h1>${t.notFoundTitle}</h1>
    ${t.notFoundBody.map((line) => html`<p>${line}</p>`)}
    <p><a href="/${context.lang}/">${t.notFoundHome}</a></p>`;
}

/** The site root: a choice of language, written in every one. */
export function languageChoiceMain({ site, lang }) {
  const names = site.languages.map((each) =>
    each === lang
      ? site[each].siteName
      : html`<span lang=${site[each].htmlLang}>${site[each].siteName}</span>`,
  );
  return html`<h1>${names.map((name, i) => (i === 0 ? name : html` ${name}`))}</h1>
    <ul class="language-choice">
      ${site.languages.map(
        (lang) =>
          html`<li lang=${site[lang].htmlLang}>
            <a href="/${lang}/" hreflang=${site[lang].hreflang}>${site[lang].languageName}</a>
            <p>${site[lang].tagline}</p>
          </li>`,
      )}
    </ul>`;
}

/**
 * The accessibility statement, on the model of GOV.UK's sample statement: who runs the site, how to
 * use the reading aids, the compliance status per criterion, what is not accessible and why, how it
 * was tested, how to reach us and complain, and when the statement was reviewed.
 */
export function accessibilityMain({ site, lang }) {
  const t = site[lang];
  const a = t.accessibility;
  const dated = (text, iso) => {
    const [before, after] = text.split('{date}');
    return html`${before}<time datetime=${iso}>${displayDate(iso, t.htmlLang)}</time>${after}`;
  };
  // The status heads the second cell as words, never as a colour alone, in a bordered box that
  // forced colours keep.
  const status = (row) =>
    html`<strong class="statement-status" data-status=${row.status}>${a.statusLabels[row.status]}</strong
      >${row.how}`;
  // The title sits above the table, not in a <caption>, and names it. The rows are blocks on a
  // narrow screen, so the tables fit 320 px at 200% text and nothing scrolls: the box around each
  // is no Tab stop (a stop where nothing scrolls is one more for nothing, IBM Equal Access's
  // element_tabbable_role_valid). It still scrolls, rather than the page, should a table ever
  // be wider than the screen.
  const table = (id, caption, columns, rows) =>
    html`<h3 class="table-title" id=${id}>${caption}</h3>
      <div class="table-scroll">
        <table class="conformance" aria-labelledby=${id}>
          <thead>
            <tr>
              ${columns.map((column) => html`<th scope="col">${column}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              ([head, ...cells]) =>
                html`<tr>
                  <th scope="row">${head}</th>
                  ${cells.map((cell) => html`<td>${cell}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  const { contact, testing } = a;
  return html`<div class="prose statement">
    <h1>${a.title}</h1>
    ${a.intro.map((paragraph, i) => html`<p class=${i === 0 ? 'lead' : nothing}>${paragraph}</p>`)}
    <h2>${a.aidsHeading}</h2>
    ${a.aidsIntro.map((paragraph) => html`<p>${paragraph}</p>`)}
    ${a.aids.map(
      (aid) =>
        html`<h3>${aid.heading}</h3>
          ${aid.body.map((paragraph) => html`<p>${paragraph}</p>`)}`,
    )}
    <h2>${a.complianceHeading}</h2>
    <p class="statement-compliance">${a.compliance}</p>
    ${a.standardsIntro.map((paragraph) => html`<p>${paragraph}</p>`)}
    ${table(
      'wcag-caption',
      a.wcag.caption,
      a.wcag.columns,
      a.wcag.rows.map((row) => [
        html`${row.criterion} ${row.name} <span class="level">${a.wcag.levelLabel} ${row.level}</span>`,
        status(row),
      ]),
    )}
    ${table(
      'miit-caption',
      a.miit.caption,
      a.miit.columns,
      a.miit.rows.map((row) => [row.item, status(row)]),
    )}
    <h2>${a.problemsHeading}</h2>
    ${a.problemsIntro.map((paragraph) => html`<p>${paragraph}</p>`)}
    ${a.problems.map(
      (problem) =>
        html`<h3>${problem.heading}</h3>
          <p>${problem.body}</p>
          <p>${problem.plan}</p>`,
    )}
    <h2>${a.testingHeading}</h2>
    <p>${dated(testing.dateText, testing.date)}</p>
    <p>${testing.toolsIntro}</p>
    <ul>
      ${testing.tools.map(
        (tool) =>
          html`<li>
            ${tool.name}${tool.version ? html`, ${testing.versionLabel} ${tool.version}` : nothing}
          </li>`,
      )}
    </ul>
    <p>${testing.browsersIntro}</p>
    <ul>
      ${testing.browsers.map((browser) => html`<li>${browser}</li>`)}
    </ul>
    <p>${testing.screenReaders}</p>
    <h2>${a.contactHeading}</h2>
    ${contact.body.map((paragraph) => html`<p>${paragraph}</p>`)}
    <dl class="statement-contact">
      <dt>${contact.emailLabel}</dt>
      <dd><a href="mailto:${contact.email}">${contact.email}</a></dd>
      <dt>${contact.phoneLabel}</dt>
      <dd><a href="tel:${contact.phone.replaceAll(' ', '')}">${contact.phone}</a></dd>
    </dl>
    <p>${contact.hours}</p>
    <p>${contact.reply}</p>
    <h2>${a.complaintsHeading}</h2>
    ${a.complaints.map((paragraph) => html`<p>${paragraph}</p>`)}
    <h2>${a.preparationHeading}</h2>
    <p>${dated(a.prepared.text, a.prepared.date)}</p>
    <p>${dated(a.reviewed.text, a.reviewed.date)}</p>
  </div>`;
}
