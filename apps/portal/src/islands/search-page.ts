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
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}
interface SearchStrings {
  resultsOne: string;
  resultsOther: string;
  noResults: string;
  searching: string;
  unavailable: string;
}

// Where the build writes the index and Pagefind's client; not bundled (a variable, so the bundler
// leaves the import to the browser).
const PAGEFIND = '/pagefind/pagefind.js';
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

  // Pagefind's client and index load on first use (the field focused, the form sent, or a search
  // in the address), not with the page: most visits to this page start by typing.
  let loading: Promise<Pagefind | undefined> | undefined;
  const load = () =>
    (loading ??= (async () => {
      try {
        const url = PAGEFIND;
        const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
        // In the page's own thread: a Worker needs a TrustedScriptURL under the page's Trusted Types
        // policy, which would mean a default policy for one file; a city's index is small enough.
        await pagefind.options({ excerptLength: 24, noWorker: true });
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
    if (!pagefind) return;
    const search = await pagefind.search(query);
    const results = search?.results ?? [];
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
