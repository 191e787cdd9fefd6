// The shape of the portal's content: content/site.json and content/articles/<slug>.json.
// The build validates every file against it before it writes anything, so a typo cannot publish
// "[object Object]", content="undefined", a broken date or markup in <head>.
import * as v from 'valibot';

/** URL path segments: slugs, column names. The slug of an article is its file name. */
export const SLUG = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const SLUG_MESSAGE = 'expected a slug: a-z, 0-9 and inner hyphens';

// BCP 47 (RFC 5646) shape: language, script, region, variants, extensions, private use; or a
// private-use tag alone. Intl.getCanonicalLocales then rejects what the shape lets through
// (a repeated variant, for instance).
const BCP47 =
  /^(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*(?:-[\da-wyz](?:-[a-z\d]{2,8})+)*(?:-x(?:-[a-z\d]{1,8})+)?|x(?:-[a-z\d]{1,8})+)$/i;

function isLanguageTag(tag) {
  if (!BCP47.test(tag)) return false;
  try {
    Intl.getCanonicalLocales(tag);
    return true;
  } catch {
    return false;
  }
}

// A date, or a date-time: with its offset, or without one as CMSs export local time
// ("2019-12-29 20:30:07"), which the build reads in the site's time zone. The calendar date must
// exist: no 30 February.
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|([+-])(\d{2}):(\d{2}))?)?$/;

function isIsoDate(text) {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, y, mo, d, h = '0', mi = '0', s = '0', , , , om = '0'] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year > 0 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    Number(om) <= 59
  );
}

/** Whether a date-time's offset, if it has one, is within ±14:00 (a text of another shape passes). */
function isOffsetInRange(text) {
  const [, , , , , , , , , oh = '0', om = '0'] = ISO_DATE.exec(text) ?? [];
  // Real offsets run from -12:00 to +14:00; ±14:00 is what the header reads.
  return Number(oh) * 60 + Number(om) <= 14 * 60;
}

/** A date-time with neither an offset nor Z: a wall-clock time read in the site's time zone. */
export const isLocalDateTime = (text) => {
  const match = ISO_DATE.exec(text);
  return Boolean(match && match[4] !== undefined && match[7] === undefined);
};

/** Whether the runtime knows `zone` as an IANA time zone. */
export function isTimeZone(zone) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const text = () =>
  v.pipe(
    v.string('expected a non-empty string'),
    v.check((value) => value.trim() !== '', 'expected a non-empty string'),
  );
const textList = () =>
  v.pipe(
    v.array(text(), 'expected a list of non-empty strings'),
    v.minLength(1, 'expected at least one paragraph'),
  );
const isoDate = () =>
  v.pipe(
    v.string('expected an ISO 8601 date or date-time'),
    v.check(
      isIsoDate,
      'expected an ISO 8601 date (2020-05-06) or date-time (2020-05-06T16:00:00+08:00; without an offset, 2020-05-06 16:00:00 is read in the site’s timeZone)',
    ),
    v.check(isOffsetInRange, 'expected a time offset within ±14:00, the farthest any place uses'),
  );
const languageTag = () =>
  v.pipe(
    v.string('expected a BCP 47 language tag'),
    v.check(isLanguageTag, 'expected a BCP 47 language tag such as en or zh-CN'),
  );
const hreflang = () =>
  v.pipe(
    v.string('expected a BCP 47 language tag or x-default'),
    v.check(
      (tag) => tag === 'x-default' || isLanguageTag(tag),
      'expected a BCP 47 language tag such as en or zh-CN, or x-default',
    ),
  );
const slug = () => v.pipe(v.string(SLUG_MESSAGE), v.regex(SLUG, SLUG_MESSAGE));
const unique = (what) =>
  v.check((list) => new Set(list).size === list.length, `expected no repeated ${what}`);

// English and Simplified Chinese are written by hand; Traditional Chinese (zh-hant) may be added,
// converted from the Simplified text (scripts/traditional.mjs).
const LANGUAGES = ['en', 'zh', 'zh-hant'];
const REQUIRED_LANGUAGES = ['en', 'zh'];
/** Languages whose content is converted from another's: language → the language it comes from. */
export const CONVERTED_FROM = { 'zh-hant': 'zh' };

/**
 * The schema of an override of converted text: `schema` with every field optional, inside its
 * objects too (a list is replaced whole, so a list given must be complete). Unknown fields are
 * still refused.
 */
function overrideOf(schema) {
  if (schema.type === 'strict_object') {
    return v.optional(
      v.strictObject(
        Object.fromEntries(Object.entries(schema.entries).map(([key, entry]) => [key, overrideOf(entry)])),
        schema.message,
      ),
    );
  }
  return schema.type === 'optional' ? schema : v.optional(schema);
}

// A table's rows must fill its columns: a row with a missing cell would shift the others.
const tableOf = (row, cells, more = {}) =>
  v.strictObject({
    ...more,
    caption: text(),
    columns: v.pipe(
      v.array(text(), 'expected a list of column headings'),
      v.length(cells, `expected ${cells} column headings`),
    ),
    rows: v.pipe(v.array(row, 'expected a list of rows'), v.minLength(1, 'expected at least one row')),
  });

// The accessibility statement (/{lang}/accessibility/), on the model of GOV.UK's sample statement:
// who runs the site and what it covers, how to use the reading aids, the compliance status with a
// status for each WCAG 2.2 criterion and MIIT age-friendly item checked, what is not accessible and
// why, how it was tested, the contact and complaints route, and when the statement was reviewed.
export const STATUSES = ['meets', 'partly', 'fails', 'not-applicable'];
const status = () => v.picklist(STATUSES, `expected a status: ${STATUSES.join(', ')}`);
// "{date}" is where the formatted date goes; the date itself is a separate field.
const datedText = () =>
  v.strictObject({
    date: isoDate(),
    text: v.pipe(text(), v.includes('{date}', 'expected {date} in the text')),
  });
const accessibilitySchema = () =>
  v.strictObject({
    linkText: text(),
    title: text(),
    summary: text(),
    intro: textList(),
    aidsHeading: text(),
    aidsIntro: textList(),
    aids: v.pipe(
      v.array(v.strictObject({ heading: text(), body: textList() }), 'expected a list of sections'),
      v.minLength(1, 'expected at least one section'),
    ),
    complianceHeading: text(),
    // One sentence: fully, partially or not compliant, and why.
    compliance: text(),
    standardsIntro: textList(),
    statusLabels: v.strictObject(Object.fromEntries(STATUSES.map((key) => [key, text()]))),
    wcag: tableOf(
      v.strictObject({
        criterion: v.pipe(
          v.string('expected a success criterion number such as 1.4.3'),
          v.regex(/^[1-4]\.\d{1,2}\.\d{1,2}$/, 'expected a success criterion number such as 1.4.3'),
        ),
        name: text(),
        level: v.picklist(['A', 'AA', 'AAA'], 'expected A, AA or AAA'),
        status: status(),
        how: text(),
      }),
      2,
      // Shown under each criterion's name ("Level AA"), not in a column of its own, and the status
      // heads the second cell: a third or fourth column made the table wider than a 320 px screen.
      { levelLabel: text() },
    ),
    miit: tableOf(v.strictObject({ item: text(), status: status(), how: text() }), 2),
    problemsHeading: text(),
    problemsIntro: textList(),
    // Each problem says what we plan and when, or why it cannot be fixed.
    problems: v.pipe(
      v.array(v.strictObject({ heading: text(), body: text(), plan: text() }), 'expected a list of problems'),
      v.minLength(1, 'expected at least one problem'),
    ),
    testingHeading: text(),
    testing: v.strictObject({
      date: isoDate(),
      dateText: v.pipe(text(), v.includes('{date}', 'expected {date} in the text')),
      toolsIntro: text(),
      tools: v.pipe(
        v.array(v.strictObject({ name: text(), version: v.optional(text()) }), 'expected a list of tools'),
        v.minLength(1, 'expected at least one tool'),
      ),
      versionLabel: text(),
      browsersIntro: text(),
      browsers: textList(),
      screenReaders: text(),
    }),
    contactHeading: text(),
    contact: v.strictObject({
      body: textList(),
      emailLabel: text(),
      email: v.pipe(v.string('expected an e-mail address'), v.email('expected an e-mail address')),
      phoneLabel: text(),
      // Digits, spaces and a leading +: the tel: link is the same number without the spaces.
      phone: v.pipe(
        v.string('expected a phone number'),
        v.regex(/^\+?\d[\d ]{5,}\d$/, 'expected a phone number: digits, spaces and a leading +'),
      ),
      hours: text(),
      reply: text(),
    }),
    complaintsHeading: text(),
    complaints: textList(),
    preparationHeading: text(),
    prepared: datedText(),
    reviewed: datedText(),
  });

function siteLanguageSchema(columnOrder) {
  return v.strictObject({
    htmlLang: languageTag(),
    hreflang: hreflang(),
    languageName: text(),
    siteName: text(),
    siteNameShort: text(),
    tagline: text(),
    skipLink: text(),
    languageSwitchLabel: text(),
    navLabel: text(),
    home: text(),
    latest: text(),
    columnsHeading: text(),
    inColumn: text(),
    noArticles: text(),
    // The page links under a long column's listing. {number} and {count} are filled in.
    pagination: v.strictObject({
      label: text(),
      previous: text(),
      next: text(),
      page: v.pipe(text(), v.includes('{number}', 'expected {number} in the text')),
      pageTitle: v.pipe(
        text(),
        v.includes('{number}', 'expected {number} in the text'),
        v.includes('{count}', 'expected {count} in the text'),
      ),
    }),
    // The site search page (/{lang}/search/). {query} and {count} are filled in.
    search: v.strictObject({
      linkText: text(),
      title: text(),
      label: text(),
      hint: text(),
      button: text(),
      resultsOne: v.pipe(text(), v.includes('{query}', 'expected {query} in the text')),
      resultsOther: v.pipe(
        text(),
        v.includes('{query}', 'expected {query} in the text'),
        v.includes('{count}', 'expected {count} in the text'),
      ),
      noResults: v.pipe(text(), v.includes('{query}', 'expected {query} in the text')),
      searching: text(),
      unavailable: text(),
      noScript: textList(),
      browseHeading: text(),
    }),
    publishedOn: text(),
    translatorLabel: text(),
    notFoundTitle: text(),
    notFoundBody: textList(),
    notFoundHome: text(),
    demoNotice: text(),
    accessibility: accessibilitySchema(),
    // One entry for each column in columnOrder, and no other.
    columns: v.strictObject(
      Object.fromEntries(
        columnOrder.map((column) => [column, v.strictObject({ name: text(), description: text() })]),
      ),
    ),
    // Many real footers show only the sponsor and the ICP number: everything else is optional,
    // and what is absent renders nothing.
    footer: v.strictObject({
      sponsor: text(),
      operator: v.optional(text()),
      coSponsor: v.optional(text()),
      technicalSupport: v.optional(text()),
      icp: text(),
      policeFiling: v.optional(text()),
      siteCode: v.optional(text()),
      contactEmail: v.optional(v.pipe(text(), v.email('expected an e-mail address'))),
      contactPhone: v.optional(text()),
      copyright: v.optional(text()),
    }),
  });
}

// Checked first on its own: the columns and languages shape the rest of the schema.
const siteFrame = v.looseObject(
  {
    columnOrder: v.pipe(
      v.array(slug(), 'expected a list of column slugs'),
      v.minLength(1, 'expected at least one column'),
      unique('columns'),
    ),
    languages: v.pipe(
      v.array(v.picklist(LANGUAGES, `expected one of ${LANGUAGES.join(', ')}`), 'expected a list'),
      unique('languages'),
      v.check(
        (list) => REQUIRED_LANGUAGES.every((lang) => list.includes(lang)),
        `expected ${REQUIRED_LANGUAGES.map((lang) => `"${lang}"`).join(' and ')}, and optionally "zh-hant"`,
      ),
    ),
  },
  'expected an object',
);

function siteSchema(site) {
  return v.strictObject({
    columnOrder: v.any(),
    languages: v.any(),
    // The zone a date-time without an offset is read in (default Asia/Shanghai).
    timeZone: v.optional(
      v.pipe(
        v.string('expected an IANA time zone such as Asia/Shanghai'),
        v.check(isTimeZone, 'expected an IANA time zone such as Asia/Shanghai'),
      ),
    ),
    // A converted language's block holds only the fields that replace the converted ones.
    ...Object.fromEntries(
      site.languages.map((lang) => [
        lang,
        CONVERTED_FROM[lang]
          ? overrideOf(siteLanguageSchema(site.columnOrder))
          : siteLanguageSchema(site.columnOrder),
      ]),
    ),
  });
}

/** The text of an article in one language. */
const articleEntry = () =>
  v.strictObject({
    title: text(),
    source: text(),
    translator: v.optional(text()),
    // Listings then show no summary, and the page describes itself by its first paragraph.
    summary: v.optional(text()),
    body: textList(),
  });

/** The schema of an article, given the (valid) site it belongs to. */
function articleSchema(site) {
  const entry = articleEntry();
  const converted = site.languages.filter((lang) => CONVERTED_FROM[lang]);
  return v.pipe(
    v.strictObject(
      {
        column: v.picklist(
          site.columnOrder,
          `expected one of the columns in site.json: ${site.columnOrder.join(', ')}`,
        ),
        published: isoDate(),
        updated: v.optional(isoDate()),
        // Most articles are published in one language: each is optional, one is needed.
        // A converted language's block only replaces fields of the conversion.
        ...Object.fromEntries(
          site.languages.map((lang) => [lang, CONVERTED_FROM[lang] ? overrideOf(entry) : v.optional(entry)]),
        ),
      },
      'expected an object',
    ),
    v.check(
      (article) => site.languages.some((lang) => !CONVERTED_FROM[lang] && article[lang] !== undefined),
      `expected the article in at least one language: ${site.languages.filter((lang) => !CONVERTED_FROM[lang]).join(', ')}`,
    ),
    ...converted.map((lang) =>
      v.check(
        (article) => article[lang] === undefined || article[CONVERTED_FROM[lang]] !== undefined,
        `${lang}: replaces text converted from "${CONVERTED_FROM[lang]}", which this article does not have`,
      ),
    ),
  );
}

// The schema at an issue's path, to say what a missing field should have been.
function schemaAt(schema, path) {
  let current = schema;
  for (const item of path) {
    while (current?.wrapped) current = current.wrapped;
    if (item.type === 'object') current = current?.entries?.[item.key];
    else if (item.type === 'array') current = current?.item;
    else return undefined;
  }
  return current;
}

function describe(issue, schema) {
  const path = v.getDotPath(issue) ?? '';
  const key = issue.path?.at(-1)?.key;
  let message = issue.message;
  if (issue.kind === 'schema' && issue.expected === 'never') {
    message =
      key === 'slug'
        ? 'not allowed: an article’s slug is its file name'
        : key === 'undertaker'
          ? 'renamed: the field is now called operator'
          : 'unknown field (check the spelling)';
  } else if (issue.kind === 'schema' && issue.input === undefined && issue.expected === `"${key}"`) {
    const field = schemaAt(schema, issue.path);
    const expected = field ? v.safeParse(field, undefined).issues?.[0]?.message : undefined;
    message = `missing${expected ? `: ${expected}` : ''}`;
  }
  return path ? `${path}: ${message}` : message;
}

function check(schema, data) {
  const result = v.safeParse(schema, data);
  return result.success ? [] : result.issues.map((issue) => describe(issue, schema));
}

/**
 * Checks the site, and gives the checker of its articles (none when the site's columns and
 * languages are too broken to check articles against), so each article can be checked as it is
 * read and need not be kept whole.
 * @param {unknown} site
 * @returns {{
 *   siteErrors: string[],
 *   checkArticle?: (file: string, article: unknown) => string[],
 *   checkSiteLanguage?: (block: unknown) => string[],
 *   checkArticleEntry?: (entry: unknown) => string[],
 * }}
 */
export function contentValidator(site) {
  const frameErrors = check(siteFrame, site);
  if (frameErrors.length > 0) return { siteErrors: frameErrors.map((line) => `site.json: ${line}`) };
  const schema = articleSchema(site);
  return {
    siteErrors: check(siteSchema(site), site).map((line) => `site.json: ${line}`),
    // Converted text is checked as written text is, once it has been converted.
    checkSiteLanguage: (block) => check(siteLanguageSchema(site.columnOrder), block),
    checkArticleEntry: (entry) => check(articleEntry(), entry),
    checkArticle(file, article) {
      const errors = [];
      const name = file.replace(/^articles\//, '').replace(/\.json$/, '');
      if (!SLUG.test(name))
        errors.push(`${file}: file name: the article’s slug comes from it, so ${SLUG_MESSAGE}`);
      errors.push(...check(schema, article).map((line) => `${file}: ${line}`));
      return errors;
    },
  };
}
