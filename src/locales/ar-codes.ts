import type { CodeTexts } from '../catalogue/types.js';
import { arBasicCodes } from './ar-codes-basic.js';
import { arEnhancedCodes } from './ar-codes-enhanced.js';

/** Arabic catalogue texts, keyed by catalogue key. */
export const arCodes: Readonly<Record<string, CodeTexts>> = { ...arBasicCodes, ...arEnhancedCodes };
