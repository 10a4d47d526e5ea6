import wasmUrl from 'libpg-query/wasm/libpg-query.wasm?url';

/**
 * libpg-query's Emscripten loader looks for `libpg-query.wasm` next to the page (it cannot see
 * the URL of an ES module), and its package gives no way to pass the location. Vite emits the
 * file under a hashed name (`?url` above); this redirects the loader's one fetch there. Installed
 * once, before the first PostgreSQL import. A Vite plugin serving the file at the page root
 * would make this unnecessary.
 */
let installed = false;

export function routePgQueryWasm(): void {
  if (installed || typeof globalThis.fetch !== 'function') return;
  installed = true;
  const original = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (/(^|\/)libpg-query\.wasm(\?.*)?$/.test(url) && !url.endsWith(wasmUrl)) return original(wasmUrl, init);
    return original(input, init);
  };
}
