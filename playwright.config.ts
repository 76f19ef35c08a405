import { defineConfig } from '@playwright/test';

/**
 * Browser tests run against the built site (dist/), served with the
 * production security headers, in Debian's Chromium. Run `npm run build` first
 * (`npm test` does). The browser is never downloaded: see README.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 4321);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	forbidOnly: Boolean(process.env.CI),
	reporter: [['list']],
	timeout: 60_000,
	expect: {
		timeout: 10_000,
		// Visual tests (tests/visual): no animation, no blinking caret, CSS pixels.
		toHaveScreenshot: { animations: 'disabled', caret: 'hide', scale: 'css' },
	},
	// Baselines without the platform in the name: they are made with Debian's Chromium and its fonts
	// (see tests/visual/screenshots.spec.ts), and a check there says so when the fonts differ.
	snapshotPathTemplate: '{testDir}/{testFileName}-snapshots/{arg}{ext}',
	// In CI a missing baseline fails instead of being written.
	updateSnapshots: process.env.CI ? 'none' : 'missing',
	use: {
		baseURL: `http://localhost:${port}`,
		locale: 'nl-NL',
		timezoneId: 'Europe/Amsterdam',
		trace: 'off',
		launchOptions: {
			executablePath: chromiumPath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		},
	},
	projects: [
		{ name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1280, height: 900 } } },
		// `npm run test:visual`; update the baselines with `npm run test:visual -- --update-snapshots`.
		{
			name: 'visual',
			testDir: 'tests/visual',
			use: { browserName: 'chromium', viewport: { width: 1280, height: 900 } },
		},
	],
	webServer: {
		command: `node tests/scripts/serve.mjs --port ${port}`,
		url: `http://localhost:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000,
	},
});
