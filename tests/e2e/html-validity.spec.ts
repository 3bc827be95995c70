import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { builtPages, DIST } from './support/site';

const vnu = createRequire(import.meta.url)('vnu-jar') as string;

test('every built page is valid HTML (Nu Html Checker)', () => {
  test.setTimeout(120_000);
  const pages = builtPages().length;
  let output = '';
  try {
    execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'gnu', '--skip-non-html', DIST], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    output = String((error as { stderr?: string }).stderr ?? error);
  }
  console.log(`Nu Html Checker: ${pages} pages validated`);
  expect(output.trim()).toBe('');
});
