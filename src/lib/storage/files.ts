import { isRecord } from './check';
import { decodeValue, isPlainJsonTree, parseJson, readEnvelopeShape } from './envelope';
import type { ToolDefinition } from './types';

/**
 * Export files and import checks. Import is all-or-nothing: one bad part
 * refuses the whole file, and nothing changes until the user confirms the
 * summary. Text inside the data (including HTML or script) is accepted as
 * text: the UI only ever renders it as text, never as HTML.
 */

/** Larger files are refused before they are read. */
export const MAX_IMPORT_BYTES = 1_000_000;
/** More tools than the site will ever have: refuse rather than loop. */
const MAX_TOOLS_IN_FILE = 50;

export interface ImportItem<T = unknown> {
	definition: ToolDefinition<T>;
	/** Data migrated to the current version and checked. */
	data: T;
	fromVersion: number;
	savedAt: string;
}

export type ImportResult = { ok: true; items: ImportItem[] } | { ok: false; message: string };

export const importMessages = {
	tooLarge: 'Dit bestand is te groot (meer dan 1 MB). Er is niets veranderd.',
	unreadableFile: 'Dit bestand kon niet worden gelezen. Er is niets veranderd.',
	notJson: 'Dit is geen bestand dat deze site heeft gemaakt: het is geen JSON. Er is niets veranderd.',
	forbidden:
		'Dit bestand bevat onderdelen die niet zijn toegestaan. Gebruik een bestand dat met "Exporteren" is gemaakt. Er is niets veranderd.',
	wrongShape: 'Dit bestand heeft niet de vorm van een export van deze site. Er is niets veranderd.',
	unknownTool: (tool: string) =>
		`Dit bestand hoort bij een onderdeel dat deze site niet kent ("${tool.slice(0, 40)}"). Er is niets veranderd.`,
	otherTool: (title: string) => `Dit bestand hoort niet bij de ${title}. Er is niets veranderd.`,
	duplicate: 'Dit bestand bevat hetzelfde onderdeel twee keer. Er is niets veranderd.',
	empty: 'Dit bestand bevat geen gegevens. Er is niets veranderd.',
	futureVersion: (title: string) =>
		`De gegevens van de ${title} in dit bestand zijn gemaakt met een nieuwere versie van deze site. Deze versie kan ze niet lezen. Er is niets veranderd.`,
	invalid: (title: string) =>
		`De gegevens van de ${title} in dit bestand kloppen niet of zijn beschadigd. Er is niets veranderd.`,
} as const;

/**
 * Check the text of an import file against the known tools. With `onlyTool`
 * the file must hold data of that one tool (the import inside a tool).
 */
export function parseImport(
	text: string,
	definitions: readonly ToolDefinition<unknown>[],
	onlyTool?: string,
): ImportResult {
	if (text.length > MAX_IMPORT_BYTES) return { ok: false, message: importMessages.tooLarge };
	const value = parseJson(text);
	if (value === undefined) return { ok: false, message: importMessages.notJson };
	if (!isPlainJsonTree(value)) return { ok: false, message: importMessages.forbidden };
	if (!isRecord(value)) return { ok: false, message: importMessages.wrongShape };

	let parts: unknown[];
	if (value.kind === 'kb-alles') {
		if (!Array.isArray(value.tools) || value.tools.length > MAX_TOOLS_IN_FILE) {
			return { ok: false, message: importMessages.wrongShape };
		}
		parts = value.tools;
		// Inside one tool, an everything-file contributes just that tool's part.
		if (onlyTool) {
			parts = parts.filter((part) => readEnvelopeShape(part)?.tool === onlyTool);
			if (parts.length === 0) {
				const own = definitions.find((d) => d.id === onlyTool);
				return { ok: false, message: importMessages.otherTool(own?.title ?? onlyTool) };
			}
		}
	} else {
		parts = [value];
	}
	if (parts.length === 0) return { ok: false, message: importMessages.empty };

	const items: ImportItem[] = [];
	for (const part of parts) {
		const shape = readEnvelopeShape(part);
		if (!shape) return { ok: false, message: importMessages.wrongShape };
		const definition = definitions.find((d) => d.id === shape.tool);
		if (onlyTool && shape.tool !== onlyTool) {
			const own = definitions.find((d) => d.id === onlyTool);
			return { ok: false, message: importMessages.otherTool(own?.title ?? onlyTool) };
		}
		if (!definition) return { ok: false, message: importMessages.unknownTool(shape.tool) };
		if (items.some((item) => item.definition.id === definition.id)) {
			return { ok: false, message: importMessages.duplicate };
		}
		const decoded = decodeValue(definition, part);
		if (!decoded.ok) {
			return {
				ok: false,
				message:
					decoded.reason === 'future-version'
						? importMessages.futureVersion(definition.title)
						: importMessages.invalid(definition.title),
			};
		}
		items.push({
			definition,
			data: decoded.envelope.data,
			fromVersion: decoded.fromVersion,
			savedAt: decoded.envelope.savedAt,
		});
	}
	return { ok: true, items };
}

/** Read a chosen file with the size limit first; never throws. */
export async function readImportFile(
	file: Blob,
	definitions: readonly ToolDefinition<unknown>[],
	onlyTool?: string,
): Promise<ImportResult> {
	if (file.size > MAX_IMPORT_BYTES) return { ok: false, message: importMessages.tooLarge };
	let text: string;
	try {
		text = await file.text();
	} catch {
		return { ok: false, message: importMessages.unreadableFile };
	}
	return parseImport(text, definitions, onlyTool);
}
