/**
 * `npm run docs`: the static documentation site.
 *
 * - `site/` (or the folder given as first argument): a typedoc API reference of every public export (one
 *   module per subpath of package.json `exports`, named by its import specifier: `ics2`, `ics2/xml`, ...,
 *   `ics2/messages/IE3F32`), with the concept pages of `docs/*.md` as project documents;
 * - `site/playground/`: the playground, the library bundled for the browser by esbuild (no server).
 *
 * No network: typedoc and esbuild run locally; the playground loads only its own files.
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { Application, Converter, LogLevel, PageEvent, ReflectionKind, type TypeDocOptions } from 'typedoc';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PLAYGROUND_SRC = join(ROOT, 'scripts/docs/playground');
/** The href typedoc writes for the playground link; each page gets the relative path instead. */
const PLAYGROUND_HREF = '__ics2_playground__';

/** One public entry point: its import specifier and the source file (or glob) it is built from. */
export interface EntryPoint {
  /** `ics2`, `ics2/xml`, `ics2/messages/*`. */
  specifier: string;
  /** Relative to the repository root: `src/index.ts`, `src/generated/messages/*.ts`. */
  source: string;
}

/**
 * The public entry points, read from package.json `exports` (`./dist/x/index.js` is built from
 * `src/x/index.ts`), so a new subpath is documented without touching this script.
 */
export async function entryPoints(): Promise<EntryPoint[]> {
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
    name: string;
    exports: Record<string, string | { import?: { default?: string } }>;
  };
  const out: EntryPoint[] = [];
  for (const [key, target] of Object.entries(pkg.exports)) {
    const js = typeof target === 'string' ? target : target.import?.default;
    if (!js || !js.startsWith('./dist/') || !js.endsWith('.js')) continue;
    out.push({
      specifier: key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`,
      source: `src/${js.slice('./dist/'.length, -'.js'.length)}.ts`,
    });
  }
  return out;
}

/** The module name typedoc gives a source file: its path below `src/`, without `.ts` and `/index`. */
const typedocName = (file: string): string =>
  file
    .replace(/^src\//, '')
    .replace(/\.ts$/, '')
    .replace(/\/index$/, '');

/** The import specifier of a module typedoc named after its file (`xml` -> `ics2/xml`). */
function specifierOf(name: string, entries: EntryPoint[]): string | undefined {
  for (const e of entries) {
    const pattern = typedocName(e.source);
    if (!pattern.includes('*')) {
      if (pattern === name) return e.specifier;
      continue;
    }
    const [pre, post] = pattern.split('*') as [string, string];
    if (name.startsWith(pre) && name.endsWith(post) && name.length > pre.length + post.length) {
      return e.specifier.replace('*', name.slice(pre.length, name.length - post.length));
    }
  }
  return undefined;
}

/** Options of {@link buildApiDocs}. */
export interface ApiDocsOptions {
  /** typedoc's log level (default `Warn`). */
  logLevel?: keyof typeof LogLevel;
}

/** The typedoc API reference and the concept pages into `outDir`. Throws when typedoc reports an error. */
export async function buildApiDocs(outDir: string, options: ApiDocsOptions = {}): Promise<void> {
  const entries = await entryPoints();
  const typedocOptions: TypeDocOptions = {
    name: 'ics2',
    entryPoints: entries.map((e) => join(ROOT, e.source)),
    tsconfig: join(ROOT, 'tsconfig.json'),
    readme: join(ROOT, 'README.md'),
    projectDocuments: [join(ROOT, 'docs/*.md')],
    out: outDir,
    includeVersion: true,
    disableSources: true,
    skipErrorChecking: true,
    excludePrivate: true,
    excludeInternal: true,
    hideGenerator: true,
    navigationLinks: { Playground: PLAYGROUND_HREF },
    sidebarLinks: { 'Playground: check a message': PLAYGROUND_HREF },
    logLevel: options.logLevel ?? 'Warn',
  };
  const app = await Application.bootstrapWithPlugins(typedocOptions, []);
  let unnamed: string[] = [];
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    unnamed = [];
    for (const mod of context.project.getReflectionsByKind(ReflectionKind.Module)) {
      const spec = specifierOf(mod.name, entries);
      if (spec === undefined) unnamed.push(mod.name);
      else mod.name = spec;
    }
  });
  app.renderer.on(PageEvent.END, (page) => {
    if (page.contents === undefined) return;
    const depth = page.url.split('/').length - 1;
    page.contents = page.contents.replaceAll(PLAYGROUND_HREF, `${'../'.repeat(depth)}playground/index.html`);
  });
  const project = await app.convert();
  if (!project) throw new Error('typedoc could not convert the project');
  if (unnamed.length > 0) throw new Error(`Modules with no import specifier: ${unnamed.join(', ')}`);
  // Warnings only (a referenced type that is not exported, a broken link): they are shown, not fatal.
  app.validate(project);
  await app.generateDocs(project, outDir);
  if (app.logger.hasErrors()) throw new Error(`typedoc reported ${app.logger.errorCount} error(s)`);
}

/** The playground (HTML, CSS and the library bundled for the browser) into `outDir`. */
export async function buildPlayground(outDir: string): Promise<{ bundleBytes: number }> {
  await mkdir(outDir, { recursive: true });
  const r = await build({
    entryPoints: [join(PLAYGROUND_SRC, 'main.ts')],
    outfile: join(outDir, 'playground.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    metafile: true,
    logLevel: 'error',
  });
  await copyFile(join(PLAYGROUND_SRC, 'index.html'), join(outDir, 'index.html'));
  await copyFile(join(PLAYGROUND_SRC, 'playground.css'), join(outDir, 'playground.css'));
  const bundleBytes = Object.values(r.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  return { bundleBytes };
}

/** The whole site: API reference and concept pages, and the playground in `playground/`. */
export async function buildSite(
  outDir: string,
  options: ApiDocsOptions = {},
): Promise<{ bundleBytes: number }> {
  await buildApiDocs(outDir, options);
  return buildPlayground(join(outDir, 'playground'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const out = resolve(process.argv[2] ?? join(ROOT, 'site'));
  const t0 = performance.now();
  const { bundleBytes } = await buildSite(out);
  console.log(
    `site built in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${relative(process.cwd(), out) || '.'}/index.html, playground bundle ${(bundleBytes / 1024).toFixed(0)} KiB`,
  );
}
