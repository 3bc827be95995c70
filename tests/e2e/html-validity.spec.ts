import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DIST, pagesToVisit } from './support/site';

const vnu = createRequire(import.meta.url)('vnu-jar') as string;
/**
 * A short run of the checker gains nothing from the optimising JIT compiler or
 * a parallel garbage collector: the quick compiler alone and one GC thread
 * halve its CPU time, here and on the sweep's 443 pages. The quick compiler's
 * deeper stack frames need more than the checker's minimum 512 KB stack.
 */
const JVM_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss8m'];

/** One page of every template in every locale; every page with SWEEP=1. */
test('the built pages are valid HTML (Nu Html Checker)', () => {
  test.setTimeout(180_000);
  const files = pagesToVisit().map((url) => join(DIST, url.endsWith('/') ? `${url}index.html` : url));
  const pages = files.length;
  let output = '';
  try {
    execFileSync('java', [...JVM_FLAGS, '-jar', vnu, '--errors-only', '--format', 'gnu', ...files], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    output = String((error as { stderr?: string }).stderr ?? error);
  }
  console.log(`Nu Html Checker: ${pages} pages validated`);
  expect(output.trim()).toBe('');
});
