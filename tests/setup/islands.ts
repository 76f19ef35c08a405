import { cleanup, configure } from '@testing-library/preact';
import { afterEach } from 'vitest';

// Results, comparison and export/import load with a dynamic import. On a busy
// CI machine the first such import can take longer than the default 1 s.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
	cleanup();
	localStorage.clear();
});
