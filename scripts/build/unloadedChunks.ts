import { relative } from 'node:path';
import type { Plugin } from 'vite';

/**
 * For each `?iife` import crxjs emits the script twice: the IIFE file that
 * `scripting.executeScript` injects, and an ES-module chunk of the same source that nothing
 * loads, with chunks of its own that only it imports. Those come out of the bundle here, so
 * `dist/` ships only what the manifest, the pages and the injections load.
 */
export function noUnloadedChunks(): Plugin {
  let root = '';
  return {
    name: 'lucid:no-unloaded-chunks',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const files = Object.values(bundle);
      const injected = new Set(files.filter((file) => file.type === 'asset').map((file) => file.fileName));
      for (const file of files) {
        if (file.type !== 'chunk' || file.facadeModuleId === null || !/\.tsx?$/.test(file.facadeModuleId)) continue;
        const iife = relative(root, file.facadeModuleId).replace(/\.tsx?$/, '.js');
        if (injected.has(iife)) delete bundle[file.fileName];
      }
      // Then whatever only those chunks imported, until nothing changes.
      for (let pruned = true; pruned; ) {
        pruned = false;
        const remaining = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file] : []));
        const imported = new Set(remaining.flatMap((chunk) => [...chunk.imports, ...chunk.dynamicImports]));
        for (const chunk of remaining) {
          if (chunk.isEntry || imported.has(chunk.fileName)) continue;
          delete bundle[chunk.fileName];
          pruned = true;
        }
      }
    },
  };
}
