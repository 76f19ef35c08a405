/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Three projects, each with its own environment:
 * - unit: pure logic in src/lib and src/stores (node)
 * - islands: Preact components with Testing Library (happy-dom)
 * - dist: checks on the built site in dist/ (run after `npm run build`)
 */
export default getViteConfig({
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
			},
			{
				extends: true,
				test: {
					name: 'islands',
					environment: 'happy-dom',
					include: ['tests/islands/**/*.test.{ts,tsx}'],
					setupFiles: ['tests/setup/islands.ts'],
				},
			},
			{
				extends: true,
				test: { name: 'dist', environment: 'node', include: ['tests/dist/**/*.test.ts'] },
			},
		],
	},
});
