/** The patterns of the schemas' free text: well-formed, on one line or several. */
export const TEXT_PATTERNS: Record<string, string> = {
  '^[^\\p{Cc}\\p{Cs}]*$': 'one line of well-formed text (no control character)',
  '^(?:[^\\p{Cc}\\p{Cs}]|[\\t\\n])*$':
    'well-formed text (no control character but tab and newline)',
};
