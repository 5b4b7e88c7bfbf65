import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { embedScript } from './scripts/vite/embedScript.ts';
import { islands } from './scripts/vite/islands.ts';
import { layoutWidths } from './scripts/vite/layoutWidths.ts';
import { studio } from './scripts/vite/studio.ts';

export default defineConfig({
	plugins: [layoutWidths(), sveltekit(), islands(), embedScript(), studio()],
	build: { rolldownOptions: { checks: { pluginTimings: false } } },
	test: {
		include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node',
		env: { TZ: 'UTC' }
	}
});
