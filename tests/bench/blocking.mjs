// Blocking time on a phone, measured so that other work on the machine does not change it.
//
// Lighthouse's total blocking time (TBT) sums, for every main-thread task, the part above 50 ms,
// after slowing the processor down 4×. It measures wall-clock time, so on a busy machine (a CI
// runner, or a laptop building at the same time) a task waiting for a core looks long, and the
// score changes from run to run. Here each task counts with the main thread's own CPU time (the
// trace's `tdur`), times the same 4, and the sum is taken the same way. The figure stays close to
// what a quiet machine gives, so a change of code shows as a change of number.
//
// It counts every task from navigation until `settleMs` after the load event. Lighthouse counts
// from the first contentful paint, but on a fast local server the scripts often run before that
// paint, where a phone on a slow network runs them after it; so all tasks count here, also a
// content page's first layout. Stricter, never kinder.

const SLOWDOWN = 4;
const BLOCKING_FROM_MS = 50;

/** Sums the blocking part of the main thread's tasks in one Chromium trace. */
export function blockingFromTrace(traceEvents) {
	// The renderer's main thread: the one that parsed the page's HTML the longest.
	const parse = traceEvents.filter((e) => e.name === 'ParseHTML').sort((a, b) => b.dur - a.dur)[0];
	if (!parse) return { blocking: 0, longest: 0, longTasks: 0 };
	const tasks = traceEvents
		.filter((e) => e.tid === parse.tid && e.pid === parse.pid && e.name === 'RunTask' && e.tdur)
		.map((e) => (e.tdur / 1000) * SLOWDOWN);
	return {
		blocking: Math.round(tasks.reduce((sum, ms) => sum + Math.max(0, ms - BLOCKING_FROM_MS), 0)),
		longest: Math.round(Math.max(0, ...tasks)),
		longTasks: tasks.filter((ms) => ms > BLOCKING_FROM_MS).length,
	};
}

/**
 * Opens `url` `runs` times in a fresh phone-sized context (with `seed` in localStorage first)
 * and returns the median blocking time with the runs behind it.
 */
export async function measureBlocking(browser, url, { seed, runs = 5, settleMs = 3000 } = {}) {
	const all = [];
	for (let run = 0; run < runs; run++) {
		const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: 'nl-NL' });
		if (seed) await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [seed.key, seed.value]);
		const page = await context.newPage();
		await browser.startTracing(page, {
			categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
		});
		await page.goto(url, { waitUntil: 'load' });
		await page.waitForTimeout(settleMs);
		const buffer = await browser.stopTracing();
		await context.close();
		all.push(blockingFromTrace(JSON.parse(buffer.toString('utf8')).traceEvents));
	}
	all.sort((a, b) => a.blocking - b.blocking);
	const median = all[Math.floor(all.length / 2)];
	return { ...median, runs: all.map((r) => r.blocking) };
}
