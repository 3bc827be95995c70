/**
 * Runs an authoring tool of this folder (TypeScript) through Vite's module
 * loader, the same TypeScript handling the site's build uses:
 * `node src/tools/run.mjs <tool> [args…]` (see the `new` and `translations`
 * scripts in package.json).
 */
import { createServer } from 'vite';

const [name, ...args] = process.argv.slice(2);
const server = await createServer({
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const tool = await server.ssrLoadModule(new URL(`./${name}.ts`, import.meta.url).pathname);
  process.exitCode = await tool.main(args);
} finally {
  await server.close();
}
