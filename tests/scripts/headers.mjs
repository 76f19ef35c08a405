// Parses a Netlify-style _headers file: a path pattern on its own line,
// followed by indented "Name: value" lines. "*" in a pattern matches anything.
export function parseHeadersFile(text) {
	const rules = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const pattern = new RegExp(
				`^${line
					.trim()
					.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
					.replace(/\*/g, '.*')}$`,
			);
			rules.push({ pattern: line.trim(), matches: (path) => pattern.test(path), headers: [] });
		} else if (rules.length) {
			const i = line.indexOf(':');
			rules.at(-1).headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
		}
	}
	return rules;
}
