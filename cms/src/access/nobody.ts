import type { Access } from 'payload'

/** For operations that only hooks perform, with overrideAccess. */
export const nobody: Access = () => false
