// Site search in the page, over the static index the build writes with Pagefind (/pagefind/).
// The server's form works without this script (it reloads the page with ?q=, and a <noscript>
// says how else to find an article); with it, the form searches in place, keeps ?q= in the address so a
// search can be shared or reloaded, and a polite status announces how many results were found.
// Pagefind's excerpts mark the words found with <mark>: they are rebuilt as text nodes and <mark>
// elements, never parsed as HTML.

interface PagefindResultData {
  url: string;
  meta: { title?: string };
  excerpt: string;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}
interface SearchStrings {
  resultsOne: string;
  resultsOther: string;
  noResults: string;
  searching: string;
  unavailable: string;
}

// Pagefind's options: excerpts of about 24 words, and no Worker (a Worker needs a
// TrustedScriptURL under the page's Trusted Types policy, which would mean a default policy for
// one file; the index is split small enough for the page's own thread).
const OPTIONS = { excerptLength: 24, noWorker: true };
// More than a screenful of results helps nobody; the status still says how many there are.
const SHOWN = 20;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name]);

/** An excerpt as nodes: its text, with the words found in <mark>. */
function excerptNodes(excerpt: string): Node[] {
  return excerpt.split(/(<mark>[^<]*<\/mark>)/).map((part) => {
    const marked = /^<mark>([^<]*)<\/mark>$/.exec(part);
    if (!marked) return document.createTextNode(decode(part.replace(/<[^>]*>/g, '')));
    const mark = document.createElement('mark');
    mark.textContent = decode(marked[1]);
    return mark;
  });
}

/**
 * The words of a query as Pagefind takes them apart: at spaces, and in languages written without
 * them (Chinese) by the browser's word segmenter.
 */
function wordsOf(query: string, lang: string): string[] {
  const words = query.split(/\s+/).filter(Boolean);
  if (typeof Intl.Segmenter !== 'function') return words;
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  return words.flatMap((word) =>
    [...segmenter.segment(word)].filter((part) => part.isWordLike).map((part) => part.segment),
  );
}

/**
 * The results that hold every word of the query the index knows. One Pagefind index finds
 * those: it leaves out a word no page has. Merged shards each decide alone, so a shard where no
 * page has one of the words finds pages with the others: those go again here.
 */
async function withEveryWord(pagefind: Pagefind, query: string, results: PagefindResult[], lang: string) {
  const words = wordsOf(query, lang);
  if (words.length < 2) return results;
  const found = await Promise.all(words.map((word) => pagefind.search(word)));
  const holding = found
    .map((search) => new Set(search?.results.map((result) => result.id)))
    .filter((ids) => ids.size > 0);
  return results.filter((result) => holding.every((ids) => ids.has(result.id)));
}

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );

export async function enhanceSearch(root: Document = document): Promise<void> {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as SearchStrings;
  // The shards of the index for the page's language (scripts/search-index.mjs); the first one's
  // client searches them all. None when the language has no articles yet.
  const [first, ...others] = (form.dataset.indexes ?? '').split(' ').filter(Boolean);
  const lang = form.closest<HTMLElement>('[lang]')?.lang ?? 'en';

  // Pagefind's client and index load on first use (the field focused, the form sent, or a search
  // in the address), not with the page: most visits to this page start by typing.
  // null: nothing to search yet; undefined: the index could not load.
  let loading: Promise<Pagefind | null | undefined> | undefined;
  const load = () =>
    (loading ??= (async () => {
      if (!first) return null;
      try {
        // A variable, so the bundler leaves the import to the browser.
        const url = `${first}pagefind.js`;
        const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
        await pagefind.options(OPTIONS);
        await Promise.all(others.map((index) => pagefind.mergeIndex(index, OPTIONS)));
        return pagefind;
      } catch {
        // The index or its WebAssembly could not load: the form still reloads the page, and the
        // columns below stay.
        status.textContent = strings.unavailable;
        return undefined;
      }
    })());
  form.addEventListener('focusin', () => void load());

  let latest = 0;
  async function run(query: string): Promise<void> {
    const ticket = ++latest;
    if (!query) {
      status.textContent = '';
      list!.replaceChildren();
      list!.hidden = true;
      return;
    }
    status!.textContent = strings.searching;
    const pagefind = await load();
    if (pagefind === undefined) return;
    let results = (pagefind && (await pagefind.search(query))?.results) || [];
    if (pagefind && others.length > 0) results = await withEveryWord(pagefind, query, results, lang);
    const found = await Promise.all(results.slice(0, SHOWN).map((result) => result.data()));
    // A newer search started meanwhile: its results, not these, are shown.
    if (ticket !== latest) return;
    list!.replaceChildren(
      ...found.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.className = 'article-link';
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        const excerpt = document.createElement('p');
        excerpt.className = 'article-summary';
        excerpt.append(...excerptNodes(result.excerpt));
        item.append(link, excerpt);
        return item;
      }),
    );
    list!.hidden = found.length === 0;
    const count = results.length;
    status!.textContent = fill(
      count === 0 ? strings.noResults : count === 1 ? strings.resultsOne : strings.resultsOther,
      { count, query },
    );
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    const address = new URL(location.href);
    if (query) address.searchParams.set('q', query);
    else address.searchParams.delete('q');
    history.replaceState(null, '', address);
    void run(query);
  });
  // A search in the address (the form sent without this script, a shared link, a reload).
  const initial = new URLSearchParams(location.search).get('q')?.trim();
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
