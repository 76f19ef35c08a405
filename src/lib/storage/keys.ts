/** Every key this site writes starts with this prefix, so "Wis alles" can find them all. */
export const SITE_PREFIX = 'kb:';

/** Main key of one tool: `kb:tool:big5`. */
export function toolKey(toolId: string): string {
	return `${SITE_PREFIX}tool:${toolId}`;
}

/** Prefix of the copies of unreadable data: `kb:tool:big5:quarantine:<ms>`. */
export function quarantinePrefix(toolId: string): string {
	return `${toolKey(toolId)}:quarantine:`;
}
