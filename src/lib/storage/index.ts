export type * from './types';
export { toolKey, quarantinePrefix, SITE_PREFIX } from './keys';
export { decodeStored, decodeValue, migrateToCurrent, makeEnvelope } from './envelope';
export {
	ALL_EXPORT_NAME,
	MAX_IMPORT_BYTES,
	buildAllExport,
	exportFileName,
	parseImport,
	readImportFile,
	slugify,
} from './files';
