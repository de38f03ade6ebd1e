import { Text } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { Style } from './minutesStyles.js';

const noHyphenation = (word: string): string[] => [word];

/**
 * Text with hyphenation off: react-pdf hyphenates English words by default, which breaks names and
 * makes the extracted text differ from the record. Set per element rather than with the global
 * `Font.registerHyphenationCallback`, so that other react-pdf documents in the process are untouched.
 */
export function ReactPdfText(props: {
  readonly style?: Style | readonly Style[];
  readonly children?: ReactNode;
  readonly fixed?: boolean;
  readonly bookmark?: { readonly title: string; readonly fit?: boolean };
  readonly render?: (props: { pageNumber: number; totalPages: number; subPageNumber: number }) => ReactNode;
  readonly minPresenceAhead?: number;
}) {
  const { style, children, ...rest } = props;
  return (
    <Text {...(rest as object)} style={style as Style} hyphenationCallback={noHyphenation}>
      {children}
    </Text>
  );
}
