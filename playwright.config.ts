import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, isolateChromiumHome } from './scripts/chromium.ts';

isolateChromiumHome();
// The site under test is built from the published and the fixture stories (`npm run build:test`).
process.env.NEWSLINE_STORIES ??= 'data/stories:tests/fixtures/stories';
const port = Number(process.env.E2E_PORT ?? 4310);

export default defineConfig({
	testDir: 'tests/e2e',
	workers: 1,
	retries: 0,
	reporter: process.env.CI ? 'line' : 'list',
	timeout: 30_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS }
	},
	webServer: {
		command: `PORT=${port} tsx scripts/serve.ts`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
