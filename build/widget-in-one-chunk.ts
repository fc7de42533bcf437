/**
 * Keeps the embed in one file: every module `widget.js` imports statically goes into its chunk, even
 * when another entry (the admin console, the pages' app) shares it. Otherwise shared modules (lit,
 * the search core, idb-keyval) are split into chunks of their own, and a host page pays for several
 * requests and worse compression. The other entries then import what they share from widget.js.
 */
import type { Plugin } from 'vite';

/**
 * The plugin finds the members once the module graph is known; `test` is the chunk group's test
 * (`output.codeSplitting.groups` in vite.config.ts), true for the modules of `widget.js`.
 */
export function widgetInOneChunk(entry = '/widget/embed.ts'): { plugin: Plugin; test: (id: string) => boolean } {
  const members = new Set<string>();
  const plugin: Plugin = {
    name: 'tanya:widget-in-one-chunk',
    apply: 'build',
    buildEnd() {
      members.clear();
      const root = [...this.getModuleIds()].find((id) => id.endsWith(entry));
      const visit = (id: string) => {
        if (members.has(id)) return;
        members.add(id);
        for (const next of this.getModuleInfo(id)?.importedIds ?? []) visit(next);
      };
      if (root) visit(root);
    },
  };
  return { plugin, test: (id) => members.has(id) };
}
