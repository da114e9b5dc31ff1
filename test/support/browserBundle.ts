/** The esbuild options of the bundle-size tests: a browser app's bundle (ESM, minified, tree-shaken), in memory, with its metafile. */
import type { BuildOptions } from 'esbuild';

export const BROWSER_BUNDLE = {
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'browser',
  treeShaking: true,
  minify: true,
  metafile: true,
  logLevel: 'silent',
} as const satisfies BuildOptions;

/** The inputs that put bytes into one output of a metafile (what the bundle holds). */
export function usedInputs(inputs: Record<string, { bytesInOutput: number }>): string[] {
  return Object.entries(inputs)
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([k]) => k);
}
