/** Engine version, stored in the audit record and reports. */
export const ENGINE_VERSION = '0.1.0';
