export type * from './types';
export { toolKey, quarantinePrefix, SITE_PREFIX } from './keys';
export { decodeStored, decodeValue, migrateToCurrent, makeEnvelope } from './envelope';
