// Fails the browser tests loudly when Chromium is missing, instead of
// skipping them: the tests use Debian's Chromium, never a downloaded browser.
import { accessSync, constants, existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let ok = existsSync(path);
try {
	accessSync(path, constants.X_OK);
} catch {
	ok = false;
}
if (!ok) {
	console.error(
		`\nChromium ontbreekt op ${path}. De browsertests hebben Debian's Chromium nodig.\n` +
			`Installeer het met:\n\n    sudo apt-get update && sudo apt-get install -y chromium\n\n` +
			`of zet CHROMIUM_PATH naar een andere Chromium.\n`,
	);
	process.exit(1);
}
