/** Relative difference (percent) under which two figures agree, unless the user says otherwise. */
export const DEFAULT_TOLERANCE = 5;
