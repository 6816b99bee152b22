/**
 * The largest page accepted. A printed page is tens of kilobytes; 16 MB leaves room for whole
 * issues pasted at once while keeping one extraction in memory and under a few seconds.
 */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;
