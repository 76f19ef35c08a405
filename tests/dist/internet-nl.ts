/**
 * The Content-Security-Policy rules of internet.nl's website test (the "appsecpriv"
 * CSP subtest), rewritten from its published checker (internetstandards/Internet.nl,
 * checks/tasks/http_headers.py, HeaderCheckerContentSecurityPolicy). It reads only the
 * HTTP header, never a <meta> tag. Returns internet.nl's failure codes; [] means "good".
 *
 * How it reads a header: several policies are joined by commas; a directive's values
 * each count as the first kind they match (host, scheme, keyword or hash); values it does
 * not know, such as 'wasm-unsafe-eval', are skipped, and so are unknown directives.
 */

type Kind = 'host' | 'scheme' | 'keyword';
interface Source {
	kind: Kind;
	scheme?: string;
	host?: string;
	keyword?: string;
}

const HOST = /^(?:(?<scheme>.+):\/\/)?(?<host>[^:/']+|\[.+\])(?::(?:\d+|\*))?(?:\/.*)?$/;
const SCHEME = /^(?<scheme>https?|data|mediastream|blob|filesystem):$/;
const KEYWORD =
	/^(?:'self'|'unsafe-eval'|'unsafe-hashes'|'unsafe-inline'|'none'|'nonce-[+a-zA-Z0-9/]+=*'|'(?:sha256|sha384|sha512)-[+a-zA-Z0-9/]+=*')/;
const SELF_NONE = /^(?:'self'|'none')$/;
const EXTRA = /^(?:'strict-dynamic'|'report-sample')/;

/** Known directives: where each falls back to, and which value kinds it accepts. */
const DIRECTIVES: Record<string, { fallback: string[]; frameAncestors?: true; noValues?: true }> = {
	'child-src': { fallback: ['default-src'] },
	'connect-src': { fallback: ['default-src'] },
	'default-src': { fallback: [] },
	'font-src': { fallback: ['default-src'] },
	'frame-src': { fallback: ['child-src', 'default-src'] },
	'img-src': { fallback: ['default-src'] },
	'manifest-src': { fallback: ['default-src'] },
	'media-src': { fallback: ['default-src'] },
	'object-src': { fallback: ['default-src'] },
	'prefetch-src': { fallback: ['default-src'] },
	'script-src': { fallback: ['default-src'] },
	'script-src-elem': { fallback: ['script-src', 'default-src'] },
	'script-src-attr': { fallback: ['script-src', 'default-src'] },
	'style-src': { fallback: ['default-src'] },
	'style-src-elem': { fallback: ['style-src', 'default-src'] },
	'style-src-attr': { fallback: ['style-src', 'default-src'] },
	'worker-src': { fallback: ['child-src', 'script-src', 'default-src'] },
	'base-uri': { fallback: [] },
	'form-action': { fallback: [] },
	'frame-ancestors': { fallback: [], frameAncestors: true },
	'navigate-to': { fallback: [] },
	'block-all-mixed-content': { fallback: [], noValues: true },
	'upgrade-insecure-requests': { fallback: [], noValues: true },
};

function classify(value: string, frameAncestors: boolean): Source | undefined {
	const host = HOST.exec(value);
	if (host?.groups) return { kind: 'host', scheme: host.groups.scheme, host: host.groups.host };
	const scheme = SCHEME.exec(value);
	if (scheme?.groups) return { kind: 'scheme', scheme: scheme.groups.scheme };
	const keyword = (frameAncestors ? SELF_NONE : KEYWORD).exec(value);
	if (keyword) return { kind: 'keyword', keyword: keyword[0] };
	if (!frameAncestors && EXTRA.test(value)) return { kind: 'keyword', keyword: value };
	return undefined;
}

function parse(header: string): Map<string, Source[]> {
	const parsed = new Map<string, Source[]>();
	for (const policy of header.split(',')) {
		for (const part of policy.split(';')) {
			const [name, ...values] = part.trim().split(/\s+/);
			const known = name ? DIRECTIVES[name] : undefined;
			if (!name || !known) continue;
			if (!values.length) {
				if (known.noValues && !parsed.has(name)) parsed.set(name, []);
				continue;
			}
			const list = parsed.get(name) ?? [];
			for (const value of values) {
				const source = classify(value, Boolean(known.frameAncestors));
				if (source) list.push(source);
			}
			parsed.set(name, list);
		}
	}
	return parsed;
}

/** The directives that decide for `names`: each itself if present, else its first present fallback. */
function effective(parsed: Map<string, Source[]>, names: string[]): Source[] {
	return names.flatMap((name) => {
		if (parsed.has(name)) return parsed.get(name) ?? [];
		const fallback = DIRECTIVES[name].fallback.find((f) => parsed.has(f));
		return fallback ? (parsed.get(fallback) ?? []) : [];
	});
}

/** default-src and base-uri: 'none' alone, or 'self' with at most hosts of the tested domain. */
function selfOrNone(sources: Source[], domain: string): boolean {
	if (sources.length === 1 && sources[0].keyword === "'none'") return true;
	if (!sources.some((s) => s.keyword === "'self'")) return false;
	return sources.every(
		(s) =>
			s.keyword === "'self'" ||
			s.keyword === "'report-sample'" ||
			(s.kind === 'host' && s.host !== undefined && (s.host === domain || s.host.endsWith(`.${domain}`))),
	);
}

export function internetNlCspFailures(header: string, domain: string): string[] {
	const parsed = parse(header);
	const all = [...parsed.values()].flat();
	const failures: string[] = [];
	const check = (code: string, failed: boolean) => failed && failures.push(code);

	check(
		'has-unsafe-inline',
		all.some((s) => s.keyword === "'unsafe-inline'"),
	);
	check(
		'has-unsafe-eval',
		all.some((s) => s.keyword === "'unsafe-eval'"),
	);
	check(
		'has-http',
		all.some((s) => s.scheme === 'http' || s.scheme === '*'),
	);
	check(
		'has-bare-https',
		all.some((s) => s.kind === 'scheme' && s.scheme === 'https'),
	);
	check(
		'has-host-without-scheme',
		all.some((s) => s.kind === 'host' && !s.scheme),
	);
	check(
		'has-data',
		effective(parsed, ['object-src', 'script-src']).some((s) => s.kind === 'scheme' && s.scheme === 'data'),
	);
	check(
		'has-invalid-host',
		all.some((s) => s.host === '*' || s.host === '127.0.0.1'),
	);
	check(
		'has-unsafe-hashes',
		all.some((s) => s.keyword === "'unsafe-hashes'"),
	);

	const defaultSrc = parsed.has('default-src') && selfOrNone(parsed.get('default-src') ?? [], domain);
	const selfNoneOrHost = (name: string) =>
		(parsed.get(name) ?? []).some((s) => s.keyword === "'self'" || s.keyword === "'none'" || s.kind === 'host');
	check('missing-invalid-default-src', !defaultSrc);
	check('missing-invalid-frame-src', !defaultSrc && !selfNoneOrHost('frame-src'));
	check(
		'missing-invalid-frame-ancestors',
		!(parsed.get('frame-ancestors') ?? []).some((s) => s.keyword === "'self'" || s.keyword === "'none'"),
	);
	check('missing-invalid-base-uri', !(parsed.has('base-uri') && selfOrNone(parsed.get('base-uri') ?? [], domain)));
	check('missing-invalid-form-action', !selfNoneOrHost('form-action'));
	return failures;
}
